package org.sijil.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sijil.model.doc.Language;
import org.sijil.model.time.DatePrecision;
import org.sijil.model.time.TimeExpression;
import org.sijil.model.time.TimexType;

class RuleTimeExpressionRecognizerTest {

  private static final RuleTimeExpressionRecognizer RECOGNIZER =
      RuleTimeExpressionRecognizer.english();

  /** Wednesday 21 June 2023. */
  private static final LocalDate WEDNESDAY = LocalDate.of(2023, 6, 21);

  private static TimeExpression only(String text, LocalDate dct) {
    return RecognizedTimes.only(text, dct);
  }

  static Stream<Arguments> absoluteDates() {
    return Stream.of(
        Arguments.of("Shelling hit the market on June 18, 2023.", "June 18, 2023", "2023-06-18"),
        Arguments.of("The checkpoint fell on 18 June 2023.", "18 June 2023", "2023-06-18"),
        Arguments.of(
            "Fighters entered the town on Sunday, June 18, 2023.",
            "Sunday, June 18, 2023",
            "2023-06-18"),
        Arguments.of("The siege began in 2017.", "2017", "2017"),
        Arguments.of("The dam was built in the 1990s.", "the 1990s", "199"),
        Arguments.of("Displacement peaked in mid-2019.", "mid-2019", "2019"),
        Arguments.of("The council was formed in March 2015.", "March 2015", "2015-03"),
        Arguments.of(
            "A convoy was ambushed on 2019-06-18 near the bridge.", "2019-06-18", "2019-06-18"),
        Arguments.of("The monitor logged the raid on 18/06/2023.", "18/06/2023", "2023-06-18"),
        Arguments.of(
            "Losses rose in the third quarter of 2016.", "the third quarter of 2016", "2016-Q3"),
        Arguments.of("Crops failed in the summer of 2021.", "the summer of 2021", "2021-SU"),
        Arguments.of("The budget for fiscal 2018 was cut.", "fiscal 2018", "2018"),
        Arguments.of("The fort was rebuilt in the 12th century.", "the 12th century", "11"),
        Arguments.of(
            "Losses doubled in the last half of 2016.", "the last half of 2016", "2016-H2"),
        Arguments.of(
            "Floods came in the spring of nineteen eighty-eight.",
            "the spring of nineteen eighty-eight",
            "1988-SP"),
        Arguments.of(
            "The levy rose in March nineteen ninety-one.", "March nineteen ninety-one", "1991-03"),
        Arguments.of("The camp opened in nineteen ninety-six.", "nineteen ninety-six", "1996"));
  }

  @ParameterizedTest
  @MethodSource("absoluteDates")
  void absoluteDatesNormaliseWithoutTheDocumentDate(String text, String expression, String value) {
    TimeExpression e = only(text, null);
    assertThat(e.text()).isEqualTo(expression);
    assertThat(e.type()).isEqualTo(TimexType.DATE);
    assertThat(e.value()).isEqualTo(value);
  }

  static Stream<Arguments> relativeDates() {
    return Stream.of(
        Arguments.of("Two civilians were killed yesterday.", "yesterday", "2023-06-20"),
        Arguments.of("The crossing is closed today.", "today", "2023-06-21"),
        Arguments.of("Clashes resumed last week.", "last week", "2023-W24"),
        Arguments.of("Aid deliveries stopped this month.", "this month", "2023-06"),
        Arguments.of("The bridge was destroyed two days ago.", "two days ago", "2023-06-19"),
        Arguments.of("The village was emptied about a month ago.", "about a month ago", "2023-05"),
        Arguments.of("Prices doubled earlier this year.", "earlier this year", "2023"),
        Arguments.of("Gunmen stormed the office last Tuesday.", "last Tuesday", "2023-06-20"),
        Arguments.of("Gunmen stormed the office on Sunday.", "Sunday", "2023-06-18"),
        Arguments.of("The truce held until last year.", "last year", "2022"),
        Arguments.of("Fighting stopped in June last year.", "June last year", "2022-06"),
        Arguments.of("Talks collapsed last summer.", "last summer", "2022-SU"),
        Arguments.of("Three mortars landed on Monday morning.", "Monday morning", "2023-06-19TMO"));
  }

