package org.sijil.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.geo.Place;

class GeoparserTest {
  private static final Geoparser PARSER = new Geoparser(Gazetteer.bundled());

  // Texts written for these tests.
  static final String SYRIA =
      "Shelling hit the eastern countryside of Deir ez-Zor on Tuesday, while clashes continued "
          + "near Tabqa. Residents of Kobani and Ras al-Ain reported drones over Raqqa province.";
  static final String IRAQ =
      "Two roadside bombs exploded in Mosul and a third near Kirkuk, officials in Baghdad said.";
  static final String ELSEWHERE =
      "The delegation flew from Paris to Nairobi before talks in Geneva with envoys from Canada.";
  static final String CAPS =
      "TERRORISTS ATTACKED A POWER STATION IN SAN SALVADOR ON MONDAY AND THEN FLED TOWARD "
          + "SANTA ANA, THE ARMY SAID IN A STATEMENT READ IN GUATEMALA.";

  static Stream<String> texts() {
    return Stream.of(SYRIA, IRAQ, ELSEWHERE, CAPS, "", "Nothing here.", "al-", "الرقة وحلب");
  }

  private static List<String> names(List<Toponym> ts) {
    return ts.stream().map(Toponym::text).toList();
  }

  private static Toponym named(List<Toponym> ts, String text) {
    return ts.stream()
        .filter(t -> t.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("expected " + text + " in " + names(ts)));
  }

  @Test
  void aNameWithAnApostropheInsideAWordIsFoundWholeButAPossessiveIsNot() {
    List<Toponym> ts = PARSER.parse("Clashes went on in Dar’a while Aleppo’s markets were shut.");
    assertThat(names(ts)).contains("Dar’a", "Aleppo").doesNotContain("Dar", "Aleppo’s");
    assertThat(named(ts, "Dar’a").place().countryCode()).isEqualTo("SY");
    assertThat(names(PARSER.parse("In Homs we're told they'll stay."))).containsExactly("Homs");
  }

  @Test
  void syrianPlacesAreFoundAndResolvedWithTheirPrecision() {
    List<Toponym> ts = PARSER.parse(SYRIA);
    assertThat(names(ts)).contains("Deir ez-Zor", "Tabqa", "Kobani", "Ras al-Ain", "Raqqa");
    // "the eastern countryside of Deir ez-Zor": the governorate's eastern part (precision 3).
    assertThat(named(ts, "Deir ez-Zor").precision()).isEqualTo(3);
    assertThat(named(ts, "Deir ez-Zor").place().name()).isEqualTo("Deir ez-Zor (eastern part)");
    assertThat(named(ts, "Tabqa").precision()).isEqualTo(2);
    assertThat(named(ts, "Kobani").precision()).isEqualTo(1);
    assertThat(named(ts, "Raqqa").precision()).isEqualTo(3);
    Place kobani = named(ts, "Kobani").place();
    assertThat(kobani.countryCode()).isEqualTo("SY");
    assertThat(Place.distanceKm(kobani.lat(), kobani.lon(), 36.89, 38.35)).isLessThan(10);
    assertThat(names(ts)).doesNotContain("Tuesday", "Residents", "Shelling");
  }

  @Test
  void sitesNamedInRunningTextAreFoundWholeAndPlacedAtTheSite() {
    String text =
        "Drones struck the Tabqa military airport on Tuesday, and engineers said the level "
            + "behind the Tishrin dam kept rising. Later, Tishrin Dam was closed to traffic.";
    List<Toponym> ts = PARSER.parse(text);
    assertThat(names(ts)).contains("Tabqa military airport", "Tishrin dam", "Tishrin Dam");
    Place airbase = named(ts, "Tabqa military airport").place();
    assertThat(Place.distanceKm(airbase.lat(), airbase.lon(), 35.75, 38.57)).isLessThan(3);
    assertThat(named(ts, "Tabqa military airport").precision()).isEqualTo(1);
    Place dam = named(ts, "Tishrin dam").place();
    assertThat(Place.distanceKm(dam.lat(), dam.lon(), 36.38, 38.18)).isLessThan(3);
  }

  @Test
  void aLowerCaseWordAfterAPlaceThatNamesNoKnownSiteIsLeftOut() {
    List<Toponym> ts =
        PARSER.parse("The Raqqa military council met, and the Kobani oil committee objected.");
    assertThat(names(ts)).contains("Raqqa", "Kobani");
    assertThat(names(ts)).noneMatch(n -> n.contains("military") || n.contains("oil"));
  }

