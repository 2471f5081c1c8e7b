package org.sijil.resolve.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sijil.model.TabSeparatedLines;

/**
 * The representative points of the focus countries' first-level areas and of their eight
 * directional parts, read from the resource {@code admin1-parts.tsv} that {@code
 * scripts/build-gazetteer.sh} generates (docs/gazetteer.md defines a part). Keyed by country code
 * and the area's GeoNames name, as the gazetteer's admin-1 table names it.
 *
 * <p>Immutable and thread-safe; {@link #bundled()} loads the resource once per JVM, on first use (a
 * report naming no directional part never loads it).
 */
final class DirectionalParts {
  static final String RESOURCE = "/org/sijil/resolve/geo/admin1-parts.tsv";

  /** A direction word's part, in the order of the resource's columns. */
  enum Part {
    /** The whole area; "central" names its centroid (around the capital: the capital). */
    ALL("central", "centre"),
    N("northern", "north"),
    NE("north-eastern", "north-east"),
    E("eastern", "east"),
    SE("south-eastern", "south-east"),
    S("southern", "south"),
    SW("south-western", "south-west"),
    W("western", "west"),
    NW("north-western", "north-west");

    final String adjective;
    final String noun;

    Part(String adjective, String noun) {
      this.adjective = adjective;
      this.noun = noun;
    }

    /**
     * The part a direction word names ("eastern", "North-East", "southwest"; "central" the whole
     * area, read at its centroid), or null.
     */
    static Part ofWord(String word) {
      String w = word.toLowerCase(java.util.Locale.ROOT).replace("-", "").replaceFirst("ern$", "");
      return switch (w) {
        case "north" -> N;
        case "northeast" -> NE;
        case "east" -> E;
        case "southeast" -> SE;
        case "south" -> S;
        case "southwest" -> SW;
        case "west" -> W;
        case "northwest" -> NW;
        case "central", "centre", "center" -> ALL;
        default -> null;
      };
    }
  }

  private final Map<String, double[][]> points;

  private DirectionalParts(Map<String, double[][]> points) {
    this.points = Map.copyOf(points);
  }

  static DirectionalParts bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final DirectionalParts INSTANCE = load();

    private static DirectionalParts load() {
      try (InputStream in = DirectionalParts.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("expected resource " + RESOURCE + ", found none");
        }
        return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /**
   * Parses the TSV: country, admin-1 code, admin-1 name, part, lat, lon; '#' lines are comments.
   */
  static DirectionalParts read(BufferedReader r) throws IOException {
    Map<String, double[][]> points = new HashMap<>();
    TabSeparatedLines.read(
        r,
        RESOURCE,
        List.of("country", "admin-1 code", "admin-1 name", "part", "lat", "lon"),
        line -> {
          // Parts around the centroid: ALL, N ... NW; around the capital: CAP, CAP_N ... CAP_NW.
          String code = line.field(3);
          boolean aroundCapital = code.startsWith("CAP");
          String name = code.equals("CAP") ? "ALL" : code.replaceFirst("^CAP_", "");
          Part part;
          try {
            part = Part.valueOf(name);
          } catch (IllegalArgumentException e) {
            throw line.error(
                "expected a part ALL, N, NE ... NW, CAP, CAP_N ... CAP_NW, found " + code);
          }
          double lat = Double.parseDouble(line.field(4));
          double lon = Double.parseDouble(line.field(5));
          int slot = (aroundCapital ? Part.values().length : 0) + part.ordinal();
          points
                  .computeIfAbsent(
                      key(line.field(0), line.field(2)),
                      k -> new double[2 * Part.values().length][])[slot] =
              new double[] {lat, lon};
        });
    for (Map.Entry<String, double[][]> e : points.entrySet()) {
      boolean capital = e.getValue()[Part.values().length] != null;
      for (Part p : Part.values()) {
        if (e.getValue()[p.ordinal()] == null
            || (capital && e.getValue()[Part.values().length + p.ordinal()] == null)) {
          throw new IllegalArgumentException(
              "expected part " + p + " of " + e.getKey() + " in " + RESOURCE + ", found none");
        }
      }
    }
    return new DirectionalParts(points);
  }

  private static String key(String countryCode, String admin1Name) {
    return countryCode + "\t" + admin1Name;
  }

  /**
   * {lat, lon} of the part of the area around its centroid, or null when the table has no such
   * area.
   */
  double[] point(String countryCode, String admin1Name, Part part) {
    return point(countryCode, admin1Name, part, false);
  }

  /**
   * {lat, lon} of the part of the area around its centroid or, with {@code aroundCapital}, around
   * its capital; null when the table has no such area or the area no capital.
   */
  double[] point(String countryCode, String admin1Name, Part part, boolean aroundCapital) {
    double[][] p = points.get(key(countryCode, admin1Name));
    int slot = (aroundCapital ? Part.values().length : 0) + part.ordinal();
    return p == null || p[slot] == null ? null : p[slot].clone();
  }

  /** How many areas the table holds. */
  int size() {
    return points.size();
  }
}
