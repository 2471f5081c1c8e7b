package org.sijil.resolve.geo.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectionalPartsBuilderTest {
  // One seat of a first-level area in the square's south-west quarter.
  private static final java.util.function.IntFunction<org.sijil.model.geo.Place> CAPITAL =
      i ->
          new org.sijil.model.geo.Place(
              1, "Testtown", 34.2, 38.2, "SY", "Testland", "P", "PPLA", 5000, "");

  private static Path geojson(Path dir, String code, String ring) throws Exception {
    Path p = dir.resolve("a.geojson");
    Files.writeString(
        p,
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"gn_a1_code\":\""
            + code
            + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[["
            + ring
            + "]]}}]}");
    return p;
  }

  @Test
  void aSquaresPartsLieInTheirDirectionsAroundItsCentre(@TempDir Path dir) throws Exception {
    Path in = geojson(dir, "SY.99", "[38,34],[39,34],[39,35],[38,35],[38,34]");
    double[][] p = DirectionalPartsBuilder.parts(AdminPolygons.read(in).areas().get(0));
    assertThat(p[0][0]).isCloseTo(34.5, org.assertj.core.data.Offset.offset(0.01));
    assertThat(p[0][1]).isCloseTo(38.5, org.assertj.core.data.Offset.offset(0.01));
    // N, NE, E, SE, S, SW, W, NW
    assertThat(p[1][0]).isGreaterThan(34.7);
    assertThat(p[3][1]).isGreaterThan(38.7);
    assertThat(p[5][0]).isLessThan(34.3);
    assertThat(p[7][1]).isLessThan(38.3);
    assertThat(p[2][0]).isGreaterThan(34.6);
    assertThat(p[2][1]).isGreaterThan(38.6);
  }

  @Test
  void partsAroundTheCapitalLieInTheirDirectionsFromIt(@TempDir Path dir) throws Exception {
    Path in = geojson(dir, "SY.99", "[38,34],[39,34],[39,35],[38,35],[38,34]");
    double[][] p =
        DirectionalPartsBuilder.parts(
            AdminPolygons.read(in).areas().get(0), new double[] {38.2, 34.2});
    // CAP, then CAP_N ... CAP_NW: the capital lies in the south-west, so its east reaches far.
    assertThat(p[9]).containsExactly(34.2, 38.2);
    assertThat(p[12][1]).isGreaterThan(38.5);
    assertThat(p[10][0]).isGreaterThan(34.5);
    assertThat(p[3][1]).isGreaterThan(p[12][1] - 0.2);
  }

  @Test
  void aCrescentsPointsStayInsideIt(@TempDir Path dir) throws Exception {
    // An L: the centroid lies in the missing corner, outside the polygon.
    Path in = geojson(dir, "SY.99", "[0,0],[4,0],[4,1],[1,1],[1,4],[0,4],[0,0]");
    AdminPolygons.Area a = AdminPolygons.read(in).areas().get(0);
    double[][] p = DirectionalPartsBuilder.parts(a);
    assertThat(java.util.Arrays.asList(java.util.Arrays.copyOf(p, 9))).doesNotContainNull();
    for (double[] latLon : java.util.Arrays.copyOf(p, 9)) {
      assertThat(a.contains(latLon[1], latLon[0])).as("%s,%s", latLon[0], latLon[1]).isTrue();
    }
  }

  @Test
  void theTableNamesEveryAreaAndIsTheSameTwice(@TempDir Path dir) throws Exception {
    Path in = geojson(dir, "SY.99", "[38,34],[39,34],[39,35],[38,35],[38,34]");
    Path one = dir.resolve("one.tsv");
    Path two = dir.resolve("two.tsv");
    DirectionalPartsBuilder.write(
        one, AdminPolygons.read(in), Map.of("SY.99", "Testland"), CAPITAL, 1);
    DirectionalPartsBuilder.write(
        two, AdminPolygons.read(in), Map.of("SY.99", "Testland"), CAPITAL, 1);
    assertThat(Files.readAllBytes(one)).isEqualTo(Files.readAllBytes(two));
    List<String> rows = Files.readAllLines(one).stream().filter(l -> !l.startsWith("#")).toList();
    assertThat(rows).hasSize(18).allMatch(l -> l.startsWith("SY\tSY.99\tTestland\t"));
    assertThat(rows).anyMatch(l -> l.startsWith("SY\tSY.99\tTestland\tCAP\t34.2000\t38.2000"));
  }

  @Test
  void anAreaWithoutANameIsRefusedNamingIt(@TempDir Path dir) throws Exception {
    Path in = geojson(dir, "SY.99", "[38,34],[39,34],[39,35],[38,35],[38,34]");
    assertThatThrownBy(
            () ->
                DirectionalPartsBuilder.write(
                    dir.resolve("x.tsv"), AdminPolygons.read(in), Map.of(), CAPITAL, 1))
        .hasMessageContaining("SY.99");
  }
}
