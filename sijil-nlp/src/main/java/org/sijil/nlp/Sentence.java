package org.sijil.nlp;

import java.util.Objects;
import org.sijil.model.Span;

/**
 * A sentence, or a headline or other line that stands alone.
 *
 * @param span from its first token's start to its last token's end, in the raw text
 * @param text the raw text it covers
 * @param firstToken index of its first token in the {@link Layers#TOKENS} layer
 * @param endToken index after its last token
 */
public record Sentence(Span span, String text, int firstToken, int endToken) implements Annotation {
  public Sentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException(
          "expected 0 <= firstToken < endToken, found " + firstToken + ", " + endToken);
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "expected text of the span's length " + span.length() + ", found " + text.length());
    }
  }
}
