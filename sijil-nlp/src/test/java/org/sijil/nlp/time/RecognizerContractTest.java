package org.sijil.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.time.TimeExpression;

/** The stage contract every recognizer output must keep, over generated texts. */
class RecognizerContractTest {

  private static final RuleTimeExpressionRecognizer RECOGNIZER =
      RuleTimeExpressionRecognizer.english();

  private static final String[] FRAGMENTS = {
    "Shelling hit the old market",
    "on Sunday, June 18",
    "at 3 p.m.",
    "the following day",
    "two days later",
    "in mid-2019",
    "since the 1990s",
    "for three years",
    "every Friday",
    "last week",
    "on 18/06/2023",
    "about a month ago",
    "the monitor said",
    "yesterday morning",
    "in the third quarter of 2016",
    "May",
    "march",
    "2014",
    "a 6-year-old girl",
    "now",
    "the next morning",
    "over the past 48 hours",
    ",",
    ".",
    "\n",
  };

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 40).boxed();
  }

  private static String sentence(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(25);
    for (int i = 0; i < n; i++) {
      if (sb.length() > 0) {
        sb.append(random.nextInt(6) == 0 ? "  " : " ");
      }
      sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
    }
    return sb.toString();
  }

  private static LocalDate date(Random random) {
    return random.nextInt(4) == 0
        ? null
        : LocalDate.of(1990, 1, 1).plusDays(random.nextInt(15_000));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void spansAreInBoundsSortedDisjointAndCoverTheirText(long seed) {
    Random random = new Random(seed);
    String text = sentence(random);
    LocalDate dct = date(random);
    List<TimeExpression> found = RECOGNIZER.recognize(text, dct);
    int previousEnd = 0;
    for (TimeExpression e : found) {
      assertThat(e.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(e.span().start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(e.span().isEmpty()).isFalse();
      assertThat(text.substring(e.span().start(), e.span().end())).isEqualTo(e.text());
      previousEnd = e.span().end();
    }
    assertThat(RECOGNIZER.recognize(text, dct)).isEqualTo(found);
  }

  @Test
  void fourThreadsGetTheSameResultsAsOne() throws Exception {
    Random random = new Random(7);
    List<String> texts = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      texts.add(sentence(random));
      dates.add(date(random));
    }
    List<List<TimeExpression>> expected = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      expected.add(RECOGNIZER.recognize(texts.get(i), dates.get(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<TimeExpression>>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(
            pool.submit(
                () ->
                    IntStream.range(0, texts.size())
                        .mapToObj(i -> RECOGNIZER.recognize(texts.get(i), dates.get(i)))
                        .toList()));
      }
      for (Future<List<List<TimeExpression>>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomUnicodeAndControlCharactersNeverMakeItThrow(long seed) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(2_000);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(5);
      int cp =
          switch (kind) {
            case 0 -> random.nextInt(0x20); // control characters
            case 1 -> 0x20 + random.nextInt(0x5F); // ASCII
            case 2 -> 0x600 + random.nextInt(0x100); // Arabic
            case 3 -> random.nextInt(0x110000); // anything, surrogates and unassigned too
            default -> "0123456789 /.-:".charAt(random.nextInt(15));
          };
      if (Character.isValidCodePoint(cp)) {
        sb.appendCodePoint(cp);
      }
    }
    String text = sb.toString();
    assertThatCode(() -> RECOGNIZER.recognize(text, date(random))).doesNotThrowAnyException();
    assertThatCode(() -> RECOGNIZER.recognize(text, null)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\u0000\u0001\u0002",
        "99/99/9999 0000-00-00 2019-02-30 31/02/2020",
        "February 29 and 29 February",
        "the the the following following day day",
        "1:1:1:1:1:1:1:1 pm pm am",
        "Sunday, Sunday, Sunday, June"
      })
  void degenerateInputsGiveWellFormedResults(String text) {
    for (LocalDate dct :
        new LocalDate[] {null, LocalDate.of(2021, 3, 1), LocalDate.of(2024, 2, 29)}) {
      List<TimeExpression> found = RECOGNIZER.recognize(text, dct);
      assertThat(found).allSatisfy(e -> assertThat(e.span().of(text)).isEqualTo(e.text()));
    }
  }

  @Test
  void aMegabyteOfTextCompletes() {
    Random random = new Random(11);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append(sentence(random)).append(". ");
    }
    // Long runs of digits, spaces and month-like words stress the patterns' backtracking.
    sb.append("1".repeat(50_000)).append(" ".repeat(50_000)).append("May ".repeat(20_000));
    String text = sb.toString();
    List<TimeExpression> found = RECOGNIZER.recognize(text, LocalDate.of(2020, 1, 1));
    assertThat(found).isNotEmpty();
  }
}
