package org.sijil.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.sijil.model.time.TimeExpression;

/** What the English time recogniser finds in a sentence written for a test, for the time tests. */
final class RecognizedTimes {
  private RecognizedTimes() {}

  private static final RuleTimeExpressionRecognizer ENGLISH =
      RuleTimeExpressionRecognizer.english();

  /** The one expression of {@code text}; fails the test when there are none or several. */
  static TimeExpression only(String text, LocalDate documentDate) {
    List<TimeExpression> found = ENGLISH.recognize(text, documentDate);
    assertThat(found).as("expressions in %s", text).hasSize(1);
    return found.get(0);
  }
}
