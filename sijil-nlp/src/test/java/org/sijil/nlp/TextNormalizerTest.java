package org.sijil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
}
