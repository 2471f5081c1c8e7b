package org.sijil.search;

/**
 * A latitude/longitude rectangle, in degrees. When {@code west > east} the box crosses the
 * antimeridian (dateline). Immutable.
 */
public record BoundingBox(double south, double west, double north, double east) {

  public BoundingBox {
    checkLat("south", south);
    checkLat("north", north);
    checkLon("west", west);
    checkLon("east", east);
    if (south > north) {
      throw new IllegalArgumentException(
          "expected south <= north in a bounding box, found south=" + south + " north=" + north);
    }
  }

  /**
   * Parses {@code S,W,N,E}, e.g. {@code 35.5,38.5,36.5,40}.
   *
   * @throws IllegalArgumentException naming the text when it is not four numbers in range
   */
  public static BoundingBox parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "expected a bounding box S,W,N,E such as 35.5,38.5,36.5,40, found \"" + text + "\"");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "expected a bounding box S,W,N,E such as 35.5,38.5,36.5,40, found \"" + text + "\"", e);
      }
    }
    return new BoundingBox(v[0], v[1], v[2], v[3]);
  }

  /** True when the point lies inside the box (edges included), dateline-aware. */
  public boolean contains(double lat, double lon) {
    if (lat < south || lat > north) {
      return false;
    }
    return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
  }

  static void checkLat(String name, double v) {
    if (!(v >= -90 && v <= 90)) {
      throw new IllegalArgumentException("expected " + name + " latitude in [-90, 90], found " + v);
    }
  }

  static void checkLon(String name, double v) {
    if (!(v >= -180 && v <= 180)) {
      throw new IllegalArgumentException(
          "expected " + name + " longitude in [-180, 180], found " + v);
    }
  }
}
