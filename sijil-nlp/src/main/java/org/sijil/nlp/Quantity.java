package org.sijil.nlp;

import java.util.Objects;
import org.sijil.model.Span;

/**
 * A count in the text: "25", "two to three", "nearly 200", "dozens", "a number of".
 *
 * @param span the number phrase with its modifiers, in the raw text
 * @param text the raw text covered
 * @param min the smallest value meant, {@code >= 0}
 * @param max the largest value meant, {@code >= min}
 * @param approximate true for hedged or vague counts ("nearly", "at least", "dozens")
 * @param recurring true when the count repeats ("every day", "daily")
 * @param firstToken index of the first token of the phrase
 * @param endToken index after its last token
 */
public record Quantity(
    Span span,
    String text,
    int min,
    int max,
    boolean approximate,
    boolean recurring,
    int firstToken,
    int endToken)
    implements Annotation {
  public Quantity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("expected 0 <= min <= max, found " + min + ".." + max);
    }
    if (endToken <= firstToken) {
      throw new IllegalArgumentException(
          "expected firstToken < endToken, found " + firstToken + ", " + endToken);
    }
  }
}
