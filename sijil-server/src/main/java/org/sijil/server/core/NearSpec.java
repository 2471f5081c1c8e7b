package org.sijil.server.core;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sijil.model.geo.Place;
import org.sijil.resolve.geo.Gazetteer;
import org.sijil.resolve.geo.LocateHints;
import org.sijil.resolve.geo.PlaceCandidate;
import org.sijil.resolve.geo.PlaceResolver;
import org.sijil.search.Near;

/**
 * Reads "within N km of a place" as users write it, on the command line and in the API: {@code
 * PLACE[:KM]} (a name looked up in the bundled gazetteer, its best candidate taken), {@code
 * LAT,LON[:KM]} or {@code LAT,LON,KM}. The radius defaults to 25 km. Stateless and thread-safe.
 */
public final class NearSpec {
  /** The radius when none is given. */
  public static final double DEFAULT_KM = 25;

  private static final Pattern NUMBER = Pattern.compile("\\s*-?\\d+(\\.\\d+)?\\s*");

  private NearSpec() {}

  /**
   * The circle the text names.
   *
   * @throws IllegalArgumentException saying what was expected, when the text is not such a circle
   *     or names no place in the gazetteer
   */
  public static Near parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("expected PLACE[:KM] or LAT,LON[:KM], found nothing");
    }
    String where = spec;
    double km = DEFAULT_KM;
    String[] commas = spec.split(",", -1);
    if (commas.length == 3 && NUMBER.matcher(commas[0]).matches()) {
      where = commas[0] + "," + commas[1];
      km = number(commas[2], spec);
    } else {
      int colon = spec.lastIndexOf(':');
      if (colon >= 0) {
        where = spec.substring(0, colon);
        km = number(spec.substring(colon + 1), spec);
      }
    }
    String[] p = where.split(",", -1);
    if (p.length == 2 && NUMBER.matcher(p[0]).matches() && NUMBER.matcher(p[1]).matches()) {
      return new Near(Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()), km);
    }
    List<PlaceCandidate> found =
        new PlaceResolver(Gazetteer.bundled()).locate(where.strip(), LocateHints.NONE);
    if (found.isEmpty()) {
      throw new IllegalArgumentException(
          "expected a place in the gazetteer or LAT,LON, found \"" + where.strip() + "\"");
    }
    Place place = found.get(0).place();
    return new Near(place.lat(), place.lon(), km);
  }

  private static double number(String km, String spec) {
    try {
      double v = Double.parseDouble(km.strip());
      if (!(v > 0) || Double.isInfinite(v)) {
        throw new NumberFormatException("not a positive radius");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "expected PLACE[:KM] or LAT,LON[:KM] with KM a number > 0, found \"%s\"",
              spec),
          e);
    }
  }
}
