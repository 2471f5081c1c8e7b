package org.sijil.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.time.TimeExpression;

/**
 * Time round 6: ranges of days, days without a month, weeks of a month. Sentences written for these
 * tests; the document date is Tuesday 15 March 2016.
 */
class DayRangesAndWeeksOfMonthTest {

  private static final RuleTimeExpressionRecognizer RECOGNIZER =
      RuleTimeExpressionRecognizer.english();

  private static final LocalDate TUESDAY = LocalDate.of(2016, 3, 15);

  private static TimeExpression only(String text) {
    return RecognizedTimes.only(text, TUESDAY);
  }

  static Stream<Arguments> aRangeOfDaysIsOneDateWithTheRangeAsBounds() {
    return Stream.of(
        Arguments.of("Fighting raged around the dam on March 3-5.", "March 3-5", "2016-03-03", 5),
        Arguments.of(
            "Talks were held in Geneva 12\u201314 July.", "12\u201314 July", "2015-07-12", 14),
        Arguments.of(
            "The road stayed shut between 3 and 5 March.", "3 and 5 March", "2016-03-03", 5),
        Arguments.of(
            "Convoys were stopped from 3 to 5 March 2016.", "3 to 5 March 2016", "2016-03-03", 5),
        Arguments.of("Envoys will meet from 20 to 22 April.", "20 to 22 April", "2016-04-20", 22),
        Arguments.of(
            "The siege lasted from the 1st to the 9th of February.",
            "the 1st to the 9th of February",
            "2016-02-01",
            9),
        Arguments.of(
            "Monitors counted the dead on Feb. 10 through 12, 2014.",
            "Feb. 10 through 12, 2014",
            "2014-02-10",
            12));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource
  void aRangeOfDaysIsOneDateWithTheRangeAsBounds(
      String sentence, String text, String value, int lastDay) {
    TimeExpression e = only(sentence);
    assertThat(e.text()).isEqualTo(text);
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.start()).isEqualTo(LocalDate.parse(value));
    assertThat(e.end()).isEqualTo(LocalDate.parse(value).withDayOfMonth(lastDay));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Officials said 3-5 killed in the raid.",
        "The council passed the measure in a 3-5 vote.",
        "The 27th Division moved north.",
        "Her office is on the 27th floor.",
        "The unit marked its anniversary on the 3rd Brigade's base."
      })
  void numbersThatAreNoDatesStayUnmarked(String sentence) {
    assertThat(RECOGNIZER.recognize(sentence, TUESDAY)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Delegates arrived on 3 and 5 March.", "The team won 5-3 May 2 in the final."})
  void twoDaysOrAScoreAreNoRange(String sentence) {
    for (TimeExpression e : RECOGNIZER.recognize(sentence, TUESDAY)) {
      assertThat(e.end()).as(e.text()).isEqualTo(e.start());
    }
  }

  static Stream<Arguments> aDayWithoutAMonthIsADayOfTheReportsMonthOrTheOneBefore() {
    return Stream.of(
        Arguments.of("The convoy was attacked on the 27th.", "2016-02-27"),
        Arguments.of("The market was shelled on the 3rd, the council said.", "2016-03-03"),
        Arguments.of("A car bomb exploded on the 31st in the old city.", "2016-01-31"),
        Arguments.of("Elections will be held on the 27th.", "2016-03-27"),
        Arguments.of("The next round of talks opens on the 2nd.", "2016-04-02"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void aDayWithoutAMonthIsADayOfTheReportsMonthOrTheOneBefore(String sentence, String value) {
    TimeExpression e = only(sentence);
    assertThat(e.text()).startsWith("the ");
    assertThat(e.value()).isEqualTo(value);
  }

  static Stream<Arguments> aWeekOfAMonthIsItsSevenDaysValuedAsTheIsoWeekHoldingMostOfThem() {
    return Stream.of(
        Arguments.of(
            "Fighting eased in the first week of March.",
            "the first week of March",
            "2016-W09",
            "2016-03-01"),
        Arguments.of(
            "Prices doubled in the last week of February 2016.",
            "the last week of February 2016",
            "2016-W08",
            "2016-02-23"),
        Arguments.of(
            "Families fled during the second week of April.",
            "the second week of April",
            "2015-W15",
            "2015-04-08"));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource
  void aWeekOfAMonthIsItsSevenDaysValuedAsTheIsoWeekHoldingMostOfThem(
      String sentence, String text, String value, String start) {
    TimeExpression e = only(sentence);
    assertThat(e.text()).isEqualTo(text);
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.start()).isEqualTo(LocalDate.parse(start));
    assertThat(e.end()).isEqualTo(LocalDate.parse(start).plusDays(6));
  }

  @ParameterizedTest
  @ValueSource(longs = {11L, 29L, 3_141L})
  void aDayWithoutAMonthInAPastClauseIsNeverAfterTheReportNorAMonthBehindIt(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      LocalDate report = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(10_000));
      int day = 1 + random.nextInt(31);
      Normalised n = new Reading.DayOfMonth(day).resolve(report, null, Tense.PAST);
      LocalDate d = n.start();
      assertThat(d.getDayOfMonth()).isEqualTo(day);
      assertThat(d).isBeforeOrEqualTo(report).isAfter(report.minusMonths(3));
      // no later month holds this day without passing the report date
      LocalDate next = d.withDayOfMonth(1).plusMonths(1);
      if (day <= next.lengthOfMonth()) {
        assertThat(next.withDayOfMonth(day)).isAfter(report);
      }
    }
  }
}
