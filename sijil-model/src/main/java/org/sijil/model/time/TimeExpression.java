package org.sijil.model.time;

import java.time.LocalDate;
import java.util.Objects;
import org.sijil.model.Provenance;
import org.sijil.model.Span;

/**
 * A temporal expression found in a text and normalised against the document date. Immutable.
 *
 * @param span where it is, in the raw text
 * @param text the covered text, equal to {@code span.of(rawText)}
 * @param type the TIMEX3 type
 * @param value the TimeML normalised value ({@code 2017-06-18}, {@code 2017-W25}, {@code P3D},
 *     {@code PAST_REF}, {@code XXXX-06-18} when the year is unknown)
 * @param start first day covered, or null when not a calendar date or not resolvable
 * @param end last day covered (inclusive), or null with {@code start}
 * @param precision how precise {@code start..end} is
 * @param provenance the stage that made it
 */
public record TimeExpression(
    Span span,
    String text,
    TimexType type,
    String value,
    LocalDate start,
    LocalDate end,
    DatePrecision precision,
    Provenance provenance) {
  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(provenance, "provenance");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "expected text of the span's length " + span.length() + ", found " + text.length());
    }
    if ((start == null) != (end == null)) {
      throw new IllegalArgumentException("expected start and end both set or both null");
    }
    if (start != null && end.isBefore(start)) {
      throw new IllegalArgumentException("expected end >= start " + start + ", found " + end);
    }
  }
}
