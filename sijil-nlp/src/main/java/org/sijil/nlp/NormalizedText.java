package org.sijil.nlp;

import java.util.Objects;
import org.sijil.model.OffsetMap;
import org.sijil.model.Span;

/**
 * A normalised text and the map from its offsets back to the raw text it came from.
 *
 * @param text the normalised text
 * @param toRaw maps offsets in {@code text} to offsets in the raw text
 */
public record NormalizedText(String text, OffsetMap toRaw) {
  public NormalizedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(toRaw, "toRaw");
  }

  /** The raw span that a span of the normalised text came from. */
  public Span rawSpan(Span normalized) {
    return toRaw.toSource(normalized);
  }
}
