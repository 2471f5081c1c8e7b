package org.sijil.cli;

import java.util.List;
import org.sijil.extract.EventExtractor;
import org.sijil.model.event.Event;
import org.sijil.nlp.time.RuleTimeExpressionRecognizer;
import org.sijil.store.StoredDocument;

/**
 * The one place the CLI reads events from a stored document, so that the integrated pipeline
 * (events, time and geo) can replace it in one edit. Today: the English event extractor with the
 * rule-based time recogniser; no geoparser yet, so places carry names without coordinates.
 * Documents in other languages give no events. Thread-safe.
 */
final class DocumentEvents {
  /** The producer name of the stored extraction result. */
  static final String PRODUCER = "events@1";

  private final EventExtractor extractor =
      EventExtractor.builder().timeRecognizer(RuleTimeExpressionRecognizer.english()).build();

  /** The events the document's text says happened. */
  List<Event> read(StoredDocument doc) {
    String lang = doc.metadata().language().code();
    if (!(lang.equals("en") || lang.startsWith("en-") || lang.equals("und"))) {
      return List.of();
    }
    return extractor.extract(doc.text(), doc.metadata().published()).events();
  }
}
