package org.sijil.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.model.geo.Place;
import org.sijil.resolve.geo.build.GazetteerBuilder;

class GazetteerBuildTest {

  @Test
  void aBuiltFixtureReadsBackWithEveryPlaceAndItsProvenance() throws IOException {
    Gazetteer g = Gazetteer.read(new ByteArrayInputStream(FixtureGazetteer.buildBytes()));
    // 9 towns, 2 countries, 1 continent, 1 region and 1 sea from the alias table, 5 sites
    assertThat(g.size()).isEqualTo(19);
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
  void areasOfTheAliasTableTakeTheFeatureCodeOfTheirKindAndAnswerToTheirOtherNames() {
    Gazetteer g = FixtureGazetteer.get();
    assertThat(find(g, "Europe").featureCode()).isEqualTo("CONT");
    assertThat(find(g, "Levant").featureCode()).isEqualTo("RGN");
    assertThat(find(g, "Red Sea").featureCode()).isEqualTo("SEA");
    assertThat(find(g, "Red Sea").featureClass()).isEqualTo("H");
    List<PlaceCandidate> c = new PlaceResolver(g).locate("Bilad al-Sham", LocateHints.NONE);
    assertThat(c.get(0).place().name()).isEqualTo("Levant");
    assertThat(c.get(0).precision()).isEqualTo(3);
  }

  @Test
  void anAreaOfAnUnknownKindFailsTheBuildNamingTheLineAndTheKind(@TempDir Path dir)
      throws IOException {
    Path aliases = dir.resolve("aliases.tsv");
    Files.writeString(aliases, "# areas\nSahara\t*\t\t3\tdesert\t23.0\t13.0\n");
    GazetteerBuilder.Sources s =
        new GazetteerBuilder.Sources(
            FixtureGazetteer.file("cities.tsv"),
            FixtureGazetteer.file("countries.json"),
            null,
            null,
            null,
            FixtureGazetteer.file("admin1.tsv"),
            List.of(),
            null,
            aliases,
            null,
            null,
            "v",
            "p");
    assertThatThrownBy(() -> new GazetteerBuilder(s).build(new ByteArrayOutputStream()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("aliases.tsv:2")
        .hasMessageContaining("'desert'");
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
