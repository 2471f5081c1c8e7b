package org.sijil.server.core;

import java.time.ZoneOffset;
import java.util.List;
import org.sijil.model.event.Event;
import org.sijil.resolve.ReportExtractor;
import org.sijil.store.StoredDocument;

/**
 * The one place the CLI reads events from a stored document for incident resolution: the integrated
 * pipeline ({@link ReportExtractor}: events dated by the time recogniser and placed by the
 * geoparser), so that incidents are blocked and scored on coordinates. Documents outside the {@link
 * ExtractionScope} give no events until their lexicons exist; Arabic ones are read with the Arabic
 * rules. Thread-safe.
 */
public final class DocumentEvents {
  /** The producer name of the stored extraction result. */
  public static final String PRODUCER = "events@1";

  private final ReportExtractor extractor = ReportExtractor.bundled();

  /** The events the document's text says happened. */
  public List<Event> read(StoredDocument doc) {
    if (!ExtractionScope.covers(doc.metadata().language())) {
      return List.of();
    }
    return extractor
        .extract(
            doc.text(),
            doc.metadata().language(),
            doc.metadata().published(),
            doc.metadata().retrievedAt().atZone(ZoneOffset.UTC).toLocalDate())
        .events();
  }
}
