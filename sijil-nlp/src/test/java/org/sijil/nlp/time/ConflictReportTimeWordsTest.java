package org.sijil.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sijil.model.time.DatePrecision;
import org.sijil.model.time.TimeExpression;
import org.sijil.model.time.TimexType;

/** Words for times and days that conflict reports use: dawn, the early hours, Islamic holy days. */
class ConflictReportTimeWordsTest {

  private static final RuleTimeExpressionRecognizer RECOGNIZER =
      RuleTimeExpressionRecognizer.english();

  /** Wednesday 21 June 2023. */
  private static final LocalDate WEDNESDAY = LocalDate.of(2023, 6, 21);

  private static TimeExpression only(String text, LocalDate dct) {
    return RecognizedTimes.only(text, dct);
  }

  static Stream<Arguments> timesOfDay() {
    return Stream.of(
        Arguments.of(
            "Drones struck the depot at dawn on Sunday.", "dawn on Sunday", "2023-06-18TMO"),
        Arguments.of(
            "Militants raided the post Sunday at daybreak.", "Sunday at daybreak", "2023-06-18TMO"),
        Arguments.of(
            "The column moved out at first light on June 19.",
            "first light on June 19",
            "2023-06-19TMO"),
        Arguments.of(
            "A car bomb went off in the early hours of Monday.",
            "the early hours of Monday",
            "2023-06-19"),
        Arguments.of(
            "Shells fell on the camp in the early hours of Tuesday morning.",
            "the early hours of Tuesday morning",
            "2023-06-20"),
        Arguments.of(
            "The airstrike on the bakery came at daybreak on 3 June.",
            "daybreak on 3 June",
            "2023-06-03TMO"),
        Arguments.of(
            "Gunmen entered the village at dawn on June 18, 2022, witnesses said.",
            "dawn on June 18, 2022",
            "2022-06-18TMO"),
        Arguments.of("The curfew began at noon on Monday.", "noon on Monday", "2023-06-19T12:00"),
        Arguments.of("Fighting resumed after Friday prayers.", "Friday", "2023-06-16"));
  }

  @ParameterizedTest
  @MethodSource("timesOfDay")
  void dawnAndTheEarlyHoursOfADayNameThatDay(String text, String expression, String value) {
    TimeExpression e = only(text, WEDNESDAY);
    assertThat(e.text()).isEqualTo(expression);
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.start()).isEqualTo(LocalDate.parse(value.substring(0, 10)));
  }

  @Test
  void dawnAloneIsTheMorningOfTheDayMentionedBefore() {
    List<TimeExpression> found =
        RECOGNIZER.recognize(
            "Clashes broke out on Monday. At dawn, jets bombed the bridge.", WEDNESDAY);
    assertThat(found).extracting(TimeExpression::text).containsExactly("Monday", "dawn");
    assertThat(found.get(1).value()).isEqualTo("2023-06-19TMO");
    assertThat(found.get(1).type()).isEqualTo(TimexType.TIME);
  }

  @Test
  void theEarlyHoursOfAWarAreNoDate() {
    assertThat(RECOGNIZER.recognize("In the early hours of the war, the town fell.", WEDNESDAY))
        .isEmpty();
  }

  static Stream<Arguments> holyDays() {
    return Stream.of(
        // Umm al-Qura: Eid al-Adha 1444 fell on 28 June 2023, Ramadan 1444 ran 23 March to
        // 20 April 2023, Eid al-Fitr 1444 on 21 April 2023.
        Arguments.of(
            "Shelling killed three people during Eid al-Adha.",
            "Eid al-Adha",
            "2022-07-09",
            "2022-07-09"),
        Arguments.of(
            "A truce will hold over Eid al-Adha.", "Eid al-Adha", "2023-06-28", "2023-06-28"),
        Arguments.of("Raids eased during Ramadan.", "Ramadan", "2023-03-23", "2023-04-20"),
        Arguments.of(
            "Aid convoys crossed in the holy month of Ramadan.",
            "the holy month of Ramadan",
            "2023-03-23",
            "2023-04-20"),
        Arguments.of(
            "Prisoners were freed on Eid al-Fitr.", "Eid al-Fitr", "2023-04-21", "2023-04-21"),
        Arguments.of(
            "Both sides hope to talk before next Ramadan.",
            "next Ramadan",
            "2024-03-11",
            "2024-04-09"));
  }

  @ParameterizedTest
  @MethodSource("holyDays")
  void islamicHolyDaysArePlacedOnTheUmmAlQuraCalendar(
      String text, String expression, String start, String end) {
    TimeExpression e = only(text, WEDNESDAY);
    assertThat(e.text()).isEqualTo(expression);
    assertThat(e.start()).isEqualTo(LocalDate.parse(start));
    assertThat(e.end()).isEqualTo(LocalDate.parse(end));
    assertThat(e.type()).isEqualTo(TimexType.DATE);
    if (start.equals(end)) {
      assertThat(e.value()).isEqualTo(start);
      assertThat(e.precision()).isEqualTo(DatePrecision.DAY);
    } else {
      assertThat(e.value()).isEqualTo(start.substring(0, 4));
      assertThat(e.precision()).isEqualTo(DatePrecision.MONTH);
    }
  }

  @Test
  void aRamadanUnderWayOnTheDocumentDateIsThatOne() {
    TimeExpression e = only("Strikes continued during Ramadan.", LocalDate.of(2024, 3, 20));
    assertThat(e.start()).isEqualTo(LocalDate.of(2024, 3, 11));
  }

  @Test
  void aHolyDayWithoutADocumentDateKeepsXs() {
    TimeExpression e = only("The ceasefire began on Eid al-Fitr.", null);
    assertThat(e.value()).isEqualTo("XXXX-XX-XX");
    assertThat(e.start()).isNull();
  }

  @Test
  void aQuarterlyDividendIsNoRecurrenceButAdjustedQuarterlyIs() {
    assertThat(RECOGNIZER.recognize("The firm cut its quarterly dividend.", WEDNESDAY)).isEmpty();
    assertThat(RECOGNIZER.recognize("The reserve is adjusted quarterly.", WEDNESDAY))
        .extracting(TimeExpression::value)
        .containsExactly("P3M");
  }

  @Test
  void aFutureCueBeforeAnInitialStillMarksTheDate() {
    TimeExpression e = only("Colonel Ahmad will replace Gen. K. Barzani on Aug. 1.", WEDNESDAY);
    assertThat(e.value()).isEqualTo("2023-08-01");
  }

  @Test
  void nextToIsAPlaceNotAFutureCue() {
    TimeExpression e =
        only("A mortar round landed next to the school in Tabqa on Monday.", WEDNESDAY);
    assertThat(e.value()).isEqualTo("2023-06-19");
  }
}
