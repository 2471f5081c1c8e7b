package org.sijil.nlp.time;

import java.time.LocalDate;
import java.util.Objects;
import org.sijil.model.time.DatePrecision;
import org.sijil.model.time.TimexType;

/**
 * The normalised meaning of one expression, before it is tied to a span.
 *
 * @param start first day covered, null when unknown or not a calendar value
 * @param end last day covered (inclusive), null exactly when {@code start} is
 */
record Normalised(
    TimexType type, String value, LocalDate start, LocalDate end, DatePrecision precision) {
  Normalised {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
    if ((start == null) != (end == null)) {
      throw new IllegalArgumentException("expected start and end both set or both null");
    }
  }

  /** A calendar period of {@code grain} starting at {@code start}, with a time-of-day suffix. */
  static Normalised period(Grain grain, LocalDate start, String timeSuffix) {
    return new Normalised(
        timeSuffix.isEmpty() ? TimexType.DATE : TimexType.TIME,
        grain.value(start) + timeSuffix,
        start,
        grain.endOf(start),
        grain.precision());
  }

  /** A calendar value that cannot be placed: X's where the document date would be needed. */
  static Normalised unplaced(String value, String timeSuffix, DatePrecision precision) {
    return new Normalised(
        timeSuffix.isEmpty() ? TimexType.DATE : TimexType.TIME,
        value + timeSuffix,
        null,
        null,
        precision);
  }
}
