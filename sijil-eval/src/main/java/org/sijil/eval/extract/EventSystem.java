package org.sijil.eval.extract;

import java.time.LocalDate;
import java.util.List;
import org.sijil.extract.EventExtractor;
import org.sijil.model.event.Event;

/**
 * The system under test of the event evaluations: text in, events out, most salient first. The
 * evaluators get it only from {@link #current()}, so the integrated pipeline (with dates and
 * coordinates) can be swapped in at one place. Implementations are thread-safe.
 */
@FunctionalInterface
public interface EventSystem {

  /** The events of {@code text}, most salient first. */
  List<Event> events(String text, LocalDate published);

  /** The system the evaluators measure: the English rule extractor, for now. */
  static EventSystem current() {
    EventExtractor extractor = EventExtractor.english();
    return (text, published) -> extractor.extract(text, published).events();
  }
}
