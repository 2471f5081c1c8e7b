package org.sijil.resolve.geo;

import java.util.Objects;
import org.sijil.model.geo.Place;

/**
 * One reading of a place name, with its score and why.
 *
 * @param place the gazetteer place
 * @param score in [0, 1]; higher is more likely; comparable within one ranking only
 * @param reason how the name matched and which hints agreed, e.g. {@code "exact; country; admin1"}
 * @param precision ACLED geo-precision of this reading: 1 the place itself, 2 a place near or
 *     within which the named one lies ("the X airbase" read as the town X), 3 a region or country
 */
public record PlaceCandidate(Place place, double score, String reason, int precision) {
  public PlaceCandidate {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(reason, "reason");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("expected a score in [0, 1], found " + score);
    }
    if (precision < 1 || precision > 3) {
      throw new IllegalArgumentException("expected a precision of 1, 2 or 3, found " + precision);
    }
  }

  /** A reading of the place itself: precision 3 for a region or country, else 1. */
  public PlaceCandidate(Place place, double score, String reason) {
    this(place, score, reason, place.isRegion() ? 3 : 1);
  }
}
