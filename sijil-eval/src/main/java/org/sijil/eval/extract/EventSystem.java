package org.sijil.eval.extract;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.sijil.model.doc.Language;
import org.sijil.model.event.Event;
import org.sijil.resolve.ReportExtractor;

/**
 * The system under test of the event evaluations: text in, events out, most salient first. The
 * evaluators get it only from {@link #current()}. Implementations are thread-safe.
 */
@FunctionalInterface
public interface EventSystem {

  /** The events of {@code text}, most salient first. */
  List<Event> events(String text, LocalDate published);

  /**
   * The events of {@code text} read with the rules of {@code language}; by default English (or an
   * undetermined language) only.
   *
   * @throws IllegalArgumentException when the system has no rules for the language
   */
  default List<Event> events(String text, Language language, LocalDate published) {
    if (!language.equals(Language.ENGLISH) && !language.equals(Language.UNDETERMINED)) {
      throw new IllegalArgumentException(
          "expected English text, found language '" + language.code() + "'");
    }
    return events(text, published);
  }

  /**
   * The system the evaluators measure: the integrated pipeline users run ({@link ReportExtractor}:
   * events dated by the time recogniser and placed by the geoparser), with today as the latest date
   * a report can have.
   */
  static EventSystem current() {
    ReportExtractor extractor = ReportExtractor.bundled();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return new EventSystem() {
      @Override
      public List<Event> events(String text, LocalDate published) {
        return extractor.extract(text, published, today).events();
      }

      @Override
      public List<Event> events(String text, Language language, LocalDate published) {
        return extractor.extract(text, language, published, today).events();
      }
    };
  }
}
