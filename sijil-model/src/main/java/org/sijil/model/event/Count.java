package org.sijil.model.event;

import java.util.Objects;
import org.sijil.model.Span;

/**
 * How many people an event touched, as the text says it.
 *
 * @param min the lowest figure, {@code >= 0}
 * @param max the highest figure, {@code >= min} (equal to {@code min} for an exact figure)
 * @param recurring true when the figure repeats ("two to three every day")
 * @param approximate true for hedged or vague figures ("nearly 200", "dozens")
 * @param span the figure in the raw text
 */
public record Count(int min, int max, boolean recurring, boolean approximate, Span span) {
  public Count {
    Objects.requireNonNull(span, "span");
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("expected 0 <= min <= max, found " + min + ".." + max);
    }
  }

  /** True when the figure is one number. */
  public boolean isExact() {
    return min == max && !approximate;
  }
}
