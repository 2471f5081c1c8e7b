package org.sijil.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sijil.model.event.Event;
import org.sijil.nlp.AnnotatedText;
import org.sijil.nlp.LayerKey;
import org.sijil.nlp.Stage;

/**
 * The event extractor as a pipeline {@link Stage}: adds the {@link #EVENTS} layer (events that
 * happened, in text order of their evidence). It reads the raw text itself, so it requires no
 * layer. Immutable and thread-safe.
 */
public final class EventStage implements Stage {

  /** Events found in the text, sorted by evidence span. */
  public static final LayerKey<List<EventAnnotation>> EVENTS =
      LayerKey.listOf("EVENTS", EventAnnotation.class);

  private final EventExtractor extractor;
  private final LocalDate documentDate;

  /**
   * @param extractor the extractor to run
   * @param documentDate the publication date relative dates resolve against, or null
   */
  public EventStage(EventExtractor extractor, LocalDate documentDate) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.documentDate = documentDate;
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(EVENTS);
  }

  @Override
  public AnnotatedText apply(AnnotatedText in) {
    String raw = in.raw();
    List<EventAnnotation> out = new ArrayList<>();
    for (Event e : extractor.extract(raw, documentDate).events()) {
      out.add(new EventAnnotation(e, e.evidence().of(raw)));
    }
    out.sort(
        Comparator.comparing((EventAnnotation a) -> a.span())
            .thenComparing(a -> a.event().trigger()));
    return in.with(EVENTS, out);
  }
}
