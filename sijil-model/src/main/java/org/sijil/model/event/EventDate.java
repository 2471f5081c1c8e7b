package org.sijil.model.event;

import java.time.LocalDate;
import java.util.Objects;
import org.sijil.model.Span;
import org.sijil.model.time.DatePrecision;

/**
 * When an event happened, as a range of days.
 *
 * @param start first day, inclusive
 * @param end last day, inclusive, {@code >= start}
 * @param precision how precise the range is
 * @param span the time expression it came from, or null when taken from the document date
 */
public record EventDate(LocalDate start, LocalDate end, DatePrecision precision, Span span) {
  public EventDate {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(precision, "precision");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("expected end >= start " + start + ", found " + end);
    }
  }
}
