package org.sijil.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sijil.model.Span;
import org.sijil.model.event.Event;
import org.sijil.model.geo.Place;
import org.sijil.model.time.TimeExpression;
import org.sijil.resolve.geo.Toponym;

/** The integrated pipeline keeps the stage contract: spans valid, deterministic, thread-safe. */
class ReportExtractorTest {
  private static final ReportExtractor EXTRACTOR = ReportExtractor.bundled();
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
  private static final String[] PIECES = {
    "Gunmen",
    " killed",
    " three",
    " farmers",
    " near",
    " Hajin",
    " on Monday",
    ".",
    "\n\n",
    "ISIS",
    " abducted",
    " a teacher",
    " in Raqqa",
    " two weeks ago",
    ", activists said",
    " قتل",
    " مسلحون",
    " الرقة",
    "\u0000",
    "\t",
    "\uD83D\uDE00",
    "\uD800",
    "ALL CAPS TEXT",
    " 25",
    " dozens",
    " Sunday, June 18",
    " 2019",
    " the following day",
    " airstrike",
    " shelled",
    " the village of",
    " Kobani",
    " Ras al-Ain",
    "  ",
    "'",
    "\"",
    "(",
    ")",
    "-",
    "…",
    "\r\n"
  };

  static IntStream seeds() {
    return IntStream.range(0, 30);
  }

