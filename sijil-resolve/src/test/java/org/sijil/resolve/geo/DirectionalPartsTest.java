package org.sijil.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.sijil.resolve.geo.DirectionalParts.Part;

class DirectionalPartsTest {
  private static final DirectionalParts PARTS = DirectionalParts.bundled();

  @Test
  void everyFirstLevelAreaOfTheFocusCountriesHasItsParts() {
    Gazetteer g = Gazetteer.bundled();
    int found = 0;
    java.util.List<String> missing = new java.util.ArrayList<>();
    for (int a = 0; a < g.admin1Count(); a++) {
      String cc = g.admin1Country(a);
      if (cc.equals("SY")
          || cc.equals("IQ")
          || cc.equals("TR")
          || cc.equals("LB")
          || cc.equals("JO")) {
        if (PARTS.point(cc, g.admin1Name(a), Part.E) != null) {
          found++;
        } else {
          missing.add(cc + " " + g.admin1Name(a));
        }
      }
    }
    // Syria 14, Iraq 18, Turkey 81, Lebanon 6, Jordan 12 polygons. GeoNames has two Lebanese
    // governorates (Akkar, Baalbek-Hermel) that Natural Earth's 1:10m lines do not draw; Who's On
    // First has a region record "Western al-Samadania" that is no governorate.
    assertThat(PARTS.size()).isEqualTo(14 + 18 + 81 + 6 + 12);
    assertThat(found).isGreaterThanOrEqualTo(PARTS.size());
    assertThat(missing)
        .allMatch(m -> m.startsWith("LB ") || m.equals("SY Western al-Samadania"))
        .hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void eachPartLiesInItsDirectionFromTheWholeAreasPoint() {
    Gazetteer g = Gazetteer.bundled();
    for (int a = 0; a < g.admin1Count(); a++) {
      double[] all = PARTS.point(g.admin1Country(a), g.admin1Name(a), Part.ALL);
      if (all == null) {
        continue;
      }
      String what = g.admin1Name(a);
      assertThat(PARTS.point(g.admin1Country(a), what, Part.N)[0]).as(what).isGreaterThan(all[0]);
      assertThat(PARTS.point(g.admin1Country(a), what, Part.S)[0]).as(what).isLessThan(all[0]);
      assertThat(PARTS.point(g.admin1Country(a), what, Part.E)[1]).as(what).isGreaterThan(all[1]);
      assertThat(PARTS.point(g.admin1Country(a), what, Part.W)[1]).as(what).isLessThan(all[1]);
    }
  }

  @Test
  void eachPartsPointLiesInItsOwnGovernorate() {
    // Every point is the mean of its part's cells or a cell of the part: inside the polygon, so
    // the gazetteer's places nearest to it lie in the same first-level area.
    Gazetteer g = Gazetteer.bundled();
    for (String name : new String[] {"Homs", "Deir ez-Zor", "Al-Hasakah", "Al Anbar", "Nineveh"}) {
      int a = -1;
      for (int x : g.admin1Matching(name)) {
        if (PARTS.point(g.admin1Country(x), g.admin1Name(x), Part.ALL) != null) {
          a = x;
        }
      }
      assertThat(a).as(name).isNotNegative();
      for (Part p : Part.values()) {
        double[] at = PARTS.point(g.admin1Country(a), g.admin1Name(a), p);
        int nearest = -1;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < g.size(); i++) {
          if (!g.featureClass(i).equals("P") || !g.countryCode(i).equals(g.admin1Country(a))) {
            continue;
          }
          double d = org.sijil.model.geo.Place.distanceKm(at[0], at[1], g.lat(i), g.lon(i));
          if (d < best) {
            best = d;
            nearest = i;
          }
        }
        assertThat(g.admin1Index(nearest)).as("%s %s", name, p).isEqualTo(a);
      }
    }
  }

  @Test
  void aTableMissingAPartIsRefusedNamingIt() {
    String tsv = "SY\tSY.11\tHoms\tALL\t34.3\t38.3\nSY\tSY.11\tHoms\tE\t34.3\t39.2\n";
    assertThatThrownBy(() -> DirectionalParts.read(new BufferedReader(new StringReader(tsv))))
        .hasMessageContaining("expected part N of SY\tHoms");
  }

  @Test
  void aMalformedLineIsRefusedNamingTheLine() {
    String tsv = "# header\nSY\tSY.11\tHoms\tUP\t34.3\t38.3\n";
    assertThatThrownBy(() -> DirectionalParts.read(new BufferedReader(new StringReader(tsv))))
        .hasMessageContaining("line 2")
        .hasMessageContaining("found UP");
  }

  @Test
  void directionWordsNameTheirParts() {
    assertThat(Part.ofWord("Eastern")).isEqualTo(Part.E);
    assertThat(Part.ofWord("north-western")).isEqualTo(Part.NW);
    assertThat(Part.ofWord("southeast")).isEqualTo(Part.SE);
    // "central" is the whole area, read at its centroid.
    assertThat(Part.ofWord("central")).isEqualTo(Part.ALL);
    assertThat(Part.ofWord("Centre")).isEqualTo(Part.ALL);
    assertThat(Part.ofWord("middle")).isNull();
  }
}
