package org.sijil.model.event;

import java.util.Objects;
import org.sijil.model.Span;

/**
 * Where an event happened. The extractor fills {@code name} and {@code span} from the text ("in X",
 * "the city of X", "X countryside", "near X"); a geoparser fills the rest with {@link
 * #withCoordinates}.
 *
 * @param name the place name as written
 * @param span where the name is in the raw text, or null when inferred
 * @param lat latitude in degrees, or null until resolved
 * @param lon longitude in degrees, or null with {@code lat}
 * @param country ISO 3166-1 alpha-2 code, or null
 * @param admin1 first-level administrative division, or null
 * @param precision ACLED geo-precision 1 (exact) to 3 (region), or null
 * @param admin2 second-level administrative division (district), or null
 */
public record PlaceRef(
    String name,
    Span span,
    Double lat,
    Double lon,
    String country,
    String admin1,
    Integer precision,
    String admin2) {
  public PlaceRef {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("expected a place name, found a blank string");
    }
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("expected lat and lon both set or both null");
    }
    if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
      throw new IllegalArgumentException(
          "expected lat in [-90,90] and lon in [-180,180], found " + lat + "," + lon);
    }
    if (precision != null && (precision < 1 || precision > 3)) {
      throw new IllegalArgumentException("expected precision 1..3, found " + precision);
    }
  }

  /** A place whose district is not known. */
  public PlaceRef(
      String name,
      Span span,
      Double lat,
      Double lon,
      String country,
      String admin1,
      Integer precision) {
    this(name, span, lat, lon, country, admin1, precision, null);
  }

  /** A place named in the text and not yet resolved. */
  public static PlaceRef named(String name, Span span) {
    return new PlaceRef(name, span, null, null, null, null, null);
  }

  /** True when coordinates are set. */
  public boolean isResolved() {
    return lat != null;
  }

  /** This place with the geoparser's answer. */
  public PlaceRef withCoordinates(
      double lat, double lon, String country, String admin1, Integer precision) {
    return new PlaceRef(name, span, lat, lon, country, admin1, precision, null);
  }

  /** This place with the geoparser's answer, district included. */
  public PlaceRef withCoordinates(
      double lat, double lon, String country, String admin1, String admin2, Integer precision) {
    return new PlaceRef(name, span, lat, lon, country, admin1, precision, admin2);
  }
}
