package org.sijil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Common words share one string instance; the tokens must read exactly as without the sharing: the
 * text as written, the norm in lower case.
 */
class CommonWordsTest {

  // Common words in every case, near misses of them, and pieces that fold or need no folding.
  private static final String[] PIECES = {
    "the",
    "The",
    "THE",
    "tHe",
    "them",
    "th",
    "thee",
    "of",
    "Of",
    "OF",
    "in",
    "IN",
    "killed",
    "Killed",
    "KILLED",
    "killedx",
    "a",
    "A",
    "an",
    "An",
    "al",
    "Al-Hol",
    "al-",
    "ISIS's",
    "was",
    "Was",
    "w\u00E4s",
    "th\u0065",
    "syria",
    "Syria",
    "SYRIAN",
    "4,000",
    "’",
    "“",
    "The\u2019s",
    "the\u2026",
    "\uFF34he",
    ",",
    ".",
    "-",
    "x",
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void tokensReadAsWrittenAndInLowerCaseWhateverTheSharing(long seed) {
    Random random = new Random(seed);
    Pipeline pipeline = Pipeline.basic();
    int shared = 0;
    for (int k = 0; k < 300; k++) {
      StringBuilder b = new StringBuilder();
      int words = 1 + random.nextInt(30);
      for (int w = 0; w < words; w++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
        b.append(random.nextInt(5) == 0 ? "  " : " ");
      }
      String raw = b.toString();
      AnnotatedText a = pipeline.run(raw);
      String norm = a.get(Layers.NORMALIZED).text();
      for (Token t : a.get(Layers.TOKENS)) {
        assertThat(t.text()).isEqualTo(t.span().of(raw));
        assertThat(t.norm()).isEqualTo(t.normSpan().of(norm).toLowerCase(Locale.ROOT));
        if (t.norm() == CommonWords.instance().lowerCase(t.norm(), 0, t.norm().length())) {
          shared++;
        }
      }
    }
    assertThat(shared).isPositive();
  }

  @Test
  void onlyLettersOfACommonWordInAnyCaseFindIt() {
    CommonWords words = CommonWords.instance();
    assertThat(words.lowerCase("xTHEx", 1, 4)).isEqualTo("the");
    assertThat(words.lowerCase("xTHEx", 1, 4)).isSameAs(words.lowerCase("the", 0, 3));
    for (String miss : List.of("thema", "th", "th3", "t-e", "thé", "", "killedx")) {
      assertThat(words.lowerCase(miss, 0, miss.length())).as(miss).isNull();
    }
  }
}
