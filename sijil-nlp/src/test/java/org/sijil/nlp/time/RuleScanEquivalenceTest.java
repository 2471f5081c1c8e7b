package org.sijil.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sijil.model.time.TimeExpression;

/**
 * The recognizer tries each rule only where its first two characters allow a match; trying every
 * rule everywhere must find exactly the same expressions.
 */
class RuleScanEquivalenceTest {
  private static final RuleTimeExpressionRecognizer FAST =
      new RuleTimeExpressionRecognizer(new EnglishTimeRules(), false);
  private static final RuleTimeExpressionRecognizer REFERENCE =
      new RuleTimeExpressionRecognizer(new EnglishTimeRules(), true);

  // Words and pieces that open, continue or break time expressions, with some that merely look
  // like them; joined by varied separators so that matches start inside words and at odd places.
  private static final List<String> PIECES =
      List.of(
          "on",
          "in",
          "the",
          "a",
          "an",
          "of",
          "at",
          "by",
          "since",
          "until",
          "last",
          "next",
          "this",
          "early",
          "late",
          "mid",
          "Monday",
          "friday",
          "Sunday's",
          "yesterday",
          "today",
          "tomorrow",
          "May",
          "may",
          "March",
          "march",
          "Jan.",
          "Sept",
          "December",
          "June",
          "2023",
          "1998",
          "19",
          "90s",
          "1990s",
          "'90s",
          "Q3",
          "FY2024",
          "fiscal",
          "year",
          "years",
          "month",
          "week",
          "weeks",
          "day",
          "days",
          "hours",
          "ago",
          "earlier",
          "later",
          "following",
          "previous",
          "about",
          "some",
          "several",
          "two",
          "twenty-one",
          "dozens of",
          "3",
          "12",
          "31st",
          "1st",
          "5:30",
          "p.m.",
          "am",
          "noon",
          "midnight",
          "0600",
          "GMT",
          "morning",
          "night",
          "every",
          "twice",
          "times",
          "daily",
          "now",
          "currently",
          "recent",
          "past",
          "future",
          "spring",
          "winter",
          "quarter",
          "third",
          "half",
          "decade",
          "century",
          "Christmas",
          "eve",
          "2019-02-28",
          "12/05/2021",
          "3.4.21",
          "approximately",
          "more than",
          "an additional",
          "a couple of",
          "and a half",
          "consecutive",
          "the end of",
          "earlier in the",
          "shortly after",
          "comparable",
          "year-earlier",
          "throughout",
          "full",
          "ended",
          "coming",
          "ahead",
          "Thanksgiving",
          "dawn",
          "Daybreak",
          "first light",
          "early hours",
          "wee",
          "Ramadan",
          "holy month",
          "fasting",
          "Eid",
          "al-Adha",
          "el Fitr",
          "quarterly",
          "dividend",
          "its",
          "Mr.",
          "P.",
          "next to",
          "soon",
          "as",
          "that",
          "other",
          "once",
          "per",
          "nineteen",
          "eighty",
          "thousand",
          "eighties",
          "12th",
          "moment",
          "term",
          "near",
          "these",
          "Q2",
          "FY",
          "'19",
          "Tuesdays",
          "nights",
          "afternoon",
          "refused",
          "killed",
          "said",
          "will",
          "was",
          "Raqqa",
          "forces",
          "ed",
          "x1",
          "é",
          "Ünal",
          "٢٠٢٣");
  private static final List<String> SEPARATORS =
      List.of(" ", " ", " ", "  ", ", ", ". ", "-", "/", "\n", "", "(", ") ", "\u00A0", "'s ");

  /**
   * Phrases with the most words a rule allows before its first key word, where a bound too small
   * for the rule would lose the match.
   */
  static Stream<String> longestOpenings() {
    return Stream.of(
        "It lasted up to an additional twenty-one and a half more days.",
        "It lasted more than the past a couple of straight years.",
        "It ended more than a couple of weeks ago.",
        "It ended at the end of the previous week.",
        "It ended at the end of the year.",
        "It rose earlier in the month.",
        "It rose in the coming winter and during the last summer.",
        "It fell for the next days and for the full year.",
        "It fell in the latest fiscal year ended then.",
        "It fell on Monday, the 5th of March.",
        "It fell early in March and late in Jan. and since mid-April.",
        "It fell in the year two thousand and one and in nineteen eighty.",
        "It fell in the early nineties and the late 1980s.",
        "It fell in the 1988 third quarter and in fiscal year 2019.",
        "It fell the day before yesterday, early on Monday, shortly after noon.",
        "It happens several times a week and every other day.",
        "It fell at the moment, in the near term and these days.",
        "It fell the following morning and the day after.",
        "It fell last Thanksgiving and on New Year's Day.",
        "It fell the comparable year-earlier period and this year's third quarter.",
        "It fell at 10:30 and around 5 p.m. Monday and in the 12th century.",
        "It opens on Tuesdays and Friday nights, and closed mid-afternoon yesterday.");
  }

  @ParameterizedTest
  @MethodSource("longestOpenings")
  void theLongestOpeningsAreFoundAsScanningEverywhereFindsThem(String text) {
    LocalDate date = LocalDate.of(2023, 6, 21);
    List<TimeExpression> reference = REFERENCE.recognize(text, date);
    assertThat(reference).as("expressions in %s", text).isNotEmpty();
    assertThat(FAST.recognize(text, date)).isEqualTo(reference);
  }

  @org.junit.jupiter.api.Test
  void everyEnglishRuleOpensAtAWordStartAFewWordsBeforeAKeyWord() {
    // Otherwise the rule is tried at every character that can open it: correct, but slow.
    assertThat(new EnglishTimeRules().rules())
        .allSatisfy(
            r -> {
              assertThat(r.wordStart()).as("%s opens at a word start", r.name()).isTrue();
              assertThat(r.wordsBeforeKey()).as("%s words before a key", r.name()).isBetween(0, 12);
            });
  }

  static IntStream seeds() {
    return IntStream.range(0, 40);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void scanningWhereMatchesCanBeginFindsWhatScanningEverywhereFinds(int seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      String piece = PIECES.get(random.nextInt(PIECES.size()));
      text.append(random.nextInt(8) == 0 ? piece.toUpperCase(java.util.Locale.ROOT) : piece);
      text.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
    }
    LocalDate date = seed % 3 == 0 ? null : LocalDate.of(2023, 6, 21);
    List<TimeExpression> reference = REFERENCE.recognize(text.toString(), date);
    assertThat(reference).as("the generator yields expressions").hasSizeGreaterThan(20);
    assertThat(FAST.recognize(text.toString(), date)).isEqualTo(reference);
  }
}
