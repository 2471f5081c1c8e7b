package org.sijil.resolve.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Administrative area polygons for point-in-polygon lookup, so that places from every source agree
 * on their governorate and district: first-level areas (GeoJSON with a {@code gn_a1_code} property,
 * as in Natural Earth) or districts (Who's On First {@code county} features). Immutable.
 */
final class AdminPolygons {
  static final AdminPolygons EMPTY = new AdminPolygons(List.of());

  private final List<Area> areas;

  private AdminPolygons(List<Area> areas) {
    this.areas = List.copyOf(areas);
  }

  static AdminPolygons read(Path geojson) throws IOException {
    JsonNode root = new ObjectMapper().readTree(geojson.toFile());
    List<Area> areas = new ArrayList<>();
    for (JsonNode f : root.path("features")) {
      String code = f.path("properties").path("gn_a1_code").asText("");
      if (!code.matches("[A-Z]{2}\\..+")) {
        continue; // e.g. the UN buffer zone on the Golan, which has no admin-1 code
      }
      JsonNode g = f.path("geometry");
      List<double[][]> rings = new ArrayList<>();
      switch (g.path("type").asText()) {
        case "Polygon" -> addPolygon(g.path("coordinates"), rings);
        case "MultiPolygon" -> {
          for (JsonNode poly : g.path("coordinates")) {
            addPolygon(poly, rings);
          }
        }
        default -> {
          continue;
        }
      }
      areas.add(new Area(code, "", List.of(), rings));
    }
    return new AdminPolygons(areas);
  }

  /**
   * Districts: the {@code county} features of a Who's On First GeoJSON file, coded {@code
   * CC.w<wof:id>}, with their {@code wof:name} and {@code name:*} values as names.
   */
  static AdminPolygons readDistricts(Path geojson) throws IOException {
    JsonNode root = new ObjectMapper().readTree(geojson.toFile());
    List<Area> areas = new ArrayList<>();
    for (JsonNode f : root.path("features")) {
      JsonNode p = f.path("properties");
      String cc = p.path("iso:country").asText("");
      if (!p.path("wof:placetype").asText("").equals("county") || !cc.matches("[A-Z]{2}")) {
        continue;
      }
      List<String> names = new ArrayList<>();
      names.add(p.path("wof:name").asText());
      p.fields()
          .forEachRemaining(
              e -> {
                if (e.getKey().startsWith("name:")) {
                  e.getValue().forEach(v -> names.add(v.asText()));
                }
              });
      List<double[][]> rings = rings(f.path("geometry"));
      if (!rings.isEmpty()) {
        areas.add(new Area(cc + ".w" + p.path("wof:id").asLong(), names.get(0), names, rings));
      }
    }
    return new AdminPolygons(areas);
  }

  private static List<double[][]> rings(JsonNode g) {
    List<double[][]> rings = new ArrayList<>();
    switch (g.path("type").asText()) {
      case "Polygon" -> addPolygon(g.path("coordinates"), rings);
      case "MultiPolygon" -> {
        for (JsonNode poly : g.path("coordinates")) {
          addPolygon(poly, rings);
        }
      }
      default -> {}
    }
    return rings;
  }

  /** Every area: code, display name and names. */
  List<Area> areas() {
    return areas;
  }

  private static void addPolygon(JsonNode poly, List<double[][]> rings) {
    for (JsonNode ring : poly) {
      double[][] pts = new double[ring.size()][2];
      for (int i = 0; i < ring.size(); i++) {
        pts[i][0] = ring.get(i).get(0).asDouble();
        pts[i][1] = ring.get(i).get(1).asDouble();
      }
      rings.add(pts);
    }
  }

  /** The code of the area containing the point, or {@code null}. */
  String code(double lat, double lon) {
    return admin1Code(lat, lon);
  }

  /**
   * The code of an area of country {@code cc} (codes begin {@code "CC."}) containing the point, or
   * {@code null}: borders drawn at different scales overlap, and a place keeps its own country.
   */
  String code(String cc, double lat, double lon) {
    String prefix = cc + ".";
    for (Area a : areas) {
      if (a.code.startsWith(prefix) && a.contains(lon, lat)) {
        return a.code;
      }
    }
    return null;
  }

  /** The admin-1 code of the area containing the point, or {@code null}. */
  String admin1Code(double lat, double lon) {
    for (Area a : areas) {
      if (a.contains(lon, lat)) {
        return a.code;
      }
    }
    return null;
  }

  static final class Area {
    final String code;
    final String name;
    final List<String> names;
    final List<double[][]> rings;
    final double minX;
    final double maxX;
    final double minY;
    final double maxY;

    Area(String code, String name, List<String> names, List<double[][]> rings) {
      this.code = code;
      this.name = name;
      this.names = List.copyOf(names);
      this.rings = rings;
      double x0 = Double.MAX_VALUE;
      double x1 = -Double.MAX_VALUE;
      double y0 = Double.MAX_VALUE;
      double y1 = -Double.MAX_VALUE;
      for (double[][] r : rings) {
        for (double[] p : r) {
          x0 = Math.min(x0, p[0]);
          x1 = Math.max(x1, p[0]);
          y0 = Math.min(y0, p[1]);
          y1 = Math.max(y1, p[1]);
        }
      }
      minX = x0;
      maxX = x1;
      minY = y0;
      maxY = y1;
    }

    /** Even-odd rule over all rings, so holes count as outside. */
    boolean contains(double x, double y) {
      if (x < minX || x > maxX || y < minY || y > maxY) {
        return false;
      }
      boolean inside = false;
      for (double[][] r : rings) {
        for (int i = 0, j = r.length - 1; i < r.length; j = i++) {
          if ((r[i][1] > y) != (r[j][1] > y)
              && x < (r[j][0] - r[i][0]) * (y - r[i][1]) / (r[j][1] - r[i][1]) + r[i][0]) {
            inside = !inside;
          }
        }
      }
      return inside;
    }
  }
}
