package org.sijil.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link NameKeys#latinTokens} skips decomposition for ASCII and lower-cases ASCII as it goes; the
 * tokens must be those of the plain definition: decompose, drop marks and apostrophes, lower-case
 * the whole, split on everything else.
 */
class NameKeysAsciiPathTest {
  private static final String ALPHABET =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
          + "      -'’‘ʿʾ`\"´ʼʻ.,()/"
          + "éÉüÜçÇşŞğĞıİłŁøØđĐðÐþÞæÆœŒßâÂāĀẓṢḥ"
          + "ΣσςΑΒΓ"
          + "الرقةأإآىئة";

  static IntStream seeds() {
    return IntStream.range(0, 30);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void tokensAreThoseOfThePlainDefinition(int seed) {
    Random random = new Random(seed);
    for (int n = 0; n < 300; n++) {
      StringBuilder name = new StringBuilder();
      int length = 1 + random.nextInt(24);
      // Half the names are plain ASCII, as most names in English text are.
      int range = n % 2 == 0 ? 62 + 23 : ALPHABET.length();
      for (int i = 0; i < length; i++) {
        name.append(ALPHABET.charAt(random.nextInt(range)));
      }
      String s = name.toString();
      assertThat(NameKeys.latinTokens(s)).as("tokens of <%s>", s).isEqualTo(reference(s));
    }
  }

  private static List<String> reference(String name) {
    String d = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case '\'', '’', '‘', 'ʿ', 'ʾ', '`', '´', 'ʼ', 'ʻ', '"' -> {}
        case 'ı' -> sb.append('i');
        case 'ł', 'Ł' -> sb.append('l');
        case 'ø', 'Ø' -> sb.append('o');
        case 'đ', 'Đ', 'ð', 'Ð' -> sb.append('d');
        case 'þ', 'Þ' -> sb.append("th");
        case 'æ', 'Æ' -> sb.append("ae");
        case 'œ', 'Œ' -> sb.append("oe");
        case 'ß' -> sb.append("ss");
        default -> sb.append(Character.isLetterOrDigit(c) ? c : ' ');
      }
    }
    List<String> tokens = new ArrayList<>();
    for (String t : sb.toString().toLowerCase(Locale.ROOT).split(" +")) {
      if (!t.isEmpty()) {
        tokens.add(t);
      }
    }
    return tokens;
  }
}
