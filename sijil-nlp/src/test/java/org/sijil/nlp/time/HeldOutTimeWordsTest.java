package org.sijil.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
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
    return RecognizedTimes.only(text, TUESDAY);
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

  // Time round 5: words conflict reports use. Tuesday 15 March 2016 as above.

  static Stream<Arguments> scheduledEventsInThePresentTense() {
    return Stream.of(
        Arguments.of("The envoy arrives on Friday.", "2016-03-18"),
        Arguments.of("The envoy arrives in the capital on Friday.", "2016-03-18"),
        Arguments.of("The truce expires on Monday.", "2016-03-21"),
        Arguments.of("The new curfew comes into force on Sunday.", "2016-03-20"),
        Arguments.of("Voting takes place on 2 April.", "2016-04-02"),
        // Not scheduled: a past verb, a present verb that is no schedule, a reporting verb after.
        Arguments.of("The envoy arrived on Friday.", "2016-03-11"),
        Arguments.of("The envoy leaves the meeting room on Friday.", "2016-03-11"),
        Arguments.of("The truce begins, officials said on Friday.", "2016-03-11"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void scheduledEventsInThePresentTense(String sentence, String value) {
    assertThat(only(sentence).value()).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Gunmen raided the checkpoint overnight Sunday.",
        "Gunmen raided the checkpoint overnight into Sunday.",
        "Gunmen raided the checkpoint overnight on Sunday."
      })
  void anOvernightNamedByItsDayIsThatDay(String sentence) {
    TimeExpression found = only(sentence);
    assertThat(found.text()).startsWith("overnight").endsWith("Sunday");
    assertThat(found.value()).isEqualTo("2016-03-13");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "An overnight curfew was imposed on the town.",
        "The sites hit overnight were depots."
      })
  void overnightAloneIsNoTime(String sentence) {
    assertThat(RECOGNIZER.recognize(sentence, TUESDAY)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Hours later", "Minutes later", "Moments later", "Hours afterwards"})
  void unnumberedUnitsLaterAreTheDayLastMentioned(String opening) {
    String text = "A car bomb went off on 9 March. " + opening + ", a second blast hit the square.";
    List<TimeExpression> found = RECOGNIZER.recognize(text, TUESDAY);
    assertThat(found).extracting(TimeExpression::text).containsExactly("9 March", opening);
    assertThat(found.get(1).value()).isEqualTo("2016-03-09");
  }

  @Test
  void aNumberedUnitsLaterIsReadAsOneExpression() {
    List<TimeExpression> found =
        RECOGNIZER.recognize("A car bomb went off. Two hours later, a second blast.", TUESDAY);
    assertThat(found).extracting(TimeExpression::text).containsExactly("Two hours later");
  }
}
