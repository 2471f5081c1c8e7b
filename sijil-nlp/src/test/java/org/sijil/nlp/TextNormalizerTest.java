package org.sijil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.Span;

class TextNormalizerTest {
  private final TextNormalizer normalizer = new TextNormalizer();

  @Test
  void curlyQuotesAndDashesBecomePlainAndOffsetsMapBack() {
    String raw = "“Militants” — struck";
    NormalizedText n = normalizer.normalize(raw);
    assertThat(n.text()).isEqualTo("\"Militants\" - struck");
    int s = n.text().indexOf("struck");
    assertThat(n.rawSpan(new Span(s, s + 6)).of(raw)).isEqualTo("struck");
  }

  @Test
  void whitespaceRunsCollapseButBlankLinesSurvive() {
    String raw = "one  \t two\r\n\r\n\n three\nfour";
    NormalizedText n = normalizer.normalize(raw);
    assertThat(n.text()).isEqualTo("one two\n\nthree\nfour");
    int s = n.text().indexOf("three");
    assertThat(n.rawSpan(new Span(s, s + 5)).of(raw)).isEqualTo("three");
  }

  @Test
  void ligaturesAndFullWidthLettersFoldAndMapToTheWholeSourceCharacter() {
    String raw = "ﬁve ＡＢＣ";
    NormalizedText n = normalizer.normalize(raw);
    assertThat(n.text()).isEqualTo("five ABC");
    assertThat(n.rawSpan(new Span(0, 4)).of(raw)).isEqualTo("ﬁve");
    assertThat(n.rawSpan(new Span(5, 8)).of(raw)).isEqualTo("ＡＢＣ");
  }

  @Test
  void invisibleCharactersAreDroppedWithoutShiftingLaterOffsets() {
    String raw = "a\u200Bb\u0000c de";
    NormalizedText n = normalizer.normalize(raw);
    assertThat(n.text()).isEqualTo("abc de");
    assertThat(n.rawSpan(new Span(4, 6)).of(raw)).isEqualTo("de");
  }

  @Test
  void arabicAndAstralCharactersPassThrough() {
    String raw = "الرقة \uD83D\uDE00 x";
    NormalizedText n = normalizer.normalize(raw);
    assertThat(n.text()).isEqualTo(raw);
  }

  @Test
  void theAsciiShortcutOfIsSpaceAnswersAsTheCharacterTablesDo() {
    for (int cp = 0; cp < 0x100; cp++) {
      boolean tables = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
      assertThat(TextNormalizer.isSpace(cp)).as("U+%04X", cp).isEqualTo(tables);
    }
  }

  // Characters that fold to themselves, whitespace that does only in some runs, and characters
  // that fold to something else or nothing.
  private static final char[] ALPHABET = {
    'a', 'Z', '7', '.', '-', '\'', '~', ' ', ' ', ' ', '\n', '\n', '\r', '\t', '\u000B', '\u001C',
    '\u00A0', '\u0085', '\u2019', '\u2013', '\u2026', '\u007F', '\u0000', '\u200B', 'é', '\uFB01',
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void theShortcutForTextsThatNeedNoFoldingGivesWhatFoldingEachCharacterGives(long seed) {
    Random random = new Random(seed);
    int shortcuts = 0;
    for (int k = 0; k < 2000; k++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(12);
      // Mostly characters that fold to themselves, so that many texts take the shortcut.
      int range = random.nextBoolean() ? 10 : ALPHABET.length;
      for (int i = 0; i < length; i++) {
        b.append(ALPHABET[random.nextInt(range)]);
      }
      String raw = b.toString();
      NormalizedText each = normalizer.normalizeEach(raw);
      assertThat(normalizer.normalize(raw)).as("\"%s\"", raw).isEqualTo(each);
      if (TextNormalizer.isNormal(raw)) {
        shortcuts++;
        assertThat(each.text()).isEqualTo(raw);
      }
    }
    assertThat(shortcuts).isBetween(200, 1900);
  }
}
