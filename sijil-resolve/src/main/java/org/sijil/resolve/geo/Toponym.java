package org.sijil.resolve.geo;

import java.util.List;
import java.util.Objects;
import org.sijil.model.Span;
import org.sijil.model.geo.Place;

/**
 * A place name found in a text, with its resolution.
 *
 * @param span where the name lies; {@code text.substring(span.start(), span.end())} equals {@link
 *     #text}
 * @param text the name as written
 * @param place the chosen place, or {@code null} when unresolved
 * @param precision ACLED geo-precision: 1 the town or village itself, 2 near it or part of a region
 *     (a neighbourhood, "the countryside of X", a site named after X), 3 a province, region or
 *     country
 * @param score the chosen candidate's score in [0, 1], 0 when unresolved
 * @param candidates the ranked readings, best first (may be empty)
 * @param kind a place's name, or a demonym standing for a country or continent ("Russian jets")
 */
public record Toponym(
    Span span,
    String text,
    Place place,
    int precision,
    double score,
    List<PlaceCandidate> candidates,
    Kind kind) {

  /** How the text names the place. */
  public enum Kind {
    /** The place's own name ("Raqqa", "the city of Tabqa"). */
    NAME,
    /**
     * A demonym ("Syrian", "Europeans"): an associative mention of a country or continent, never an
     * event's location.
     */
    DEMONYM
  }

  public Toponym {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "expected text of the span's length " + span.length() + ", found '" + text + "'");
    }
    if (precision < 1 || precision > 3) {
      throw new IllegalArgumentException("expected precision 1-3, found " + precision);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("expected a score in [0, 1], found " + score);
    }
    candidates = List.copyOf(candidates);
  }
}
