package org.sijil.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sijil.model.time.TimeExpression;

/**
 * Time round 4: conventions general to English news that the development set barely shows (tense of
 * yearless dates in past clauses, holiday eves, halves of the year, ordinal days, ranges).
 * Sentences written for these tests.
 */
class HeldOutTimeWordsTest {

  private static final RuleTimeExpressionRecognizer RECOGNIZER =
      RuleTimeExpressionRecognizer.english();

  /** Tuesday 15 March 2016. */
  private static final LocalDate TUESDAY = LocalDate.of(2016, 3, 15);

  private static TimeExpression only(String text) {
    List<TimeExpression> found = RECOGNIZER.recognize(text, TUESDAY);
    assertThat(found).as("expressions in %s", text).hasSize(1);
    return found.get(0);
  }

  static Stream<Arguments> yearlessDatesInPastClauses() {
    return Stream.of(
        Arguments.of("The rebels took the airport on 2 May.", "2015-05-02"),
        Arguments.of("Negotiators met in April and agreed a truce.", "2015-04"),
        Arguments.of("Troops withdrew from the hills in April.", "2015-04"),
        Arguments.of("Aid convoys reached the town on 20 April.", "2015-04-20"),
        Arguments.of("The clashes began on April 2.", "2015-04-02"),
        Arguments.of("The ceasefire came into force on May 1.", "2015-05-01"),
        // Not past: a deadline, a reported date, an adjective after a future cue, no verb.
        Arguments.of("The army extended the curfew to April 2.", "2016-04-02"),
        Arguments.of("The council declared the tax payable on May 1.", "2016-05-01"),
        Arguments.of("The envoy said in a statement on April 2 that talks go on.", "2016-04-02"),
        Arguments.of("The bank will redeem its preferred shares on April 30.", "2016-04-30"),
        Arguments.of("The vote is due in April.", "2016-04"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void yearlessDatesInPastClauses(String sentence, String value) {
    assertThat(only(sentence).value()).isEqualTo(value);
  }

  static Stream<Arguments> namedDaysAndPeriods() {
    return Stream.of(
        Arguments.of("The market was shelled on Christmas Eve.", "Christmas Eve", "2015-12-24"),
        Arguments.of("Shops closed on Christmas Day.", "Christmas Day", "2015-12-25"),
        Arguments.of(
            "Fireworks were banned on New Year\u2019s Eve.", "New Year\u2019s Eve", "2015-12-31"),
        Arguments.of(
            "Output should recover in the second half of the year.",
            "the second half of the year",
            "2016-H2"),
        Arguments.of(
            "Exports fell in the first quarter of last year.",
            "the first quarter of last year",
            "2015-Q1"),
        Arguments.of(
            "Planting starts in the first half of next year.",
            "the first half of next year",
            "2017-H1"),
        Arguments.of(
            "The cuts came in the last half of this year.",
            "the last half of this year",
            "2016-H2"));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource
  void namedDaysAndPeriods(String sentence, String words, String value) {
    TimeExpression found = only(sentence);
    assertThat(found.text()).isEqualTo(words);
    assertThat(found.value()).isEqualTo(value);
  }
}
