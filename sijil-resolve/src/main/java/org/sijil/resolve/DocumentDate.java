package org.sijil.resolve;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date relative expressions of a report were resolved against, and where it came from, so that
 * users see when it was guessed. Immutable.
 *
 * @param date the date, or null when unknown
 * @param basis where it came from
 * @param confidence 1 for a published date, the inferer's confidence for an inferred one, 0 when
 *     unknown
 * @param explanation how it was found, for people
 */
public record DocumentDate(LocalDate date, Basis basis, double confidence, String explanation) {

  /** Where a document date came from. */
  public enum Basis {
    /** The publication date stored with the document. */
    PUBLISHED,
    /** Inferred from the text (a weekday and date pair, years mentioned). */
    INFERRED,
    /** Not known: relative expressions stay unresolved. */
    UNKNOWN
  }

  public DocumentDate {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(explanation, "explanation");
    if ((date == null) != (basis == Basis.UNKNOWN)) {
      throw new IllegalArgumentException(
          "expected a date exactly when the basis is not UNKNOWN, found " + date + " " + basis);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("expected confidence in [0,1], found " + confidence);
    }
  }

  static DocumentDate published(LocalDate date) {
    return new DocumentDate(date, Basis.PUBLISHED, 1.0, "publication date");
  }

  static DocumentDate unknown() {
    return new DocumentDate(
        null, Basis.UNKNOWN, 0.0, "publication date unknown and none could be inferred");
  }
}
