package org.sijil.nlp;

/**
 * How a text uses letter case as a whole. Wire transcripts in capitals say nothing by case about
 * which words are names; readers ask this once a text and read such text by other cues. Stateless
 * and thread-safe.
 */
public final class LetterCase {
  private LetterCase() {}

  /** Fewer capitals than this never make a text one in capitals (a short headline in caps). */
  private static final int MIN_CAPITALS = 20;

  /**
   * True when {@code text} has more than 20 capitals and more than {@code ratio} times as many
   * capitals as small letters. Stops reading once the small letters decide it: each char adds at
   * most one capital, so when the small letters outweigh what the rest could add, the answer is no
   * (after a tenth or so of an ordinary report).
   *
   * @param ratio how many capitals a small letter must be outnumbered by, at least 1
   */
  public static boolean mostlyCapitals(CharSequence text, int ratio) {
    if (ratio < 1) {
      throw new IllegalArgumentException("expected a ratio of at least 1, found " + ratio);
    }
    int upper = 0;
    int lower = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if ((i & 63) == 0 && (long) ratio * lower >= (long) upper + (n - i)) {
        return false;
      }
      char c = text.charAt(i);
      if (c < 0x80) {
        // ASCII, nearly all of an English report: the same answer as Character's tables.
        if (c >= 'A' && c <= 'Z') {
          upper++;
        } else if (c >= 'a' && c <= 'z') {
          lower++;
        }
      } else if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    return upper > MIN_CAPITALS && upper > (long) ratio * lower;
  }
}
