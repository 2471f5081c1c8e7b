package org.sijil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.OffsetMap;

/**
 * The tokenizer reads a text that needs no normalising (identity map) by a shortcut; its tokens
 * must be those of the general path, which a map with the same offsets but not the identity
 * object's form (one redundant end anchor) forces.
 */
class TokenizerIdentityPathTest {

  private static final String[] PIECES = {
    "The", "U.S.", "US-led", "al-Hol", "4,000", "148.7", "ISIS's", "don't", "'s", "'", "-", ",",
    ".", "...", "(", ")", "\"", "Raqqa", "killed", "3", "a", "x_y", "A.B.C", "e.g.", "--", "'S",
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
  void aTextThatNeedsNoNormalisingGetsTheTokensOfTheGeneralPath(long seed) {
    Random random = new Random(seed);
    TextNormalizer normalizer = new TextNormalizer();
    Tokenizer tokenizer = new Tokenizer();
    for (int k = 0; k < 200; k++) {
      StringBuilder b = new StringBuilder();
      int words = 1 + random.nextInt(40);
      for (int w = 0; w < words; w++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(4) > 0) {
          b.append(' ');
        }
      }
      String raw = b.toString();
      NormalizedText norm = normalizer.normalize(raw);
      if (!norm.text().equals(raw)) {
        continue; // a trailing space or a fold: not the shortcut's case
      }
      assertThat(norm.toRaw()).isEqualTo(OffsetMap.identity());
      OffsetMap same =
          OffsetMap.builder().addEnd(raw.length(), raw.length()).build(); // same offsets
      assertThat(same).isNotEqualTo(OffsetMap.identity());
      List<Token> fast = tokenizer.tokenize(raw, norm);
      List<Token> general = tokenizer.tokenize(raw, new NormalizedText(raw, same));
      assertThat(fast).as(raw).isEqualTo(general).isNotEmpty();
    }
  }
}
