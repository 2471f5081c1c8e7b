package org.sijil.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whether a text is written in capitals stops counting once the small letters decide it; the answer
 * must be the plain definition's: more than 20 capitals and fewer than a tenth as many small
 * letters.
 */
class CaselessTextTest {

  private static boolean counted(String text) {
    long upper = text.chars().filter(Character::isUpperCase).count();
    long lower = text.chars().filter(Character::isLowerCase).count();
    return upper > 20 && lower * 10 < upper;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void theEarlyAnswerIsThePlainCount(long seed) {
    Random random = new Random(seed);
    char[] letters = {'A', 'Q', 'a', 'q', ' ', '.', '1', 'É', 'é', 'ß', 'Σ', 'ر'};
    int caseless = 0;
    for (int k = 0; k < 3000; k++) {
      int n = random.nextInt(400);
      // Texts from almost all capitals to almost none, so that both answers come up.
      int smallOneIn = 2 + random.nextInt(60);
      StringBuilder b = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        char c = letters[random.nextInt(letters.length)];
        if (Character.isLowerCase(c) && random.nextInt(smallOneIn) != 0) {
          c = Character.toUpperCase(c) == c ? 'A' : Character.toUpperCase(c);
        }
        b.append(c);
      }
      String text = b.toString();
      boolean expected = counted(text);
      assertThat(Geoparser.isCaseless(text)).as(text).isEqualTo(expected);
      caseless += expected ? 1 : 0;
    }
    assertThat(caseless).isBetween(100, 2900);
  }
}