  private static String random(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(60);
    for (int i = 0; i < n; i++) {
      if (r.nextInt(5) == 0) {
        sb.append((char) r.nextInt(0x3000));
      } else {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
    }
    return sb.toString();
  }

  private static void assertSpansValid(String text, ReportExtraction x) {
    List<Event> all = new ArrayList<>(x.events());
    all.addAll(x.setAside());
    for (Event e : all) {
      assertInBounds(text, e.evidence());
      assertThat(e.evidence().contains(e.trigger())).isTrue();
      if (e.location() != null && e.location().span() != null) {
        assertInBounds(text, e.location().span());
      }
      if (e.date() != null && e.date().span() != null) {
        assertInBounds(text, e.date().span());
      }
    }
    Span previous = null;
    for (Toponym t : x.places()) {
      assertThat(t.span().of(text)).isEqualTo(t.text());
      if (previous != null) {
        assertThat(t.span().start()).isGreaterThanOrEqualTo(previous.end());
      }
      previous = t.span();
    }
    for (TimeExpression t : x.times()) {
      assertThat(t.span().of(text)).isEqualTo(t.text());
    }
  }

  private static void assertInBounds(String text, Span s) {
    assertThat(s.end()).isLessThanOrEqualTo(text.length());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomTextNeverThrowsAndEverySpanPointsIntoIt(int seed) {
    String text = random(new Random(seed));
    ReportExtraction x = EXTRACTOR.extract(text, seed % 2 == 0 ? null : TODAY, TODAY);
    assertSpansValid(text, x);
    assertThat(EXTRACTOR.extract(text, seed % 2 == 0 ? null : TODAY, TODAY)).isEqualTo(x);
  }

  @Test
  void inCapitalsAnEventThatNamesNoPlaceTakesNoneFromCommonWordsTheGeoparserReads() {
    // "MADE", "SHOT", "JUSTICE" are towns somewhere; in capitals nothing tells them from words
    String text =
        "UNIDENTIFIED MEN SHOT AND KILLED A JUDGE AS HE MADE HIS WAY TO THE PALACE OF JUSTICE,"
            + " THE POLICE REPORTED.";
    ReportExtraction x = EXTRACTOR.extract(text, LocalDate.of(1990, 3, 2), TODAY);
    assertThat(x.events()).isNotEmpty();
    assertThat(x.events()).allSatisfy(e -> assertThat(e.location()).isNull());
  }

  @Test
  void aCountryGivesWayToATownInItThatTheSentenceNames() {
    String text =
        "Gunmen kidnapped two Italian engineers in Colombia on Thursday at a construction site"
            + " thirty kilometres from the city of Medellin.";
    ReportExtraction x = EXTRACTOR.extract(text, LocalDate.of(1990, 3, 2), TODAY);
    assertThat(x.events()).isNotEmpty();
    assertThat(x.events().get(0).location().name()).isEqualTo("Medellin");
    assertThat(x.events().get(0).location().country()).isEqualTo("CO");
  }

  @Test
  void anEventNeverTakesADemonymAsItsPlace() {
    String text = "Russian warplanes bombed a market in the town of Maarat al-Numan on Sunday.";
    ReportExtraction x = EXTRACTOR.extract(text, LocalDate.of(2019, 9, 2), TODAY);
    assertThat(x.places()).anyMatch(t -> t.kind() == Toponym.Kind.DEMONYM);
    Event e = x.events().get(0);
    assertThat(e.location().country()).isEqualTo("SY");
    assertThat(e.location().name()).isEqualTo("Maarat al-Numan");
  }

  @Test
  void aSiteTheNextSentenceLocatesInATownMovesTheEventFromTheCountrysideToThatTown() {
    String text =
        "Eleven detainees escaped from a prison in the countryside of Aleppo on Monday, a"
            + " monitoring group said. This prison is run by a local faction in the town of"
            + " Afrin, north of the city.";
    ReportExtraction x = EXTRACTOR.extract(text, LocalDate.of(2021, 3, 2), TODAY);
    Event escape = x.events().get(0);
    assertThat(escape.location().name()).isEqualTo("Afrin");
    assertThat(escape.location().precision()).isEqualTo(1);
    assertThat(text.substring(escape.location().span().start(), escape.location().span().end()))
        .isEqualTo("Afrin");
  }

  @Test
  void aTownTheNextSentenceOnlyPlacesTheSiteNearLeavesTheEventWhereItWas() {
    String text =
        "Eleven detainees escaped from a prison in the countryside of Aleppo on Monday, a"
            + " monitoring group said. This prison lies near the town of Afrin.";
    ReportExtraction x = EXTRACTOR.extract(text, LocalDate.of(2021, 3, 2), TODAY);
    Event escape = x.events().get(0);
    assertThat(escape.location().name()).isNotEqualTo("Afrin");
    assertThat(escape.location().precision()).isGreaterThan(1);
  }

  @Test
  void emptyAndWhitespaceTextsGiveNothing() {
    for (String text : new String[] {"", " ", "\n\n\t"}) {
      ReportExtraction x = EXTRACTOR.extract(text, TODAY, TODAY);
      assertThat(x.events()).isEmpty();
      assertThat(x.places()).isEmpty();
    }
  }

  @Test
  void aReportGivesTheSameResultFromFourThreadsAtOnce() throws Exception {
    String text =
        "Islamic State gunmen abducted two shepherds near the village of Maadan east of Raqqa on"
            + " Sunday. The following day their bodies were found in the desert, activists said.";
    ReportExtraction expected = EXTRACTOR.extract(text, LocalDate.of(2023, 3, 14), TODAY);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ReportExtraction>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> EXTRACTOR.extract(text, LocalDate.of(2023, 3, 14), TODAY)));
      }
      for (Future<ReportExtraction> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(expected.events()).isNotEmpty();
    assertSpansValid(text, expected);
  }

