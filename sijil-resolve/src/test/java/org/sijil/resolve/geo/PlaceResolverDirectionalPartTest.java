package org.sijil.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.geo.Place;

class PlaceResolverDirectionalPartTest {
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final PlaceResolver RESOLVER = new PlaceResolver(GAZETTEER);

  private static double[] part(String cc, String admin1, String part, boolean aroundCapital) {
    return DirectionalParts.bundled()
        .point(cc, admin1, DirectionalParts.Part.valueOf(part), aroundCapital);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Eastern Homs Governorate | SY | Homs | E | false",
        "eastern Homs countryside | SY | Homs | E | true",
        "the eastern countryside of Homs | SY | Homs | E | true",
        "east of Homs province | SY | Homs | E | false",
        "Homs' eastern desert | SY | Homs | E | true",
        "northern Aleppo countryside | SY | Aleppo | N | true",
        "the western countryside of Aleppo | SY | Aleppo | W | true",
        "Southeastern Rif Dimashq | SY | Rif-dimashq | SE | false",
        "east of Deir ez-Zor province | SY | Deir ez-Zor | E | false",
        "the southern countryside of Idlib | SY | Idlib | S | true",
        "western Anbar province | IQ | Al Anbar | W | false",
        "the north-eastern countryside of Hama | SY | Hama | NE | true",
        "the western desert of Anbar | IQ | Al Anbar | W | false",
        "central Homs governorate | SY | Homs | ALL | false",
        "the centre of Homs province | SY | Homs | ALL | false",
        "Central Anbar | IQ | Al Anbar | ALL | false",
        "Hama's central countryside | SY | Hama | ALL | true",
      })
  void aDirectionOfAGovernorateIsThatPartsPoint(
      String name, String cc, String admin1, String p, boolean aroundCapital) {
    for (LocateHints hints : List.of(LocateHints.NONE, LocateHints.of(cc, null))) {
      PlaceCandidate c = RESOLVER.locate(name, hints).get(0);
      // "countryside of" a governorate named after its capital: around the capital; a
      // governorate named as such, or one no town is named after: around its centroid.
      double[] at = part(cc, admin1, p, aroundCapital);
      assertThat(c.place().lat()).as(name).isEqualTo(at[0]);
      assertThat(c.place().lon()).as(name).isEqualTo(at[1]);
      assertThat(c.place().countryCode()).isEqualTo(cc);
      assertThat(c.place().admin1()).isEqualTo(admin1);
      assertThat(c.precision()).isEqualTo(3);
      assertThat(c.reason()).startsWith("directional part: ");
    }
  }

  @Test
  void theCountrysideOfACapitalLiesBetweenTheCapitalAndThePartOfTheGovernorate() {
    // Homs city lies in the far west of its governorate: its eastern countryside lies east of it,
    // nearer than the governorate's own east.
    PlaceCandidate countryside =
        RESOLVER.locate("the eastern countryside of Homs", LocateHints.NONE).get(0);
    PlaceCandidate governorate =
        RESOLVER.locate("Eastern Homs Governorate", LocateHints.NONE).get(0);
    assertThat(countryside.place().lon()).isGreaterThan(37.5).isLessThan(governorate.place().lon());
    assertThat(countryside.reason()).contains("around its capital");
  }

  @Test
  void theEasternPartOfHomsGovernorateLiesFarFromHomsCity() {
    PlaceCandidate c = RESOLVER.locate("Eastern Homs Governorate", LocateHints.NONE).get(0);
    // Homs city lies at 34.73 N 36.72 E, in the governorate's far west.
    assertThat(Place.distanceKm(c.place().lat(), c.place().lon(), 34.73, 36.72)).isGreaterThan(150);
    assertThat(c.place().lon()).isGreaterThan(38.5);
    assertThat(c.place().name()).isEqualTo("Homs (eastern part)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "eastern Aleppo",
        "western Mosul",
        "east of Raqqa",
        "the eastern countryside of Manbij",
        "northern Homs city",
        "central Aleppo",
        "central Homs",
      })
  void aDirectionOfATownIsNoPartOfAGovernorate(String name) {
    PlaceCandidate c = RESOLVER.locate(name, LocateHints.NONE).get(0);
    assertThat(c.reason()).doesNotStartWith("directional part");
    assertThat(c.place().featureClass()).isEqualTo("P");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Western Ghouta", "Eastern Ghouta"})
  void aPlaceKnownByItsWholeDirectionalNameStaysThatPlace(String name) {
    PlaceCandidate c = RESOLVER.locate(name, LocateHints.NONE).get(0);
    assertThat(c.reason()).doesNotStartWith("directional part");
    assertThat(c.place().name()).containsIgnoringCase("Ghouta");
  }

  @Test
  void aHintedGovernorateElsewhereKeepsTheOrdinaryReading() {
    List<PlaceCandidate> c =
        RESOLVER.locate("the eastern countryside of Homs", LocateHints.of("SY", "Hama"));
    assertThat(c.get(0).reason()).doesNotStartWith("directional part");
    List<PlaceCandidate> inTurkey =
        RESOLVER.locate("Eastern Homs Governorate", LocateHints.of("TR", null));
    assertThat(inTurkey).noneMatch(x -> x.reason().startsWith("directional part"));
  }

  @Test
  void theGovernoratesOwnReadingsFollowThePart() {
    List<PlaceCandidate> c = RESOLVER.locate("the eastern countryside of Homs", LocateHints.NONE);
    assertThat(c.get(0).score()).isGreaterThanOrEqualTo(c.get(1).score());
    assertThat(c.subList(1, c.size())).extracting(x -> x.place().name()).contains("Homs");
  }

  @Test
  void thePartsIdsAreStableAndDistinct() {
    long e = PlaceResolver.partId(3, DirectionalParts.Part.E);
    assertThat(e).isEqualTo(PlaceResolver.partId(3, DirectionalParts.Part.E));
    assertThat(e).isNotEqualTo(PlaceResolver.partId(3, DirectionalParts.Part.W));
    assertThat(e).isNotEqualTo(PlaceResolver.partId(4, DirectionalParts.Part.E));
    assertThat(e).isLessThan(PlaceResolver.roadId(Long.MAX_VALUE, Long.MAX_VALUE));
  }

  @Test
  void theGeoparserReadsADirectionalPhraseInRunningText() {
    // Written for this test.
    String text =
        "Militants attacked a gas pipeline in the eastern countryside of Homs on Friday, and a "
            + "patrol was ambushed in eastern Aleppo the same night.";
    List<Toponym> ts = new Geoparser(GAZETTEER).parse(text);
    Toponym homs = ts.stream().filter(t -> t.text().equals("Homs")).findFirst().orElseThrow();
    assertThat(homs.place().name()).isEqualTo("Homs (eastern part)");
    assertThat(homs.precision()).isEqualTo(3);
    Toponym aleppo = ts.stream().filter(t -> t.text().equals("Aleppo")).findFirst().orElseThrow();
    assertThat(aleppo.place().featureClass()).isEqualTo("P");
  }
}
