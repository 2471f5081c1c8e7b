package org.sijil.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.model.geo.Place;

class GazetteerBuildTest {

  @Test
  void aBuiltFixtureReadsBackWithEveryPlaceAndItsProvenance() throws IOException {
    Gazetteer g = Gazetteer.read(new ByteArrayInputStream(FixtureGazetteer.buildBytes()));
    // 9 towns, 2 countries, 1 continent from the alias table, 5 sites from the sites table
    assertThat(g.size()).isEqualTo(17);
    assertThat(g.version()).isEqualTo(FixtureGazetteer.VERSION);
    assertThat(g.provenance()).contains("hand-written");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      names.add(g.place(i).name());
    }
    assertThat(names)
        .contains("Ath Thawrah", "Syria", "France", "Europe", "Tabqa airbase", "Brigade 93");
  }

  @Test
  void placesCarryTheirAdmin1NameFromTheCodeTable() {
    Gazetteer g = FixtureGazetteer.get();
    Place tabqa = find(g, "Ath Thawrah");
    assertThat(tabqa.admin1()).isEqualTo("Ar-Raqqah");
    assertThat(tabqa.countryCode()).isEqualTo("SY");
    assertThat(tabqa.population()).isEqualTo(69425);
  }

  @Test
  void theBuildIsReproducible() throws IOException {
    assertThat(FixtureGazetteer.buildBytes()).isEqualTo(FixtureGazetteer.buildBytes());
  }

  @Test
  void aStreamThatIsNotAGazetteerIsRejectedWithAClearMessage() {
    byte[] gzipOfJunk = {
      0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0
    };
    assertThatThrownBy(() -> Gazetteer.read(new ByteArrayInputStream(gzipOfJunk)))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> Gazetteer.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
        .isInstanceOf(IOException.class);
  }

  @Test
  void anAliasToAnUnknownPlaceFailsTheBuildNamingTheLine() {
    GazetteerWriter w = new GazetteerWriter("v", "p");
    assertThatThrownBy(() -> w.addAlias("Kobani", 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Kobani");
  }

  static Place find(Gazetteer g, String name) {
    for (int i = 0; i < g.size(); i++) {
      if (g.place(i).name().equals(name)) {
        return g.place(i);
      }
    }
    throw new AssertionError("expected a place named " + name + ", found none");
  }
}
