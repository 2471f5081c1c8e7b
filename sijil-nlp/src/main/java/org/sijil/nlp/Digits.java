package org.sijil.nlp;

/**
 * Whether a word is written in digits, asked of many tokens by the readers ("in 2016", "3,000").
 * Stateless and thread-safe.
 */
public final class Digits {
  private Digits() {}

  /**
   * True when every char of {@code s} is a digit by {@link Character#isDigit(int)}, and for the
   * empty string: the answer of {@code s.chars().allMatch(Character::isDigit)}, without the stream
   * that a hot test of every four-letter word paid for.
   */
  public static boolean all(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit((int) s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