  static Stream<Arguments> periodsAroundTheDocumentDate() {
    return Stream.of(
        Arguments.of("Prices rose over the past year.", "the past year", "2022"),
        Arguments.of("Crime fell in the last decade.", "the last decade", "201"),
        Arguments.of("Rents rose for the year.", "the year", "2023"),
        Arguments.of("The October siege ended in a truce.", "October", "2022-10"),
        Arguments.of("Aid resumed for April deliveries.", "April", "2023-04"),
        Arguments.of("The camp was raided last Thanksgiving.", "last Thanksgiving", "2022-11-24"),
        Arguments.of("The pass was shut on Thanksgiving Day.", "Thanksgiving Day", "2022-11-24"));
  }

  @ParameterizedTest
  @MethodSource("periodsAroundTheDocumentDate")
  void namedPeriodsResolveAroundTheDocumentDate(String text, String expression, String value) {
    TimeExpression e = only(text, WEDNESDAY);
    assertThat(e.text()).isEqualTo(expression);
    assertThat(e.type()).isEqualTo(TimexType.DATE);
    assertThat(e.value()).isEqualTo(value);
  }

  static Stream<Arguments> stretchesOfTime() {
    return Stream.of(
        Arguments.of("Raids grew in recent years.", "recent years", "PXY"),
        Arguments.of("More raids are feared in the coming weeks.", "the coming weeks", "PXW"),
        Arguments.of("Sales fell in the year ended then.", "the year", "P1Y"),
        Arguments.of("Income fell in the fiscal year ending then.", "the fiscal year", "P1Y"));
  }

  @ParameterizedTest
  @MethodSource("stretchesOfTime")
  void vagueAndReportingStretchesAreDurations(String text, String expression, String value) {
    TimeExpression e = only(text, WEDNESDAY);
    assertThat(e.text()).isEqualTo(expression);
    assertThat(e.type()).isEqualTo(TimexType.DURATION);
    assertThat(e.value()).isEqualTo(value);
  }

  @Test
  void soonIsTheFutureButAsSoonAsIsAConjunction() {
    TimeExpression e = only("The road will reopen soon.", WEDNESDAY);
    assertThat(e.value()).isEqualTo("FUTURE_REF");
    assertThat(RECOGNIZER.recognize("They fled as soon as the shelling began.", WEDNESDAY))
        .isEmpty();
    assertThat(RECOGNIZER.recognize("He died soon after the raid.", WEDNESDAY)).isEmpty();
  }