  @Test
  void anImperativeOpeningALineIsNotAPlaceButAPlaceOpeningASentenceIs() {
    String text = "Share this report.\nKobani was quiet on Monday.\nContact us by email.";
    List<Toponym> ts = PARSER.parse(text);
    assertThat(names(ts)).contains("Kobani").doesNotContain("Share", "Contact");
  }

  @Test
  void anAcronymOfACountryIsAPlaceEvenWhereThePronounSpelledAlikeOccurs() {
    String text = "The US sent advisers to the region. Officials told us little else.";
    List<Toponym> ts = PARSER.parse(text);
    assertThat(names(ts)).containsExactly("US");
    assertThat(ts.get(0).place().countryCode()).isEqualTo("US");
    // A capitalised common word stays out when the text also writes it in lower case.
    assertThat(names(PARSER.parse("Mobile units arrived. The mobile clinic was shelled.")))
        .doesNotContain("Mobile");
  }

  @Test
  void worldRegionsAndSeasAreToponymsOfPrecisionThree() {
    String text = "Tension spread across the Middle East as ships left the Red Sea for the EU.";
    List<Toponym> ts = PARSER.parse(text);
    assertThat(names(ts)).containsExactly("Middle East", "Red Sea", "EU");
    assertThat(ts).allSatisfy(t -> assertThat(t.precision()).isEqualTo(3));
    assertThat(ts.get(1).place().featureCode()).isEqualTo("SEA");
  }

  @Test
  void aSmallTownAloneIsAPlaceOnlyWhereALocativePrepositionPutsItInThePlaceSlot() {
    // GeoNames: Cirencester, England, about 17,000 people: too small to stand alone unsupported.
    assertThat(names(PARSER.parse("The family moved to Cirencester last year.")))
        .containsExactly("Cirencester");
    assertThat(names(PARSER.parse("Cirencester won the match on Saturday."))).isEmpty();
  }

  @Test
  void inUpperCaseTextOneWordNamesASmallPlaceOnlyAfterAPrepositionAndNearTheOthers() {
    String text =
        "GUERRILLAS ATTACKED A POST IN USULUTAN, EL SALVADOR. THE DRUG TRAFFICKERS MADE THEIR"
            + " ESCAPE AS WE SAID, AND PONCE WAS ARRESTED IN MEDELLIN.";
    // "DRUG", "MADE", "AS WE" and the surname "PONCE" are places somewhere in GeoNames.
    assertThat(names(PARSER.parse(text))).containsExactly("USULUTAN", "EL SALVADOR", "MEDELLIN");
  }

  @Test
  void aGivenNameAloneIsAPersonUnlessItNamesACountryOrALargeCity() {
    // GeoNames has provincial capitals called David (Panama) and Paul (Cabo Verde).
    assertThat(names(PARSER.parse("Paul arrived in Beirut on Monday and David stayed behind.")))
        .containsExactly("Beirut");
    assertThat(names(PARSER.parse("Jordan closed its border with Syria.")))
        .containsExactly("Jordan", "Syria");
  }

  @Test
  void iraqiCitiesResolveToIraq() {
    List<Toponym> ts = PARSER.parse(IRAQ);
    assertThat(names(ts)).containsExactly("Mosul", "Kirkuk", "Baghdad");
    assertThat(ts).allSatisfy(t -> assertThat(t.place().countryCode()).isEqualTo("IQ"));
  }

  @Test
  void placesElsewhereResolveToTheWellKnownNamesake() {
    List<Toponym> ts = PARSER.parse(ELSEWHERE);
    assertThat(names(ts)).containsExactly("Paris", "Nairobi", "Geneva", "Canada");
    assertThat(named(ts, "Paris").place().countryCode()).isEqualTo("FR");
    assertThat(named(ts, "Canada").precision()).isEqualTo(3);
  }

  @Test
  void upperCaseTextIsParsedWithoutRelyingOnCase() {
    List<Toponym> ts = PARSER.parse(CAPS);
    assertThat(names(ts)).contains("SAN SALVADOR", "SANTA ANA", "GUATEMALA");
    assertThat(names(ts)).doesNotContain("IN", "ON", "A", "THE", "ARMY", "MONDAY", "AND");
    assertThat(named(ts, "SAN SALVADOR").place().countryCode()).isEqualTo("SV");
  }

  @Test
  void titlesAndLongerProperNamesAreNotToponyms() {
    List<Toponym> ts =
        PARSER.parse(
            "President Jackson met Lorna Kelly in Amman. Later Kelly flew home to Jordan.");
    assertThat(names(ts)).containsExactly("Amman", "Jordan");
  }

