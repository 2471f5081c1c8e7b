package org.sijil.nlp;

/**
 * Spelling variants of Arabic script folded for matching only: hamza forms of alef (أ إ آ ٱ) to ا,
 * ta marbuta (ة) to ه, alef maqsura (ى) and Farsi yeh (ی) to ي, keheh (ک) to ك; tatweel (ـ),
 * harakat (U+064B–U+065F, U+0670) and other non-spacing marks dropped. The one definition for the
 * event lexicons and the geoparser's Arabic names. Callers keep offsets into the raw text
 * themselves (see {@code OffsetMap}); folding is never shown to the user. Stateless and
 * thread-safe.
 */
public final class ArabicScript {
  private ArabicScript() {}

  /** The character {@code c} folds to, or {@code 0} when it is dropped (tatweel, a haraka). */
  public static char fold(char c) {
    return switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
      case 'ة' -> 'ه';
      case 'ى', 'ی' -> 'ي';
      case 'ک' -> 'ك';
      case 'ـ' -> 0;
      default -> isHaraka(c) || Character.getType(c) == Character.NON_SPACING_MARK ? 0 : c;
    };
  }

  /** True for the short-vowel and other marks written over or under letters. */
  public static boolean isHaraka(char c) {
    return c >= '\u064B' && c <= '\u065F' || c == '\u0670';
  }

  /** True for a letter of the Arabic blocks (not a mark, digit or punctuation). */
  public static boolean isArabicLetter(int cp) {
    return Character.isLetter(cp)
        && (cp >= 0x0600 && cp <= 0x06FF
            || cp >= 0x0750 && cp <= 0x077F
            || cp >= 0x08A0 && cp <= 0x08FF
            || cp >= 0xFB50 && cp <= 0xFDFF
            || cp >= 0xFE70 && cp <= 0xFEFF);
  }

  /**
   * {@code text} folded character by character, each run of whitespace made one space. For matching
   * keys (lexicon phrases, rule words), not for text whose offsets matter.
   */
  public static String fold(CharSequence text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      char f = fold(c);
      if (f == 0) {
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(f);
    }
    return b.toString();
  }
}
