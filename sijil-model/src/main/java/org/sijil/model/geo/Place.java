package org.sijil.model.geo;

import java.util.Objects;

/**
 * A named point on the earth from the gazetteer: a town, an administrative area, a country or a
 * site. Immutable and thread-safe.
 *
 * @param id gazetteer id: the GeoNames id where the place has one, otherwise a stable negative id
 *     assigned by the gazetteer build
 * @param name the display name (Latin script)
 * @param lat latitude in decimal degrees, in [-90, 90]
 * @param lon longitude in decimal degrees, in [-180, 180]
 * @param countryCode ISO 3166-1 alpha-2 code, upper case, or empty when unknown
 * @param admin1 the first-level administrative area's name (governorate, province, state), or empty
 *     when unknown
 * @param featureClass GeoNames feature class: {@code P} populated place, {@code A} administrative
 *     area or country, {@code S} site, {@code L} area, {@code T} terrain, {@code H} water
 * @param featureCode GeoNames feature code, e.g. {@code PPL}, {@code PPLA}, {@code ADM1}, {@code
 *     PCLI}; may be empty
 * @param population inhabitants, {@code 0} when unknown
 * @param admin2 the second-level administrative area's name (district, county), or empty when
 *     unknown; the gazetteer knows it for Syria, Iraq, Turkey, Lebanon and Jordan
 */
public record Place(
    long id,
    String name,
    double lat,
    double lon,
    String countryCode,
    String admin1,
    String featureClass,
    String featureCode,
    long population,
    String admin2) {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(featureClass, "featureClass");
    Objects.requireNonNull(featureCode, "featureCode");
    Objects.requireNonNull(admin2, "admin2");
    if (name.isBlank()) {
      throw new IllegalArgumentException("expected a non-blank place name, found '" + name + "'");
    }
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException(
          "expected latitude in [-90, 90] for " + name + ", found " + lat);
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException(
          "expected longitude in [-180, 180] for " + name + ", found " + lon);
    }
    if (population < 0) {
      throw new IllegalArgumentException(
          "expected population >= 0 for " + name + ", found " + population);
    }
  }

  /** A place whose district is unknown. */
  public Place(
      long id,
      String name,
      double lat,
      double lon,
      String countryCode,
      String admin1,
      String featureClass,
      String featureCode,
      long population) {
    this(id, name, lat, lon, countryCode, admin1, featureClass, featureCode, population, "");
  }

  /** True for countries and first-level administrative areas (ACLED precision 3 places). */
  public boolean isRegion() {
    return featureCode.startsWith("PCL") || featureCode.equals("ADM1");
  }

  /** Great-circle distance to {@code other} in kilometres. */
  public double distanceKm(Place other) {
    return distanceKm(lat, lon, other.lat, other.lon);
  }

  /** Great-circle (haversine) distance between two points in kilometres. */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
