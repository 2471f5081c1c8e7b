package org.sijil.resolve.geo;

import java.util.Objects;
import org.sijil.model.geo.Place;

/**
 * One reading of a place name, with its score and why.
 *
 * @param place the gazetteer place
 * @param score in [0, 1]; higher is more likely; comparable within one ranking only
 * @param reason how the name matched and which hints agreed, e.g. {@code "exact; country; admin1"}
 */
public record PlaceCandidate(Place place, double score, String reason) {
  public PlaceCandidate {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(reason, "reason");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("expected a score in [0, 1], found " + score);
    }
  }
}
