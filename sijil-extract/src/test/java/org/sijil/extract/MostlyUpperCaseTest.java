package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whether a text is mostly capitals stops counting once the small letters decide it; the answer
 * must be the plain definition's: more than 20 capitals and more than three times as many capitals
 * as small letters.
 */
class MostlyUpperCaseTest {

  private static boolean counted(String text) {
    long upper = text.chars().filter(Character::isUpperCase).count();
    long lower = text.chars().filter(Character::isLowerCase).count();
    return upper > 20 && upper > 3 * lower;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void theEarlyAnswerIsThePlainCount(long seed) {
    Random random = new Random(seed);
    char[] letters = {'A', 'Q', 'a', 'q', ' ', '.', '1', 'É', 'é', 'ß', 'Σ', 'ر'};
    int upperCase = 0;
    for (int k = 0; k < 3000; k++) {
      int n = random.nextInt(400);
      // From almost all capitals to about half small letters, so that both answers come up.
      int smallOneIn = 1 + random.nextInt(12);
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
      assertThat(DocumentReader.mostlyUpperCase(text)).as(text).isEqualTo(expected);
      upperCase += expected ? 1 : 0;
    }
    assertThat(upperCase).isBetween(100, 2900);
  }
}
