package org.sijil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Digits#all} against the stream it replaced, on random short words. */
class DigitsTest {

  // Digits of several scripts, letters, a comma and a few characters of no class.
  private static final String ALPHABET = "0123456789\u0660\u0669\u06F5\u0966abzZ,.-\u00B2\u2155 ";

  @ParameterizedTest
  @ValueSource(longs = {1L, 7L, 2026L})
  void everyRandomWordGetsTheAnswerOfTheStream(long seed) {
    Random random = new Random(seed);
    int digitsOnly = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder w = new StringBuilder();
      int length = random.nextInt(6);
      // Mostly digits, so that words of digits alone are common enough to be tested.
      for (int k = 0; k < length; k++) {
        w.append(
            random.nextInt(4) > 0
                ? ALPHABET.charAt(random.nextInt(14))
                : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String s = w.toString();
      boolean expected = s.chars().allMatch(Character::isDigit);
      assertThat(Digits.all(s)).as("\"%s\"", s).isEqualTo(expected);
      if (expected && !s.isEmpty()) {
        digitsOnly++;
      }
    }
    assertThat(digitsOnly).isGreaterThan(1_000);
  }
}
