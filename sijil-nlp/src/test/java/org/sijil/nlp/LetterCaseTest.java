package org.sijil.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The early answer of {@link LetterCase#mostlyCapitals} is the plain count's, on seeded random
 * texts from almost all capitals to about half small letters, at the ratios the readers use (the
 * event reader 3, the geoparser 10).
 */
class LetterCaseTest {

  private static boolean counted(String text, int ratio) {
    long upper = text.chars().filter(Character::isUpperCase).count();
    long lower = text.chars().filter(Character::isLowerCase).count();
    return upper > 20 && upper > ratio * lower;
  }

  static Stream<Arguments> seedsAndRatios() {
    return Stream.of(1L, 2L, 3L, 4L, 5L, 6L)
        .flatMap(seed -> Stream.of(Arguments.of(seed, 3), Arguments.of(seed, 10)));
  }

  @ParameterizedTest(name = "seed {0}, ratio {1}")
  @MethodSource("seedsAndRatios")
  void theEarlyAnswerIsThePlainCount(long seed, int ratio) {
    Random random = new Random(seed);
    char[] letters = {'A', 'Q', 'a', 'q', ' ', '.', '1', 'É', 'é', 'ß', 'Σ', 'ر'};
    int mostly = 0;
    for (int k = 0; k < 3000; k++) {
      int n = random.nextInt(400);
      // Small letters kept one time in smallOneIn, so that both answers come up at either ratio.
      int smallOneIn = 1 + random.nextInt(6 * ratio);
      StringBuilder b = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        char c = letters[random.nextInt(letters.length)];
        if (Character.isLowerCase(c) && random.nextInt(smallOneIn) != 0) {
          c = Character.toUpperCase(c) == c ? 'A' : Character.toUpperCase(c);
        }
        b.append(c);
      }
      String text = b.toString();
      boolean expected = counted(text, ratio);
      assertThat(LetterCase.mostlyCapitals(text, ratio)).as(text).isEqualTo(expected);
      mostly += expected ? 1 : 0;
    }
    assertThat(mostly).isBetween(100, 2900);
  }

  @Test
  void aRatioBelowOneIsRejected() {
    assertThatThrownBy(() -> LetterCase.mostlyCapitals("ABC", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found 0");
  }
}
