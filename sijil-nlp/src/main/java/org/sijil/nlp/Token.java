package org.sijil.nlp;

import java.util.Objects;
import org.sijil.model.Span;

/**
 * One word, number or punctuation mark.
 *
 * @param span where it is in the raw text
 * @param text the raw text it covers
 * @param norm the normalised, lower-cased form used for matching (e.g. {@code "isis"} for {@code
 *     "ISIS"}, {@code "'"} for a curly apostrophe)
 * @param normSpan where it is in the normalised text
 */
public record Token(Span span, String text, String norm, Span normSpan) implements Annotation {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(norm, "norm");
    Objects.requireNonNull(normSpan, "normSpan");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "expected text of the span's length " + span.length() + ", found " + text.length());
    }
  }

  /** True when the token starts with a letter or digit. */
  public boolean isWord() {
    if (norm.isEmpty()) {
      return false;
    }
    // Asked of most tokens, most of them ASCII: the ranges answer without Character's tables.
    char c = norm.charAt(0);
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(norm.codePointAt(0));
  }

  /** True when every letter of the raw token is upper case and it has at least one. */
  public boolean isAllCaps() {
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      any |= Character.isUpperCase(c);
    }
    return any;
  }

  /** True when the raw token starts with an upper-case letter. */
  public boolean isCapitalized() {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    if (c < 128) {
      return c >= 'A' && c <= 'Z';
    }
    return Character.isUpperCase(text.codePointAt(0));
  }
}
