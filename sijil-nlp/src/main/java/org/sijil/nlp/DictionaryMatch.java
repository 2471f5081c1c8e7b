package org.sijil.nlp;

import java.util.List;
import java.util.Objects;
import org.sijil.model.Span;

/**
 * A dictionary phrase found in a text.
 *
 * @param span raw span from the first matched token's start to the last one's end
 * @param text the raw text covered
 * @param firstToken index of the first matched token
 * @param endToken index after the last matched token
 * @param values the values stored under the phrase, in insertion order, never empty
 * @param <V> the value type
 */
public record DictionaryMatch<V>(
    Span span, String text, int firstToken, int endToken, List<V> values) implements Annotation {
  public DictionaryMatch {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("expected at least one value, found none");
    }
    if (endToken <= firstToken) {
      throw new IllegalArgumentException(
          "expected firstToken < endToken, found " + firstToken + ", " + endToken);
    }
  }

  /** The first value stored under the phrase. */
  public V value() {
    return values.get(0);
  }
}
