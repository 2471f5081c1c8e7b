package org.sijil.resolve.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A word of the text: a maximal run of letters, digits and combining marks. Offsets are UTF-16
 * indices into the text, half-open. Immutable.
 */
record Token(int start, int end) {

  static List<Token> split(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !wordChar(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && wordChar(text.charAt(i))) {
        i++;
      }
      // Dotted initials ("U.S.", "U.K.") are one token, the last period included.
      int k = s;
      while (k + 1 < n && Character.isUpperCase(text.charAt(k)) && text.charAt(k + 1) == '.') {
        k += 2;
      }
      if (k - s >= 4 && (k == n || !wordChar(text.charAt(k)))) {
        i = k;
      }
      if (i > s) {
        out.add(new Token(s, i));
      }
    }
    return out;
  }

  private static boolean wordChar(char c) {
    if (c < 128) {
      // ASCII without the Unicode tables: no ASCII character is a combining mark.
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  String lower(String text) {
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  boolean capitalised(String text) {
    char c = text.charAt(start);
    if (c < 128) {
      return c >= 'A' && c <= 'Z';
    }
    return Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  boolean arabic(String text) {
    char c = text.charAt(start);
    return c >= '\u0600' && c <= '\u06FF';
  }

  /** Whether a name may begin here. */
  boolean startsName(String text, boolean caseless) {
    if (arabic(text)) {
      return true;
    }
    if (!Character.isLetter(text.charAt(start))) {
      return false;
    }
    return caseless || capitalised(text);
  }

  /** True when a sentence, line, quotation or parenthesis begins right before this token. */
  boolean sentenceStart(String text) {
    for (int i = start - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“'
          || c == '(' || c == '—' || c == '•') {
        return true;
      }
      if (Character.isLetterOrDigit(c) || c == ',' || c == ';') {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code a} and {@code b} may belong to one name: separated by one space, a hyphen or
   * an apostrophe (as in "Deir ez-Zor", "Ra's al-'Ayn"), never by a line break or punctuation.
   */
  static boolean joins(String text, Token a, Token b) {
    int gap = b.start - a.end;
    if (gap < 1 || gap > 2) {
      return false;
    }
    for (int i = a.end; i < b.start; i++) {
      char c = text.charAt(i);
      if (c != ' '
          && c != '-'
          && c != '\''
          && c != '’'
          && c != '‘'
          && c != 'ʿ'
          && c != 'ʾ'
          && c != '`'
          && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code b} follows {@code a} across a single apostrophe with no space, inside one
   * written word ("Dar’a", "Wa'er"), and is no possessive or contraction ending ("’s", "'re").
   */
  static boolean afterInWordApostrophe(String text, Token a, Token b) {
    if (b.start - a.end != 1) {
      return false;
    }
    char c = text.charAt(a.end);
    if (c != '\'' && c != '’' && c != 'ʿ' && c != 'ʾ' && c != '`') {
      return false;
    }
    return !CONTRACTIONS.contains(text.substring(b.start, b.end).toLowerCase(Locale.ROOT));
  }

  // English possessive and contraction endings ("Aleppo’s", "We're", "I'll"): not part of a name.
  private static final Set<String> CONTRACTIONS = Set.of("s", "t", "m", "d", "re", "ve", "ll");

  /** True when only spaces or a period and spaces separate the two ("Gen. Smith"). */
  static boolean near(String text, Token a, Token b) {
    String gap = text.substring(a.end, b.start);
    return gap.equals(" ") || gap.equals(". ") || gap.equals("\u00A0");
  }
}