  @Test
  void anUndatedEventTakesTheReportsDateWithoutASpan() {
    String text = "A roadside bomb killed three soldiers near Hajin, a military source said.";
    ReportExtraction x = EXTRACTOR.extract(text, LocalDate.of(2022, 5, 4), TODAY);
    Event e = x.events().get(0);
    assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 5, 4));
    assertThat(e.date().span()).isNull();
  }

  @Test
  void anEventDatedDecadesBeforeTheReportIsSetAsideAsHistory() {
    String text =
        "Aircraft bombed the city in 1945, destroying it. Today residents still fear the return of"
            + " the militants.";
    ReportExtraction x = EXTRACTOR.extract(text, LocalDate.of(2018, 10, 20), TODAY);
    assertThat(x.events()).noneMatch(e -> e.date() != null && e.date().start().getYear() == 1945);
  }

  @Test
  void anUnknownPublicationDateIsInferredFromAWeekdayAndDateAndSaysSo() {
    String text =
        "Monitors said on Sunday, June 18, that 25 prisoners escaped from a prison in Ras al-Ain.";
    ReportExtraction x = EXTRACTOR.extract(text, null, LocalDate.of(2024, 1, 1));
    assertThat(x.documentDate().basis()).isEqualTo(DocumentDate.Basis.INFERRED);
    assertThat(x.documentDate().date()).isEqualTo(LocalDate.of(2023, 6, 18));
    assertThat(x.documentDate().explanation()).isNotBlank();
  }

  @Test
  void anUndatedArabicReportIsDatedFromAnArabicWeekdayAndDateAndItsEventsFromThatDay() {
    // 18 June is a Sunday in 2017 and 2023; the report speaks of 2017. "أمس" is the day before.
    String text =
        "بدأت حملة القصف على المدينة في عام 2017. وقال مراقبون يوم الأحد 18 حزيران إن قوات"
            + " النظام قتلت خمسة مدنيين بقصف مدفعي على بلدة كفرنبل أمس.";
    ReportExtraction x =
        EXTRACTOR.extract(
            text, org.sijil.model.doc.Language.ARABIC, null, LocalDate.of(2024, 1, 1));
    assertThat(x.documentDate().basis()).isEqualTo(DocumentDate.Basis.INFERRED);
    assertThat(x.documentDate().date()).isEqualTo(LocalDate.of(2017, 6, 18));
    assertThat(x.events())
        .anySatisfy(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2017, 6, 17)));
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "A landmine killed a shepherd on the road between Raqqa and Tabqa on Friday.|road between Raqqa and Tabqa",
        "Gunmen killed a driver on the Hasakah-Qamishli road on Friday.|Hasakah-Qamishli road",
        "Gunmen killed a driver on the Hasakah – Qamishli highway on Friday.|Hasakah – Qamishli highway",
      })
  void anEventOnARoadBetweenTwoTownsIsPlacedOnTheRoad(String text, String road) {
    ReportExtraction x = EXTRACTOR.extract(text, LocalDate.of(2024, 3, 8), TODAY);
    Event e = x.events().get(0);
    assertThat(e.location().name()).isEqualTo(road);
    assertThat(e.location().span().of(text)).isEqualTo(road);
    assertThat(e.location().precision()).isEqualTo(2);
    // Between the two towns, some way from each: not at either end.
    List<Toponym> ends =
        x.places().stream().filter(t -> t.place() != null && !t.place().isRegion()).toList();
    assertThat(ends).hasSizeGreaterThanOrEqualTo(1);
    for (Toponym t : ends) {
      assertThat(
              Place.distanceKm(
                  t.place().lat(), t.place().lon(), e.location().lat(), e.location().lon()))
          .isGreaterThan(10);
    }
  }

  @Test
  void anEventOnALongHighwayKeepsTheTownItsSentenceNames() {
    // Damascus and Aleppo lie 300 km apart: the middle of the highway says nothing of the place.
    String text =
        "Gunmen killed a driver on the road between Damascus and Aleppo near Hama on Friday.";
    Event e = EXTRACTOR.extract(text, LocalDate.of(2024, 3, 8), TODAY).events().get(0);
    assertThat(e.location().name()).doesNotContain("road");
  }

  @Test
  void aPlaceReadAbroadIsLookedUpAgainWhereTheReportsActorsFight() {
    // Read alone, "Madan" is a look-alike of a town in Armenia; the Islamic State fights in Syria
    // and Iraq, and Syria has a Madan.
    String text = "ISIS fighters stormed Madan at dawn and killed four guards.";
    Event e = EXTRACTOR.extract(text, LocalDate.of(2017, 6, 1), TODAY).events().get(0);
    assertThat(e.location().name()).isEqualTo("Madan");
    assertThat(e.location().country()).isEqualTo("SY");
  }

  @Test
  void aPlaceReadAbroadWithNoReadingWhereTheActorsFightIsGivenNoCoordinates() {
    // "Der" resolves only to a look-alike in Hungary: no place is better than a wrong one.
    String text = "Regime forces shelled Der Kheba on Sunday, killing a child.";
    Event e = EXTRACTOR.extract(text, LocalDate.of(2016, 6, 1), TODAY).events().get(0);
    assertThat(e.location() == null || !e.location().isResolved()).isTrue();
  }

  @Test
  void onATieOfCountriesAReadingNearlyAsGoodInTheOtherPlacesCountryIsTaken() {
    // "Homs" is read as a village in Iraq; the other place of the report lies in Syria, where
    // the geoparser ranked the city of Homs nearly as high.
    String text = "Shells fell on the countryside of Homs and two men died in al-Hashemiya.";
    Event e = EXTRACTOR.extract(text, LocalDate.of(2016, 6, 1), TODAY).events().get(0);
    assertThat(e.location().name()).isEqualTo("Homs");
    assertThat(e.location().country()).isEqualTo("SY");
    assertThat(Place.distanceKm(e.location().lat(), e.location().lon(), 34.73, 36.72))
        .isLessThan(10);
  }

  @Test
  void anUnknownVillageInADirectionalPartOfAGovernorateIsPlacedInThatPart() {
    // "Khirbet Zurqan" is no place the gazetteer knows; the part of Daraa it lies in is.
    String text =
        "Regime forces shelled Khirbet Zurqan in the western countryside of Daraa on Sunday,"
            + " killing a child.";
    Event e = EXTRACTOR.extract(text, LocalDate.of(2016, 6, 1), TODAY).events().get(0);
    assertThat(e.location().isResolved()).isTrue();
    assertThat(e.location().precision()).isEqualTo(3);
    assertThat(e.location().country()).isEqualTo("SY");
    // West of Daraa city (32.62 N 36.10 E), within the governorate.
    assertThat(e.location().lon()).isLessThan(36.10);
    assertThat(Place.distanceKm(e.location().lat(), e.location().lon(), 32.62, 36.10))
        .isLessThan(40);
  }

  @Test
  void anEventNamingNoPlaceTakesTheDirectionalPartOfItsSentence() {
    String text = "Two soldiers were killed in the northern countryside of Hama on Tuesday.";
    Event e = EXTRACTOR.extract(text, LocalDate.of(2016, 6, 1), TODAY).events().get(0);
    assertThat(e.location().isResolved()).isTrue();
    assertThat(e.location().precision()).isEqualTo(3);
    // North of Hama city (35.13 N 36.75 E).
    assertThat(e.location().lat()).isGreaterThan(35.13);
  }

  @Test
  void aNeighbourhoodReadFarFromTheTownItsSentenceNamesIsPlacedInThatTown() {
    String text =
        "Two children were killed when shells hit the al-Salhin neighbourhood in Aleppo on"
            + " Friday.";
    Event e = EXTRACTOR.extract(text, LocalDate.of(2016, 6, 1), TODAY).events().get(0);
    assertThat(e.location().country()).isEqualTo("SY");
    assertThat(e.location().precision()).isEqualTo(2);
    assertThat(Place.distanceKm(e.location().lat(), e.location().lon(), 36.20, 37.16))
        .isLessThan(10);
  }

  @Test
  void aProvinceNameFollowedByCityIsTheCityAtPrecisionOne() {
    // Next to Quneitra, "Daraa" reads as the governorate; "Daraa city" is the city itself.
    String text = "Shells hit Daraa city and Quneitra on Monday, killing two.";
    Event e = EXTRACTOR.extract(text, LocalDate.of(2016, 6, 1), TODAY).events().get(0);
    assertThat(e.location().name()).isEqualTo("Daraa");
    assertThat(e.location().precision()).isEqualTo(1);
    assertThat(Place.distanceKm(e.location().lat(), e.location().lon(), 32.62, 36.10))
        .isLessThan(5);
  }
}
