package org.sijil.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
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
