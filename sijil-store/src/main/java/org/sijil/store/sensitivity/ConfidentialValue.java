package org.sijil.store.sensitivity;

import java.time.Instant;
import java.util.Objects;

/**
 * A value marked confidential. Immutable. {@link #toString()} shows the id, never the value, so
 * that it cannot reach a log by accident.
 *
 * @param id its number, by which audit entries refer to it
 * @param value the text to redact (matched ignoring case); not blank
 * @param kind why it is confidential
 * @param markedBy who marked it
 * @param at when
 */
public record ConfidentialValue(
    long id, String value, ConfidentialKind kind, String markedBy, Instant at) {
  public ConfidentialValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(markedBy, "markedBy");
    Objects.requireNonNull(at, "at");
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "expected a value to mark confidential, found a blank one");
    }
  }

  @Override
  public String toString() {
    return "ConfidentialValue[#" + id + ", " + kind.id() + "]";
  }
}
