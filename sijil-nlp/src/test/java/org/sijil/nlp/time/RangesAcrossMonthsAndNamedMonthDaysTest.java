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
 * Time round 7: ranges across months, second days of a month ("April 24 and 25"), days of a month
 * counted from the document's ("the 27th of last month"), a bare "the 27th" after a month named in
 * its paragraph, and "the first two weeks of March". Sentences written for these tests; the
 * document date is Tuesday 15 March 2016.
 */
class RangesAcrossMonthsAndNamedMonthDaysTest {

  private static final RuleTimeExpressionRecognizer RECOGNIZER =
      RuleTimeExpressionRecognizer.english();

  private static final LocalDate TUESDAY = LocalDate.of(2016, 3, 15);

  private static TimeExpression only(String text) {
    return RecognizedTimes.only(text, TUESDAY);
  }

  private static List<String> texts(String sentence) {
    return RECOGNIZER.recognize(sentence, TUESDAY).stream().map(TimeExpression::text).toList();
  }

  private static List<String> values(String sentence) {
    return RECOGNIZER.recognize(sentence, TUESDAY).stream().map(TimeExpression::value).toList();
  }

  static Stream<Arguments> aDashedRangeAcrossMonthsIsOneDateWithBothEndsAsBounds() {
    return Stream.of(
        Arguments.of(
            "Aid trucks waited at the crossing March 30-April 2, 2015.",
            "March 30-April 2, 2015",
            "2015-03-30",
            "2015-04-02"),
        Arguments.of(
            "Rebels held the hill 28 February \u2013 3 March.",
            "28 February \u2013 3 March",
            "2016-02-28",
            "2016-03-03"),
        Arguments.of(
            "Schools stayed shut Dec. 29\u2013Jan. 4, 2016.",
            "Dec. 29\u2013Jan. 4, 2016",
            "2015-12-29",
            "2016-01-04"),
        Arguments.of(
            "The ministers will meet April 28 - May 1.",
            "April 28 - May 1",
            "2016-04-28",
            "2016-05-01"));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource
  void aDashedRangeAcrossMonthsIsOneDateWithBothEndsAsBounds(
      String sentence, String text, String value, String last) {
    TimeExpression e = only(sentence);
    assertThat(e.text()).isEqualTo(text);
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.start()).isEqualTo(LocalDate.parse(value));
    assertThat(e.end()).isEqualTo(LocalDate.parse(last));
  }

  @Test
  void endsJoinedByWordsAreTwoPointsAsTimeMlMarksThem() {
    assertThat(texts("Monitors logged strikes from 30 January to 2 February 2016."))
        .containsExactly("30 January", "2 February 2016");
    assertThat(texts("The crossing was closed between Feb. 27 and March 2, 2016."))
        .containsExactly("Feb. 27", "March 2, 2016");
  }

