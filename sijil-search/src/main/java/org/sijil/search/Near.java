package org.sijil.search;

/**
 * A circle: points within {@code km} kilometres (great-circle) of a centre. Immutable.
 *
 * @param lat the centre's latitude in degrees
 * @param lon the centre's longitude in degrees
 * @param km the radius in kilometres, {@code > 0}
 */
public record Near(double lat, double lon, double km) {

  /** Mean Earth radius in km, as Lucene's {@code SloppyMath.haversinMeters} uses. */
  static final double EARTH_RADIUS_KM = 6371.0087714;

  public Near {
    BoundingBox.checkLat("centre", lat);
    BoundingBox.checkLon("centre", lon);
    if (!(km > 0) || Double.isInfinite(km)) {
      throw new IllegalArgumentException("expected a radius in km > 0, found " + km);
    }
  }

  /** Great-circle (haversine) distance in km from the centre to a point. */
  public double distanceKm(double pLat, double pLon) {
    double dLat = Math.toRadians(pLat - lat);
    double dLon = Math.toRadians(pLon - lon);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat))
                * Math.cos(Math.toRadians(pLat))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
