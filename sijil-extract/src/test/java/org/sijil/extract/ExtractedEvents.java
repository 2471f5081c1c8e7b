package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.sijil.model.event.Count;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;

/** What the English extractor makes of a sentence written for a test, for the event tests. */
final class ExtractedEvents {
  private ExtractedEvents() {}

  private static final EventExtractor EXTRACTOR = EventExtractor.english();

  /** The events of {@code text}, read without a document date. */
  static List<Event> events(String text) {
    return EXTRACTOR.extract(text, null).events();
  }

  /** The one event of {@code text}; fails the test when there are none or several. */
  static Event single(String text) {
    List<Event> es = events(text);
    assertThat(es).as("events of %s", text).hasSize(1);
    return es.get(0);
  }

  /** The least figure of a count, or null when the event has no such count. */
  static Integer figure(Event e, CountKind kind) {
    Count c = e.counts().get(kind);
    return c == null ? null : c.min();
  }
}