  @Test
  void aPastRangeAheadOfTheDocumentDateIsLastYears() {
    TimeExpression e = only("The festival ended 30 April-2 May.");
    assertThat(e.value()).isEqualTo("2015-04-30");
    assertThat(e.end()).isEqualTo(LocalDate.of(2015, 5, 2));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sales rose from 31 April-2 May in the report.",
        "The tally read march 3-april 2 on the board."
      })
  void impossibleDaysOrLowerCaseMonthsAreNoRange(String sentence) {
    for (TimeExpression e : RECOGNIZER.recognize(sentence, TUESDAY)) {
      assertThat(e.end()).as(e.text()).isEqualTo(e.start());
    }
  }

  @Test
  void aSecondDayAfterAMonthAndDayIsADateOfThatMonth() {
    assertThat(texts("Donors will gather on April 24 and 25 in Brussels."))
        .containsExactly("April 24", "25");
    assertThat(values("Donors will gather on April 24 and 25 in Brussels."))
        .containsExactly("2016-04-24", "2016-04-25");
    assertThat(values("Shelling hit the market on Jan. 3 or 4, 2016."))
        .containsExactly("2016-01-03", "2016-01-04");
  }

  @Test
  void aFirstDayBeforeADayAndMonthIsADateOfThatMonth() {
    assertThat(texts("Delegates arrived on 3 and 5 March.")).containsExactly("3", "5 March");
    assertThat(values("Delegates arrived on 3 and 5 March."))
        .containsExactly("2016-03-03", "2016-03-05");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "On May 3 and 4 people were wounded.",
        "Clashes on March 9 and 12 fighters were captured.",
        "On March 9 and 3 later, the guns fell silent.",
        "Units 5 and 3 March on the capital."
      })
  void aNumberAfterAndThatIsNoDayStaysUnmarked(String sentence) {
    assertThat(texts(sentence)).hasSizeLessThanOrEqualTo(1);
  }

  static Stream<Arguments> aDayOfARelativeMonthCountsFromTheDocumentsMonth() {
    return Stream.of(
        Arguments.of("The raid took place on the 27th of last month.", "2016-02-27"),
        Arguments.of("Elections are due on the 3rd of next month.", "2016-04-03"),
        Arguments.of("The curfew ends on the 20th of this month.", "2016-03-20"),
        Arguments.of("The pact expires on the 31st of next month.", "2016-04-XX"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void aDayOfARelativeMonthCountsFromTheDocumentsMonth(String sentence, String value) {
    TimeExpression e = only(sentence);
    assertThat(e.text()).startsWith("the ").endsWith(" month");
    assertThat(e.value()).isEqualTo(value);
  }

  @Test
  void aBareDayTakesTheMonthNamedEarlierInItsParagraph() {
    assertThat(
            values(
                "Fighting began on 3 February in the north. A second offensive followed on the"
                    + " 27th, residents said."))
        .containsExactly("2016-02-03", "2016-02-27");
    assertThat(
            values(
                "Rebels seized the town in January 2014. Government forces retook it on the"
                    + " 27th."))
        .containsExactly("2014-01", "2014-01-27");
  }

  @Test
  void aMonthInAnEarlierParagraphOrAsAVerbIsNotTheBareDaysMonth() {
    assertThat(values("Talks opened on 3 February.\n\nThe convoy arrived on the 11th."))
        .containsExactly("2016-02-03", "2016-03-11");
    assertThat(values("Protesters may march again. They gathered on the 11th."))
        .containsExactly("2016-03-11");
  }

  @Test
  void aMonthWithoutTheDayIsNoDateOfIt() {
    // 31 April does not exist: no date rather than a guess
    assertThat(texts("The talks began in April and were suspended on the 31st.")).hasSize(1);
  }

  static Stream<Arguments> weeksOfAMonthHaveTheirDaysAsBounds() {
    return Stream.of(
        Arguments.of(
            "Aid was blocked during the first two weeks of March.",
            "2016-03",
            "2016-03-01",
            "2016-03-14"),
        Arguments.of(
            "Fighting eased in the last two weeks of February 2016.",
            "2016-02",
            "2016-02-16",
            "2016-02-29"),
        Arguments.of(
            "Water ran short in the last three weeks of January.",
            "2016-01",
            "2016-01-11",
            "2016-01-31"),
        Arguments.of(
            "Crossings reopened in the first week of March.",
            "2016-W09",
            "2016-03-01",
            "2016-03-07"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void weeksOfAMonthHaveTheirDaysAsBounds(String sentence, String value, String start, String end) {
    TimeExpression e = only(sentence);
    assertThat(e.text()).startsWith("the ");
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.start()).isEqualTo(LocalDate.parse(start));
    assertThat(e.end()).isEqualTo(LocalDate.parse(end));
  }

  @Test
  void aSecondTwoWeeksIsNoWeekOfTheMonth() {
    assertThat(texts("Prices fell in the second two weeks of May."))
        .doesNotContain("the second two weeks of May");
  }

  @Test
  void aFutureCueBeforeARelativeClauseLeavesTheClausesDateAlone() {
    assertThat(
            values(
                "The envoy said she would send aid to the valley, where the March 2 floods"
                    + " drowned dozens."))
        .containsExactly("2016-03-02");
    assertThat(values("The envoy said she would send aid to the valley by March 2."))
        .containsExactly("2017-03-02");
    assertThat(values("He will fly to Geneva, where talks will open on March 1."))
        .containsExactly("2017-03-01");
  }

  static Stream<Arguments> clockTimesAndMidPartsOfDayBelongToTheDayLastMentioned() {
    return Stream.of(
        Arguments.of(
            "On Sunday the convoy left at 4 in the morning.",
            "4 in the morning",
            "2016-03-13T04:00"),
        Arguments.of(
            "On Sunday shelling resumed at 9 o'clock in the evening.",
            "9 o'clock in the evening",
            "2016-03-13T21:00"),
        Arguments.of(
            "On Sunday the guns fell silent by 3:30 in the afternoon.",
            "3:30 in the afternoon",
            "2016-03-13T15:30"),
        Arguments.of(
            "On Sunday, by mid-afternoon, the road was open.", "mid-afternoon", "2016-03-13TAF"),
        Arguments.of(
            "On Sunday the strikes stopped around mid morning.", "mid morning", "2016-03-13TMO"));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource
  void clockTimesAndMidPartsOfDayBelongToTheDayLastMentioned(
      String sentence, String text, String value) {
    List<TimeExpression> found = RECOGNIZER.recognize(sentence, TUESDAY);
    assertThat(found).hasSize(2);
    assertThat(found.get(1).text()).isEqualTo(text);
    assertThat(found.get(1).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Four in the morning shift were hurt.",
        "The 4 in the team were freed.",
        "Their mid-table rivals won."
      })
  void numbersAndWordsThatAreNoTimeOfDayStayUnmarked(String sentence) {
    assertThat(RECOGNIZER.recognize(sentence, TUESDAY)).isEmpty();
  }

  @Test
  void eachOrEveryMonthIsASet() {
    TimeExpression e = only("Pilgrims walk to the shrine each July.");
    assertThat(e.text()).isEqualTo("each July");
    assertThat(e.value()).isEqualTo("XXXX-07");
    assertThat(e.type().name()).isEqualTo("SET");
    assertThat(texts("They said each may speak.")).isEmpty();
  }
}
