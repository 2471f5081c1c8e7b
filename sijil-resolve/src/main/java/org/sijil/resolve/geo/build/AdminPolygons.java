package org.sijil.resolve.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * First-level area polygons (GeoJSON with a {@code gn_a1_code} property, as in Natural Earth) for
 * point-in-polygon admin-1 lookup, so that places from every source agree on their governorate.
 * Immutable.
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
      areas.add(new Area(code, rings));
    }
    return new AdminPolygons(areas);
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

  /** The admin-1 code of the area containing the point, or {@code null}. */
  String admin1Code(double lat, double lon) {
    for (Area a : areas) {
      if (a.contains(lon, lat)) {
        return a.code;
      }
    }
    return null;
  }

  private static final class Area {
    final String code;
    final List<double[][]> rings;
    final double minX;
    final double maxX;
    final double minY;
    final double maxY;

    Area(String code, List<double[][]> rings) {
      this.code = code;
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
