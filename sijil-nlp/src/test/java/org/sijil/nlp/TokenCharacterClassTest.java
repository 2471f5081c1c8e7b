package org.sijil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sijil.model.Span;

/**
 * {@link Token#isWord} and {@link Token#isCapitalized} answer ASCII by character ranges; every
 * character of the Basic Multilingual Plane, and a few beyond it, must get {@link Character}'s
 * answer.
 */
class TokenCharacterClassTest {

  private static Token token(String s) {
    Span span = new Span(0, s.length());
    return new Token(span, s, s, span);
  }

  @Test
  void everyFirstCharacterGetsTheAnswerOfCharacter() {
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      Token t = token(String.valueOf((char) c) + "x");
      assertThat(t.isWord()).as("isWord of U+%04X", c).isEqualTo(Character.isLetterOrDigit(c));
      assertThat(t.isCapitalized())
          .as("isCapitalized of U+%04X", c)
          .isEqualTo(Character.isUpperCase(c));
    }
  }

  @Test
  void charactersBeyondTheBasicPlaneAreReadAsCodePoints() {
    for (int cp : new int[] {0x1D400, 0x1D41A, 0x10400, 0x1F600, 0x20000}) {
      Token t = token(new String(Character.toChars(cp)));
      assertThat(t.isWord()).as("isWord of U+%X", cp).isEqualTo(Character.isLetterOrDigit(cp));
      assertThat(t.isCapitalized())
          .as("isCapitalized of U+%X", cp)
          .isEqualTo(Character.isUpperCase(cp));
    }
  }

  @Test
  void anEmptyTokenIsNeitherAWordNorCapitalized() {
    assertThat(token("").isWord()).isFalse();
    assertThat(token("").isCapitalized()).isFalse();
  }
}