  @Test
  void aMonthBeforeAVerbOrPrepositionIsNotReadAsAModifier() {
    assertThat(RECOGNIZER.recognize("The June of his childhood was dry.", WEDNESDAY)).isEmpty();
    assertThat(RECOGNIZER.recognize("The May was a small boat.", WEDNESDAY)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("relativeDates")
  void relativeDatesResolveAgainstTheDocumentDate(String text, String expression, String value) {
    TimeExpression e = only(text, WEDNESDAY);
    assertThat(e.text()).isEqualTo(expression);
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.start()).isNotNull();
  }

  static Stream<Arguments> otherTypes() {
    return Stream.of(
        Arguments.of(
            "The strike came at 3 p.m. on the edge of town.",
            "3 p.m.",
            TimexType.TIME,
            "2023-06-21T15:00"),
        Arguments.of(
            "The camp has been besieged for three years.",
            "three years",
            TimexType.DURATION,
            "P3Y"),
        Arguments.of("The curfew lasted 48 hours.", "48 hours", TimexType.DURATION, "PT48H"),
        Arguments.of(
            "They sheltered for two and a half years.",
            "two and a half years",
            TimexType.DURATION,
            "P2Y6M"),
        Arguments.of("The raid lasted half an hour.", "half an hour", TimexType.DURATION, "PT30M"),
        Arguments.of("Patrols pass every day.", "every day", TimexType.SET, "P1D"),
        Arguments.of("The monitor publishes daily.", "daily", TimexType.SET, "P1D"),
        Arguments.of("Residents meet weekly.", "weekly", TimexType.SET, "P1W"),
        Arguments.of("Markets close every Friday.", "every Friday", TimexType.SET, "XXXX-WXX-5"),
        Arguments.of("The road is now open.", "now", TimexType.DATE, "PRESENT_REF"),
        Arguments.of(
            "The group currently holds the hill.", "currently", TimexType.DATE, "PRESENT_REF"),
        Arguments.of("The area was recently cleared.", "recently", TimexType.DATE, "PAST_REF"),
        Arguments.of("Such raids were common in the past.", "the past", TimexType.DATE, "PAST_REF"),
        Arguments.of(
            "Returns are unlikely in the future.", "the future", TimexType.DATE, "FUTURE_REF"));
  }

  @ParameterizedTest
  @MethodSource("otherTypes")
  void timesDurationsSetsAndReferencesGetTheirTypeAndValue(
      String text, String expression, TimexType type, String value) {
    TimeExpression e = only(text, WEDNESDAY);
    assertThat(e.text()).isEqualTo(expression);
    assertThat(e.type()).isEqualTo(type);
    assertThat(e.value()).isEqualTo(value);
  }

  @Test
  void aCalendarValueCarriesItsInclusiveBoundsAndPrecision() {
    TimeExpression week = only("Clashes resumed last week.", WEDNESDAY);
    assertThat(week.start()).isEqualTo(LocalDate.of(2023, 6, 12));
    assertThat(week.end()).isEqualTo(LocalDate.of(2023, 6, 18));
    assertThat(week.precision()).isEqualTo(DatePrecision.WEEK);

    TimeExpression month = only("The council was formed in March 2015.", null);
    assertThat(month.start()).isEqualTo(LocalDate.of(2015, 3, 1));
    assertThat(month.end()).isEqualTo(LocalDate.of(2015, 3, 31));
    assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);

    TimeExpression quarter = only("Losses rose in the third quarter of 2016.", null);
    assertThat(quarter.start()).isEqualTo(LocalDate.of(2016, 7, 1));
    assertThat(quarter.end()).isEqualTo(LocalDate.of(2016, 9, 30));

    TimeExpression year = only("The siege began in 2017.", null);
    assertThat(year.start()).isEqualTo(LocalDate.of(2017, 1, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2017, 12, 31));
    assertThat(year.precision()).isEqualTo(DatePrecision.YEAR);
  }

  static Stream<Arguments> comparisonPoints() {
    return Stream.of(
        Arguments.of(
            "The cooperative earned $4 million in the second quarter. It had earned $2.5 million,"
                + " or 9 cents a share, a year ago.",
            "2022-Q2"),
        Arguments.of(
            "The mill lost $3 million in the second quarter, compared with a loss of $9.2 million,"
                + " or 31 cents a share, a year ago.",
            "2022-Q2"),
        Arguments.of(
            "Aid reached the camp in the second quarter. The agency said the road, which was"
                + " closed, reopened a year ago.",
            "2022"));
  }

  @ParameterizedTest
  @MethodSource("comparisonPoints")
  void aYearAgoAfterAFigureIsThePeriodUnderDiscussionAYearBack(String text, String value) {
    List<TimeExpression> found = RECOGNIZER.recognize(text, WEDNESDAY);
    assertThat(found).extracting(TimeExpression::text).endsWith("a year ago");
    assertThat(found.get(found.size() - 1).value()).isEqualTo(value);
  }

