package org.sijil.model.event;

import java.util.Objects;
import org.sijil.model.Span;

/**
 * The thing an event hit or damaged ("the hospital", "a bus", "the power station"), beside the
 * people it harmed ({@link Event#victim()}). Immutable.
 *
 * @param name the target's phrase as written, without a leading determiner (e.g. {@code "power
 *     station"})
 * @param kind what kind of thing it is
 * @param span where the phrase is in the raw text, or null when it was not read from a mention
 */
public record TargetRef(String name, TargetKind kind, Span span) {
  public TargetRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (name.isBlank()) {
      throw new IllegalArgumentException("expected a target name, found a blank string");
    }
  }
}