  @Test
  void armedGroupsAndLeadersNamedLikeVillagesAreNotToponyms() {
    List<Toponym> ts =
        PARSER.parse(
            "Fighters of Jabhat al-Nusra and Jaish al-Islam clashed near Idlib, and Assad flew"
                + " to Aleppo.");
    assertThat(names(ts)).containsExactly("Idlib", "Aleppo");
  }

  @Test
  void aNameSharedByAProvinceAndItsCapitalIsTheCityUnlessTheTextSaysProvince() {
    List<Toponym> city = PARSER.parse("An explosion hit Raqqa on Monday, near Tabqa.");
    assertThat(named(city, "Raqqa").place().featureClass()).isEqualTo("P");
    assertThat(named(city, "Raqqa").precision()).isEqualTo(1);
    List<Toponym> province = PARSER.parse("Raids continued in Raqqa province.");
    assertThat(named(province, "Raqqa").precision()).isEqualTo(3);
  }

  @Test
  void demonymsAreAssociativeToponymsOfTheirCountryAndStatelessGroupsAreNone() {
    List<Toponym> ts = PARSER.parse("Syrian, Iraqi and Kurdish fighters crossed into Turkey.");
    assertThat(names(ts)).containsExactly("Syrian", "Iraqi", "Turkey");
    assertThat(ts.get(0).kind()).isEqualTo(Toponym.Kind.DEMONYM);
    assertThat(ts.get(0).place().countryCode()).isEqualTo("SY");
    assertThat(ts.get(0).precision()).isEqualTo(3);
    assertThat(ts.get(1).place().countryCode()).isEqualTo("IQ");
    assertThat(ts.get(2).kind()).isEqualTo(Toponym.Kind.NAME);
  }

  @Test
  void aCapitalisedTypeWordJoinsTheName() {
    List<Toponym> ts = PARSER.parse("Fighting spread across Idlib Governorate and Hama.");
    assertThat(names(ts)).containsExactly("Idlib Governorate", "Hama");
    assertThat(ts.get(0).precision()).isEqualTo(3);
  }

  @ParameterizedTest
  @MethodSource("texts")
  void spansAreValidSortedAndDisjoint(String text) {
    assertValid(text, PARSER.parse(text));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void parsingIsDeterministic(String text) {
    assertThat(PARSER.parse(text)).isEqualTo(PARSER.parse(text));
  }

  @Test
  void fourThreadsAtOnceGetTheSameResults() throws Exception {
    List<String> all = texts().toList();
    List<List<Toponym>> expected = all.stream().map(PARSER::parse).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<Toponym>>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(
            pool.submit(
                () -> {
                  List<List<Toponym>> out = new ArrayList<>();
                  for (int round = 0; round < 5; round++) {
                    out.clear();
                    for (String s : all) {
                      out.add(PARSER.parse(s));
                    }
                  }
                  return out;
                }));
      }
      for (Future<List<List<Toponym>>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2026})
  void randomTextNeverThrowsAndGivesValidSpans(long seed) {
    Random random = new Random(seed);
    String[] pieces = {
      "Aleppo",
      "al-",
      "Deir",
      " ez-",
      "Zor",
      " ",
      "  ",
      "\n",
      ".",
      ",",
      "'",
      "’",
      "-",
      "US",
      "U.S.",
      "THE",
      "of",
      "Ras",
      "Ayn",
      "حلب",
      "ال",
      "é",
      "\u0301",
      "(",
      ")",
      "Idlib",
      "province",
      "Governorate",
      "village",
      "x",
      "New",
      "York",
      "1999",
      "\uD83D\uDE00",
      "\t"
    };
    for (int doc = 0; doc < 50; doc++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        String p = pieces[random.nextInt(pieces.length)];
        sb.append(random.nextInt(5) == 0 ? p.toUpperCase(java.util.Locale.ROOT) : p);
      }
      String text = sb.toString();
      assertValid(text, PARSER.parse(text));
    }
  }

  private static void assertValid(String text, List<Toponym> ts) {
    int lastEnd = 0;
    for (Toponym t : ts) {
      assertThat(t.span().start()).isGreaterThanOrEqualTo(lastEnd);
      assertThat(t.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(t.span().start(), t.span().end())).isEqualTo(t.text());
      assertThat(t.precision()).isBetween(1, 3);
      assertThat(t.score()).isBetween(0.0, 1.0);
      assertThat(t.place()).isNotNull();
      assertThat(t.candidates()).isNotEmpty();
      assertThat(t.candidates().get(0).place()).isEqualTo(t.place());
      lastEnd = t.span().end();
    }
  }
}