  @Test
  void aBareWeekdayInAReportDatedWednesdayIsTheSundayBefore() {
    TimeExpression e = only("Gunmen stormed the office on Sunday.", WEDNESDAY);
    assertThat(e.start()).isEqualTo(LocalDate.of(2023, 6, 18));
    assertThat(e.precision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void aWeekdayAfterAFutureCueIsTheNextOne() {
    TimeExpression e = only("The delegations will meet on Sunday.", WEDNESDAY);
    assertThat(e.value()).isEqualTo("2023-06-25");
  }

  @Test
  void aPastVerbRightAfterTheWeekdayOverridesAnEarlierFutureCue() {
    TimeExpression e =
        only(
            "The detainees will stay in the camp after the court Thursday refused bail.",
            WEDNESDAY);
    assertThat(e.value()).isEqualTo("2023-06-15");
  }

  @Test
  void pluralWeekdaysAreSets() {
    TimeExpression e = only("The market opens on Fridays.", WEDNESDAY);
    assertThat(e.type()).isEqualTo(TimexType.SET);
    assertThat(e.value()).isEqualTo("XXXX-WXX-5");
    assertThat(only("Patrols pass on Tuesday nights.", WEDNESDAY).value())
        .isEqualTo("XXXX-WXX-2TNI");
  }

  @Test
  void aPartOfDayBeforeADayWordIsATime() {
    TimeExpression e = only("The shelling stopped mid-afternoon yesterday.", WEDNESDAY);
    assertThat(e.text()).isEqualTo("mid-afternoon yesterday");
    assertThat(e.type()).isEqualTo(TimexType.TIME);
    assertThat(e.value()).isEqualTo("2023-06-20TAF");
  }

  @Test
  void aReportingVerbOverridesAnEarlierFutureCue() {
    TimeExpression e =
        only("The fine will hurt the party, the electoral board said Sunday.", WEDNESDAY);
    assertThat(e.value()).isEqualTo("2023-06-18");
  }

  @Test
  void aMonthDayWithoutYearIsTheMostRecentOneUnlessItIsJustAhead() {
    assertThat(only("The town was shelled on May 30.", WEDNESDAY).value()).isEqualTo("2023-05-30");
    assertThat(only("The town was shelled on June 21.", WEDNESDAY).value()).isEqualTo("2023-06-21");
    assertThat(only("The town was shelled on November 3.", WEDNESDAY).value())
        .isEqualTo("2022-11-03");
    // Reporters drop the year only for dates near the present: a month ahead is upcoming.
    assertThat(only("The exchange of prisoners is set for July 10.", WEDNESDAY).value())
        .isEqualTo("2023-07-10");
  }

  @Test
  void withoutADocumentDateRelativeExpressionsKeepXsAndNoBounds() {
    String text = "Two civilians were killed yesterday and the market burned on Sunday, June 18.";
    List<TimeExpression> found = RECOGNIZER.recognize(text, null);
    assertThat(found)
        .extracting(TimeExpression::text)
        .containsExactly("yesterday", "Sunday, June 18");
    assertThat(found).extracting(TimeExpression::value).containsExactly("XXXX-XX-XX", "XXXX-06-18");
    assertThat(found)
        .allSatisfy(
            e -> {
              assertThat(e.start()).isNull();
              assertThat(e.end()).isNull();
            });
    assertThat(only("Clashes resumed last week.", null).value()).isEqualTo("XXXX-WXX");
    assertThat(only("Gunmen stormed the office on Sunday.", null).value()).isEqualTo("XXXX-WXX-7");
  }

  @Test
  void theFollowingDayAnchorsOnThePrecedingExplicitDate() {
    String text =
        "Militants seized the silo on March 3, 2016. The following day, jets struck the road,"
            + " and two days later the militants withdrew.";
    List<TimeExpression> found = RECOGNIZER.recognize(text, LocalDate.of(2016, 4, 1));
    assertThat(found)
        .extracting(TimeExpression::text)
        .containsExactly("March 3, 2016", "The following day", "two days later");
    assertThat(found)
        .extracting(TimeExpression::value)
        .containsExactly("2016-03-03", "2016-03-04", "2016-03-06");
  }

  @Test
  void theFollowingDayWithNoDocumentDateStillAnchorsOnTheText() {
    String text = "The dam was hit on 4 May 2017 and engineers arrived the next morning.";
    List<TimeExpression> found = RECOGNIZER.recognize(text, null);
    assertThat(found)
        .extracting(TimeExpression::value)
        .containsExactly("2017-05-04", "2017-05-05TMO");
  }

  @Test
  void aClockTimeTakesTheDayMentionedBeforeIt() {
    String text = "The raid began on 2 May 2018. At 3 p.m. the fighters left.";
    List<TimeExpression> found = RECOGNIZER.recognize(text, LocalDate.of(2018, 5, 9));
    assertThat(found)
        .extracting(TimeExpression::value)
        .containsExactly("2018-05-02", "2018-05-02T15:00");
  }

  @Test
  void anchorReResolvesAnchoredExpressionsOnAFilteredList() {
    String text =
        "The raid began on 2 May 2018. Talks opened on 9 May 2018. The following day, both sides"
            + " left.";
    LocalDate dct = LocalDate.of(2018, 5, 20);
    List<TimeExpression> all = RECOGNIZER.recognize(text, dct);
    assertThat(all.get(2).value()).isEqualTo("2018-05-10");
    List<TimeExpression> filtered = List.of(all.get(0), all.get(2));
    List<TimeExpression> anchored = RECOGNIZER.anchor(filtered, dct);
    assertThat(anchored)
        .extracting(TimeExpression::value)
        .containsExactly("2018-05-02", "2018-05-03");
    assertThat(anchored.get(1).span()).isEqualTo(all.get(2).span());
  }

  @Test
  void aYearEarlierKeepsTheGranularityOfTheDateItShifts() {
    String text = "Losses fell in the third quarter of 2016, from a peak a year earlier.";
    List<TimeExpression> found = RECOGNIZER.recognize(text, null);
    assertThat(found).extracting(TimeExpression::value).containsExactly("2016-Q3", "2015-Q3");
  }

  @Test
  void agesAndCountsAreNotTimes() {
    assertThat(RECOGNIZER.recognize("A 6-year-old boy was wounded.", WEDNESDAY)).isEmpty();
    assertThat(RECOGNIZER.recognize("About 300 families fled the camp.", WEDNESDAY)).isEmpty();
    assertThat(RECOGNIZER.recognize("They may march to the square.", WEDNESDAY)).isEmpty();
    assertThat(RECOGNIZER.recognize("A second attack followed.", WEDNESDAY)).isEmpty();
    assertThat(RECOGNIZER.recognize("Some two thousand people fled.", WEDNESDAY)).isEmpty();
  }

  @Test
  void seasonsQuartersAndDecadesWithoutAYearFollowThePastBias() {
    assertThat(only("Fighting flared in the winter.", WEDNESDAY).value()).isEqualTo("2022-WI");
    assertThat(only("Attacks rose in the first quarter.", WEDNESDAY).value()).isEqualTo("2023-Q1");
    assertThat(only("Attacks rose in the fourth quarter.", WEDNESDAY).value()).isEqualTo("2022-Q4");
  }

  @Test
  void rulesAreChosenByLanguageAndMissingOnesAreVisible() {
    assertThat(RuleTimeExpressionRecognizer.forLanguage(Language.ENGLISH)).isPresent();
    assertThat(RuleTimeExpressionRecognizer.forLanguage(Language.ARABIC)).isPresent();
    assertThat(RuleTimeExpressionRecognizer.forLanguage(new Language("fr"))).isEmpty();
    for (Language l :
        List.of(Language.ENGLISH, Language.ARABIC, Language.UNDETERMINED, new Language("fr"))) {
      assertThat(RuleTimeExpressionRecognizer.hasRules(l))
          .as("hasRules(%s)", l.code())
          .isEqualTo(RuleTimeExpressionRecognizer.forLanguage(l).isPresent());
    }
  }

  @Test
  void provenanceNamesTheStage() {
    TimeExpression e = only("The siege began in 2017.", null);
    assertThat(e.provenance().stage()).isEqualTo(RuleTimeExpressionRecognizer.STAGE);
    assertThat(e.provenance().resourceVersion()).isNotBlank();
  }
}
