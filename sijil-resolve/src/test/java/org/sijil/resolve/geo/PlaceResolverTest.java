package org.sijil.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sijil.model.geo.Place;

class PlaceResolverTest {
  private final PlaceResolver fixture = new PlaceResolver(FixtureGazetteer.get());
  private final PlaceResolver bundled = new PlaceResolver(Gazetteer.bundled());

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Tabqa|Ath Thawrah",
        "al-Tabqa|Ath Thawrah",
        "الطبقة|Ath Thawrah",
        "Kobani|Ayn al Arab",
        "Ain al-Arab|Ayn al Arab",
        "Ras al-Ain|Ra's al 'Ayn",
        "Ra's al 'Ayn|Ra's al 'Ayn",
        "Serêkaniyê|Ra's al 'Ayn",
        "رأس العين|Ra's al 'Ayn",
      })
  void spellingsAndAliasesResolveInTheFixture(String name, String expected) {
    List<PlaceCandidate> c = fixture.locate(name, LocateHints.NONE);
    assertThat(c).isNotEmpty();
    assertThat(c.get(0).place().name()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} near {1},{2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Tabqa|35.84|38.55",
        "Kobani|36.89|38.35",
        "Ayn al-Arab|36.89|38.35",
        "Ras al-Ain|36.85|40.07",
        "Ra's al 'Ayn|36.85|40.07",
        "Serêkaniyê|36.85|40.07",
        "Girê Spî|36.70|38.95",
        "Deir ez-Zor|35.33|40.14",
        "Dayr az Zawr|35.33|40.14",
        "Qamishli|37.05|41.22",
        "Tabqa airbase|35.75|38.57",
        "Tishrin Dam|36.38|38.18",
        "93rd Brigade|36.36|38.87",
        "Manbij|36.53|37.95",
        "Mosul|36.34|43.13",
      })
  void theBundledGazetteerPlacesSyrianAndIraqiNamesWithin15Km(String name, double lat, double lon) {
    List<PlaceCandidate> c = bundled.locate(name, LocateHints.of("SY", null));
    if (name.equals("Mosul")) {
      c = bundled.locate(name, LocateHints.NONE);
    }
    assertThat(c).isNotEmpty();
    Place p = c.get(0).place();
    assertThat(Place.distanceKm(p.lat(), p.lon(), lat, lon)).isLessThan(15);
  }

  @Test
  void aShorterAlternativeAfterASlashReplacesTheLastWordsOfTheName() {
    assertThat(PlaceResolver.variants("Tall Kharab/Kharrab"))
        .contains("Tall Kharab/Kharrab", "Tall Kharab", "Kharrab", "Tall Kharrab");
    assertThat(PlaceResolver.variants("Ayn Issa/Ain Issa")).doesNotContain("Ayn Ain Issa");
    assertThat(PlaceResolver.variants("Khirbat Umm Hawsh/Hosh"))
        .contains("Khirbat Umm Hosh")
        .doesNotContain("Hosh Umm Hawsh");
  }

  @Test
  void theCountryHintChoosesAmongNamesakes() {
    assertThat(fixture.locate("Paris", LocateHints.NONE).get(0).place().countryCode())
        .isEqualTo("FR");
    assertThat(fixture.locate("Paris", LocateHints.of("US", null)).get(0).place().countryCode())
        .isEqualTo("US");
  }

  @Test
  void theAdmin1HintChoosesWithinACountry() {
    List<PlaceCandidate> illinois = fixture.locate("Paris", LocateHints.of("US", "Illinois"));
    assertThat(illinois.get(0).place().admin1()).isEqualTo("Illinois");
    List<PlaceCandidate> texas = fixture.locate("Paris", LocateHints.of("US", "Texas State"));
    assertThat(texas.get(0).place().admin1()).isEqualTo("Texas");
  }

  @Test
  void nearbyPlacesPullAnAmbiguousNameTowardThem() {
    Place texasTown =
        new Place(1, "Sulphur Springs", 33.14, -95.60, "US", "Texas", "P", "PPL", 15000);
    List<PlaceCandidate> c =
        fixture.locate("Paris", new LocateHints(null, null, List.of(texasTown)));
    assertThat(c.get(0).place().admin1()).isEqualTo("Texas");
  }

  @Test
  void candidatesAreRankedWithScoresInTheUnitInterval() {
    List<PlaceCandidate> c = fixture.locate("Paris", LocateHints.NONE);
    assertThat(c).hasSize(3);
    for (int i = 0; i < c.size(); i++) {
      assertThat(c.get(i).score()).isBetween(0.0, 1.0);
      if (i > 0) {
        assertThat(c.get(i).score()).isLessThanOrEqualTo(c.get(i - 1).score());
      }
    }
  }

  @Test
  void typeWordsAreUnderstood() {
    List<PlaceCandidate> village = fixture.locate("Tall Abyad village", LocateHints.NONE);
    assertThat(village.get(0).place().name()).isEqualTo("Tall Abyad");
    assertThat(village.get(0).reason()).endsWith("p1");
    List<PlaceCandidate> countryside =
        fixture.locate("the countryside of Tall Abyad", LocateHints.NONE);
    assertThat(countryside.get(0).reason()).endsWith("p2");
    List<PlaceCandidate> site = fixture.locate("Tabqa airbase", LocateHints.NONE);
    assertThat(site.get(0).place().name()).isEqualTo("Tabqa airbase");
    assertThat(site.get(0).reason()).startsWith("site").endsWith("p1");
    // The town the airbase is named after is the next, less precise reading.
    assertThat(site.get(1).place().name()).isEqualTo("Ath Thawrah");
    assertThat(site.get(1).reason()).contains("site named after").endsWith("p2");
  }

  @ParameterizedTest(name = "{0} is the site {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tabqa airbase|Tabqa airbase",
        "the Tabqa air base|Tabqa airbase",
        "Tabqa military airport|Tabqa airbase",
        "the military airport of Tabqa|Tabqa airbase",
        "Taqba military airfield|Tabqa airbase",
        "Matar al-Tabqa|Tabqa airbase",
        "مطار الطبقة العسكري|Tabqa airbase",
        "Tishrin Dam|Tishrin Dam",
        "the Tishreen dam|Tishrin Dam",
        "Sadd Tishrin|Tishrin Dam",
        "سد تشرين|Tishrin Dam",
        "Brigade 93|Brigade 93",
        "93rd Brigade|Brigade 93",
        "the 93rd Brigade base|Brigade 93",
        "Liwa 93|Brigade 93",
        "اللواء 93|Brigade 93",
        "Division 17|Division 17",
        "the 17th Armoured Division|Division 17",
        "93rd Mechanized Brigade headquarters|Brigade 93",
        "17th Division|Division 17",
        "Firqa 17|Division 17",
        "al-Firqa 17 headquarters|Division 17",
        "الفرقة 17|Division 17",
        "Jabal Abd al-Aziz|Jabal Abd al-Aziz",
        "Jabal Abdulaziz mountain|Jabal Abd al-Aziz",
        "Mount Abd al-Aziz|Jabal Abd al-Aziz",
        "Jebel Abdulaziz mountains|Jabal Abd al-Aziz",
        "جبل عبد العزيز|Jabal Abd al-Aziz",
      })
  void aSiteOfTheTableIsFoundUnderItsKindsUsualWordings(String query, String site) {
    List<PlaceCandidate> c = fixture.locate(query, LocateHints.of("SY", null));
    assertThat(c).isNotEmpty();
    assertThat(c.get(0).place().name()).isEqualTo(site);
  }

  @ParameterizedTest(name = "{0} is {1} at precision 2")
  @CsvSource(
      delimiter = '|',
      value = {
        "Kobani checkpoint|Ayn al Arab",
        "the Kobani hospital|Ayn al Arab",
        "Ras al-Ain prison|Ra's al 'Ayn",
        "the airport of Ras al-Ain|Ra's al 'Ayn",
        "Tall Abyad gas plant|Tall Abyad",
        "Kobani power station|Ayn al Arab",
        "مطار رأس العين|Ra's al 'Ayn",
        "Ras al-Ain oil field|Ra's al 'Ayn",
      })
  void aSiteNoTableKnowsIsThePlaceItIsNamedAfterAtPrecisionTwo(String query, String place) {
    List<PlaceCandidate> c = fixture.locate(query, LocateHints.of("SY", null));
    assertThat(c).isNotEmpty();
    assertThat(c.get(0).place().name()).isEqualTo(place);
    assertThat(c.get(0).reason()).endsWith("p2");
  }

  @Test
  void aSiteIsNotReadAsNamedAfterAPlaceOutsideTheHintedCountry() {
    // A hospital in a Syrian report is named after a Syrian place, not after Paris.
    assertThat(fixture.locate("Paris hospital", LocateHints.of("SY", null)))
        .extracting(c -> c.place().countryCode())
        .doesNotContain("FR");
    assertThat(fixture.locate("Paris hospital", LocateHints.NONE).get(0).place().name())
        .isEqualTo("Paris");
  }

  @Test
  void aNameTheGazetteerLacksGivesNoCandidate() {
    assertThat(fixture.locate("Qqqxz", LocateHints.NONE)).isEmpty();
    assertThat(fixture.locate("  ", LocateHints.NONE)).isEmpty();
  }

  @ParameterizedTest(name = "{0} in {1} is near {2},{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A'zaz District|36.48|37.15",
        "Mintaqat Azaz|36.48|37.15",
        "Mount Simeon|35.99|37.00",
        "Jebel Saman district|35.99|37.00",
      })
  void aDistrictHintPicksTheHomonymInThatDistrict(String district, double lat, double lon) {
    // Two villages named Ash Shaykh `Isa lie in Aleppo governorate, 55 km apart.
    List<PlaceCandidate> c =
        bundled.locate("Ash Shaykh Isa village", LocateHints.of("SY", "Aleppo", district));
    assertThat(c).isNotEmpty();
    Place p = c.get(0).place();
    assertThat(Place.distanceKm(p.lat(), p.lon(), lat, lon)).isLessThan(3);
    assertThat(c.get(0).reason()).contains("admin2");
  }

  @Test
  void aSubDistrictHintCountsAsTheAreaAroundItsCentre() {
    // Tall Rif`at is a sub-district (nahiya) of A'zaz district, not a district itself.
    List<PlaceCandidate> c =
        bundled.locate("Ash Shaykh Isa", LocateHints.of("SY", "Aleppo", "Tall Rifat"));
    Place p = c.get(0).place();
    assertThat(Place.distanceKm(p.lat(), p.lon(), 36.48, 37.15)).isLessThan(3);
    assertThat(c.get(0).reason()).contains("area");
  }

  @Test
  void aDirectionWordBecomesTheArabicSuffixInsideTheHintedArea() {
    List<PlaceCandidate> c =
        bundled.locate(
            "Eastern Rudaymah village", LocateHints.of("SY", "As-Suwayda", "Shahba district"));
    assertThat(c).isNotEmpty();
    assertThat(c.get(0).place().name()).isEqualTo("Ar Rudaymah ash Sharqiyah");
  }

  @Test
  void aCampIsFoundUnderTheArabicWordForCampInsideTheHintedArea() {
    List<PlaceCandidate> c =
        bundled.locate("al-Wafidin camp", LocateHints.of("SY", "Rif Dimashq", "Douma"));
    assertThat(c).isNotEmpty();
    assertThat(c.get(0).place().name()).isEqualTo("Mukhayyam al Wafidin");
    assertThat(bundled.locate("al-Wafidin camp", LocateHints.NONE)).isEmpty();
  }

  @Test
  void aSpellingNoKeyUnifiesIsFoundBySimilarityInsideTheHintedDistrictOnly() {
    // "Tall Rifaat" with a doubled vowel: the strict key differs, the district has Tall Rif`at.
    List<PlaceCandidate> c = bundled.locate("Tall Rifaad", LocateHints.of("SY", "Aleppo", "A'zaz"));
    assertThat(c).isNotEmpty();
    Place p = c.get(0).place();
    assertThat(Place.distanceKm(p.lat(), p.lon(), 36.47, 37.09)).isLessThan(3);
    assertThat(c.get(0).reason()).startsWith("fuzzy");
  }

  @Test
  void aNameReportsShortenIsFoundInsideTheLongerNameOfAPlaceInTheHintedDistrict() {
    // GeoNames: "Abu Fawwaz as Sa`idi" (Duma district), "Tall `Azzanah" (Al-Hasakah district).
    List<PlaceCandidate> tail =
        bundled.locate("Abu Fawwaz village", LocateHints.of("SY", "Rif Dimashq", "Duma"));
    assertThat(tail).isNotEmpty();
    Place p = tail.get(0).place();
    assertThat(Place.distanceKm(p.lat(), p.lon(), 33.417, 36.708)).isLessThan(3);
    assertThat(tail.get(0).reason()).startsWith("fuzzy");
    List<PlaceCandidate> head =
        bundled.locate("Azzana village", LocateHints.of("SY", "Hasakah", "Hasakah"));
    assertThat(head.get(0).place().name()).isEqualTo("Tall `Azzanah");
    // Without a district the longer names are never tried.
    assertThat(bundled.locate("Abu Fawwaz village", LocateHints.of("SY", null))).isEmpty();
  }

  @Test
  void aKnownSpellingOutranksABigPlaceWhoseLooseKeyItMerelyShares() {
    // "Shaddadi" (alias table: Ash Shaddadah, Hasakah) shares its loose key with Chad and Jeddah.
    List<PlaceCandidate> c = bundled.locate("Shaddadi", LocateHints.NONE);
    assertThat(c.get(0).place().countryCode()).isEqualTo("SY");
    assertThat(c.get(0).reason()).startsWith("alias");
    // Without hints, a name spelled so somewhere keeps no loose look-alike at all.
    assertThat(c).extracting(x -> x.place().countryCode()).doesNotContain("TD");
  }

  @Test
  void aNameKnownWholeWithItsDirectionWordIsThatPlaceNotADirectionOfAnother() {
    assertThat(bundled.locate("Northern Ireland", LocateHints.NONE).get(0).place().countryCode())
        .isEqualTo("GB");
    Place west = bundled.locate("Western Ghouta", LocateHints.NONE).get(0).place();
    Place east = bundled.locate("Eastern Ghouta", LocateHints.NONE).get(0).place();
    assertThat(west.lon()).isLessThan(east.lon());
    // No place is called "Eastern Aleppo": the direction still says which part of Aleppo.
    PlaceCandidate aleppo = bundled.locate("Eastern Aleppo", LocateHints.NONE).get(0);
    assertThat(aleppo.place().name()).isEqualTo("Aleppo");
    assertThat(aleppo.precision()).isEqualTo(2);
  }

  @Test
  void withoutHintsAPlaceSpelledExactlySoOutranksEveryLooseLookAlike() {
    // "Ghouta" is the plain by Damascus (sites table), not Geita in Tanzania (same loose key).
    List<PlaceCandidate> c = bundled.locate("Ghouta", LocateHints.NONE);
    assertThat(c.get(0).place().countryCode()).isEqualTo("SY");
    assertThat(c).allSatisfy(x -> assertThat(x.reason()).doesNotStartWith("loose"));
    // With nothing spelled so, look-alikes remain the readings ("Alepo" is Aleppo).
    assertThat(bundled.locate("Alleppo", LocateHints.NONE).get(0).place().name())
        .isEqualTo("Aleppo");
  }

  @Test
  void withoutHintsTheAliasTableSaysWhichPlaceAFocusCountryNameMeans() {
    // GeoNames: Palmyra, Missouri is Palmyra by its own name; Tadmur in Syria by an alternate.
    List<PlaceCandidate> c = bundled.locate("Palmyra", LocateHints.NONE);
    assertThat(c.get(0).place().countryCode()).isEqualTo("SY");
    assertThat(c).extracting(x -> x.place().countryCode()).contains("US");
    // A country hint still decides.
    assertThat(bundled.locate("Palmyra", LocateHints.of("US", null)).get(0).place().countryCode())
        .isEqualTo("US");
  }

  @Test
  void theInnerNameDropsAHeadWordOrKeepsTheFirstWords() {
    assertThat(PlaceResolver.innerName("tal abu rasin", "abu rasen")).isEqualTo("abu rasin");
    assertThat(PlaceResolver.innerName("abu ubaydah jarrah", "abu ubaydah"))
        .isEqualTo("abu ubaydah");
    assertThat(PlaceResolver.innerName("bir qasab", "qasab")).isEqualTo("qasab");
    assertThat(PlaceResolver.innerName("qasab", "qasab")).isNull();
    assertThat(PlaceResolver.innerName("abu rasin", "tal abu rasen")).isNull();
  }

  @Test
  void aTownOnTheTurkishBorderKeepsItsSyrianGovernorate() {
    // The 1:10m borders put Tall Abyad's point in Sanliurfa; the governorate hint must still fit.
    List<PlaceCandidate> c =
        bundled.locate("Tall Abyad town", LocateHints.of("SY", "Raqqa", "Tall Abyad district"));
    assertThat(c.get(0).place().featureClass()).isEqualTo("P");
    assertThat(c.get(0).place().admin1()).isEqualTo("Ar-Raqqah");
    assertThat(c.get(0).reason()).contains("admin1", "admin2");
  }

  @Test
  void aNameFoundNowhereInItsHintedDistrictIsPlacedAtTheDistrictSeatWithPrecisionThree() {
    // An invented village: no gazetteer lists it, but the caller says which district it is in.
    List<PlaceCandidate> c =
        bundled.locate("Qaryat Zuzzafil village", LocateHints.of("SY", "Raqqa", "Tall Abyad"));
    assertThat(c).hasSize(1);
    assertThat(c.get(0).precision()).isEqualTo(3);
    assertThat(c.get(0).score()).isEqualTo(PlaceResolver.HINTED_AREA_SCORE);
    assertThat(c.get(0).place().admin1()).isEqualTo("Ar-Raqqah");
    assertThat(c.get(0).place().featureCode()).startsWith("PPLA");
    assertThat(c.get(0).reason()).contains("district the hints name");
  }

  @Test
  void aTownKnownOnlyInAnotherGovernorateComesAfterTheHintedDistrict() {
    // Sarmada is a town of Idlib; a caller who says the place is in Tall Abyad district (Raqqa)
    // means another place of that name, one no gazetteer lists.
    List<PlaceCandidate> c =
        bundled.locate("Sarmada", LocateHints.of("SY", "Raqqa", "Tall Abyad district"));
    assertThat(c.get(0).precision()).isEqualTo(3);
    assertThat(c.get(0).place().admin1()).isEqualTo("Ar-Raqqah");
    assertThat(c.get(0).reason()).contains("none of this name in the hinted area");
    assertThat(c)
        .anySatisfy(
            x -> {
              assertThat(x.place().admin1()).isEqualTo("Idlib");
              assertThat(x.reason()).contains("away from the hinted area");
              assertThat(x.score()).isLessThan(PlaceResolver.HINTED_AREA_SCORE);
            });
    // Without a district to fall back on, the Idlib town stays the reading.
    assertThat(bundled.locate("Sarmada", LocateHints.of("SY", "Raqqa")).get(0).place().admin1())
        .isEqualTo("Idlib");
  }

  @Test
  void aLookAlikeInAnotherDistrictComesAfterTheHintedDistrictButAnExactNameThereDoesNot() {
    // Al Mansurah lies in Raqqa's south, not in Tall Abyad district: a spelling variant so far
    // from the district the caller names is a weaker reading than the district itself.
    LocateHints tallAbyad = LocateHints.of("SY", "Raqqa", "Tall Abyad district");
    List<PlaceCandidate> loose = bundled.locate("Mansoura", tallAbyad);
    assertThat(loose.get(0).reason()).contains("the district the hints name");
    assertThat(loose.get(1).reason()).startsWith("loose").contains("away from the hinted area");
    // A name spelled exactly so in the hinted governorate keeps its place.
    List<PlaceCandidate> exact = bundled.locate("Karamah", tallAbyad);
    assertThat(exact.get(0).reason()).startsWith("exact").doesNotContain("away");
    assertThat(exact.get(0).place().admin1()).isEqualTo("Ar-Raqqah");
  }

  @Test
  void aNameFoundNowhereWithOnlyAGovernorateHintStaysUnresolved() {
    // A governorate is too wide to place an incident in: no point is better than its centre.
    assertThat(bundled.locate("Qaryat Zuzzafil village", LocateHints.of("SY", "Raqqa"))).isEmpty();
    assertThat(bundled.locate("Qaryat Zuzzafil village", LocateHints.of("SY", "Raqqa", "Nowhere")))
        .isEmpty();
  }

  @Test
  void aTypedSettlementOutranksTheSubDistrictOfTheSameName() {
    // Karama is a sub-district (nahiya) of Raqqa district named after its seat, al-Karamah.
    List<PlaceCandidate> c =
        bundled.locate("Karama town", LocateHints.of("SY", "Raqqa", "Raqqa District"));
    assertThat(c.get(0).place().featureClass()).isEqualTo("P");
    assertThat(c).anyMatch(x -> x.place().featureCode().equals("ADM3"));
  }

  @Test
  void ofTwoHomonymsAlikeInAllElseTheBetterDocumentedComesFirst() {
    // The fixture's two invented villages named Khirbat Sijil: the second has more spellings.
    List<PlaceCandidate> c = fixture.locate("Khirbat Sijil", LocateHints.of("SY", "Ar-Raqqah"));
    assertThat(c).hasSizeGreaterThanOrEqualTo(2);
    assertThat(c.get(0).score()).isEqualTo(c.get(1).score());
    assertThat(c.get(0).place().id()).isEqualTo(9900002L);
  }

  @Test
  void aRoadBetweenTwoTownsIsReadAsItsMidpointAtPrecisionTwo() {
    List<PlaceCandidate> c = bundled.locate("the road between Raqqa and Tabqa", LocateHints.NONE);
    assertThat(c).hasSize(3);
    Place road = c.get(0).place();
    Place a = c.get(1).place();
    Place b = c.get(2).place();
    assertThat(road.featureCode()).isEqualTo("RD");
    assertThat(road.name()).contains(a.name(), b.name(), "road");
    assertThat(road.lat())
        .isCloseTo((a.lat() + b.lat()) / 2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(road.lon())
        .isCloseTo((a.lon() + b.lon()) / 2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(c).allMatch(x -> x.precision() == 2);
    assertThat(Place.distanceKm(b.lat(), b.lon(), 35.84, 38.55)).isLessThan(10); // Tabqa
    assertThat(bundled.locate("Raqqa – Tabqa road", LocateHints.NONE).get(0).place())
        .isEqualTo(road);
  }

  @Test
  void wordsAfterTheRoadThatNameOneEndChooseThatEndButAGovernorateDoesNot() {
    List<PlaceCandidate> end =
        bundled.locate("Raqqa-Tabqa road in Tabqa sub-district", LocateHints.of("SY", null));
    assertThat(end.get(0).place().featureCode()).isNotEqualTo("RD");
    assertThat(Place.distanceKm(end.get(0).place().lat(), end.get(0).place().lon(), 35.84, 38.55))
        .isLessThan(10);
    assertThat(end.get(0).precision()).isEqualTo(2);
    List<PlaceCandidate> mid =
        bundled.locate("Raqqa-Tabqa road in Raqqa governorate", LocateHints.of("SY", null));
    assertThat(mid.get(0).place().featureCode()).isEqualTo("RD");
  }

  @Test
  void theEndsOfALongRoadGiveNoMidpoint() {
    // Damascus and Aleppo lie some 300 km apart: the middle of that highway says nothing.
    List<PlaceCandidate> c = bundled.locate("Damascus-Aleppo highway", LocateHints.of("SY", null));
    assertThat(c).noneMatch(x -> x.place().featureCode().equals("RD"));
  }

  @Test
  void aHeadWordAloneNeverNamesTheTownCalledSo() {
    // "Tall Qqqxz" is a hill the gazetteer lacks; the town At Tall is not what it names.
    assertThat(bundled.locate("Tall Qqqxz", LocateHints.of("SY", null))).isEmpty();
    assertThat(bundled.locate("Jabal Qqqxz", LocateHints.of("SY", null))).isEmpty();
  }

  @Test
  void theNameSpelledSoAcrossTheDistrictLineOutranksALookAlikeInside() {
    // Tannuzah lies in al-Bab district; Jebel Saman, next to it, has Tannurah and Tammurah.
    List<PlaceCandidate> c =
        bundled.locate("Tannuzah village", LocateHints.of("SY", "Aleppo", "Jebel Saman"));
    assertThat(c.get(0).place().name()).isEqualTo("Tannuzah");
    assertThat(c.get(0).reason()).startsWith("exact");
  }

  @Test
  void ofLookAlikesSpelledAboutAsNearTheOneWhoseConsonantsAgreeComesFirst() {
    // "Tell Jayir" is two letters off both Tall al Jabir (consonants t-l-j-r against t-l-j-b-r)
    // and Tell Tamer, a spelling of the larger Tall Tamr (t-l-t-m-r): the first is meant.
    List<PlaceCandidate> c =
        bundled.locate("Tell Jayir village", LocateHints.of("SY", "Hasakah", "Hasakah"));
    assertThat(c.get(0).place().name()).isEqualTo("Tall al Jabir");
    assertThat(c.get(0).reason()).startsWith("fuzzy");
    assertThat(c).extracting(x -> x.place().name()).contains("Tall Tamr");
  }

  @Test
  void aPlaceTwoSpellingsOfANameFindKeepsTheCloserReading() {
    // Rutanli (Afrin district) is also called al-Ma'zulah: the first spelling finds it only by
    // its loose key, the second spells it exactly.
    List<PlaceCandidate> c =
        bundled.locate("Ma'zula/Rutanli village", LocateHints.of("SY", "Aleppo", "Afrin"));
    assertThat(c.get(0).place().name()).isEqualTo("Rutanli");
    assertThat(c.get(0).reason()).startsWith("exact");
  }

  @Test
  void aPlaceInTheHintedDistrictCountsAsInItsGovernorateWhateverAnotherSourceSays() {
    // Al Jayliyah lies in Hama district, but the governorate polygons put its point in Idlib;
    // Al Khafiyah lies in Salamiyah district and in Hama by both sources.
    PlaceCandidate across =
        bundled.locate("Al Jayliyah village", LocateHints.of("SY", "Hama", "Hama")).get(0);
    PlaceCandidate inside =
        bundled.locate("Al Khafiyah village", LocateHints.of("SY", "Hama", "Salamiyah")).get(0);
    assertThat(across.place().admin1()).isEqualTo("Idlib");
    assertThat(across.reason()).contains("admin1", "admin2");
    assertThat(across.score()).isEqualTo(inside.score());
  }
}
