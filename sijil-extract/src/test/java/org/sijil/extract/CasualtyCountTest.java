package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijil.extract.ExtractedEvents.events;
import static org.sijil.extract.ExtractedEvents.figure;
import static org.sijil.extract.ExtractedEvents.single;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sijil.model.Span;
import org.sijil.model.event.Count;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;
import org.sijil.model.event.SubEventType;
import org.sijil.model.event.Tag;

/** Casualty figures and actor roles attached to the right event, on sentences written here. */
class CasualtyCountTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "At least 6 civilians were killed and more than 12 were injured in shelling on Manbij.|6|13",
        "Four fighters were killed and nine were wounded in clashes near Deir ez-Zor.|4|9",
        "Two children were reportedly killed and three were badly wounded in an air strike on Jisr"
            + " al-Shughur.|2|3",
        "Militants shelled the village of Tal Tamr, killing three people and wounding eleven.|3|11",
        "A car bomb went off near the bakery in Tabqa, killing 5 civilians and injuring 12"
            + " others.|5|12",
      })
  void aSecondCoordinatedCasualtyClauseCountsItsOwnFigure(String text, int killed, int injured) {
    Event e =
        events(text).stream()
            .filter(x -> !x.counts().isEmpty())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no counted event in " + text));
    assertThat(figure(e, CountKind.KILLED)).as("killed in %s", text).isEqualTo(killed);
    assertThat(figure(e, CountKind.INJURED)).as("injured in %s", text).isEqualTo(injured);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The number of people killed in the car bomb explosion in Tal Abyad rose to 8.|8",
        "The death toll from Tuesday's bombing in Qamishli has risen to 14.|14",
        "Hospital officials put the death toll from the air strike on Sarmada at 23.|23",
      })
  void aTollStatementGivesTheKilledFigureItNames(String text, int killed) {
    Event e = single(text);
    assertThat(figure(e, CountKind.KILLED)).isEqualTo(killed);
    assertThat(e.counts().get(CountKind.KILLED).approximate()).isFalse();
  }

  @Test
  void aRunningTollOfAWarIsNotAnIncidentsFigure() {
    String text =
        "The death toll of the Syrian war has risen to 350,000 since 2011 after new air strikes on"
            + " Idlib, a monitor said.";
    assertThat(events(text))
        .allSatisfy(e -> assertThat(figure(e, CountKind.KILLED)).isNotEqualTo(350_000));
  }

  @Test
  void theSizeOfACrowdFiredUponIsNotACasualtyCount() {
    String text =
        "Police opened fire to break up thousands of people protesting against bread prices in"
            + " Hasakah. Two protesters were killed and seven were wounded, witnesses said.";
    List<Event> es = events(text);
    assertThat(es).isNotEmpty();
    for (Event e : es) {
      for (Count c : e.counts().values()) {
        assertThat(c.min()).as("a figure of %s", e).isLessThan(1000);
      }
    }
    assertThat(es)
        .anySatisfy(
            e -> {
              assertThat(figure(e, CountKind.KILLED)).isEqualTo(2);
              assertThat(figure(e, CountKind.INJURED)).isEqualTo(7);
            });
  }

  @Test
  void theNumberOfPeopleArrestedIsNotCountedAsKilledByTheSupportingAircraft() {
    String text =
        "Units of the Syrian Democratic Forces, backed by helicopters of the coalition, detained"
            + " dozens of young men in raids on Busayrah on Tuesday.";
    List<Event> es = events(text);
    assertThat(es).anySatisfy(e -> assertThat(figure(e, CountKind.DETAINED)).isEqualTo(24));
    assertThat(es).allSatisfy(e -> assertThat(e.counts()).doesNotContainKey(CountKind.KILLED));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Fighters of the Syrian Democratic Forces, backed by warplanes of the Russian air force,"
            + " arrested 30 people in Raqqa.|Syrian Democratic Forces",
        "Units of the Syrian army, supported by Russian jets, shelled the town of Kafr Nabl.|Syrian",
        "Turkish troops, with the support of Russian military police, detained four men in"
            + " Tal Abyad.|Turk",
      })
  void anActorBackingTheSubjectIsNotThePerpetrator(String text, String perpetrator) {
    Event e = events(text).get(0);
    assertThat(e.perpetrator()).as("perpetrator of %s", text).isNotNull();
    assertThat(e.perpetrator().name()).contains(perpetrator).doesNotContain("Russia");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Unknown gunmen killed a pharmacist in Shaddadi on Tuesday.|KILLED|a pharmacist",
        "A farmer was killed by a landmine near Maadan.|KILLED|A farmer",
        "An old man was wounded by sniper fire in Deir ez-Zor.|INJURED|An old man",
        "Masked gunmen abducted a pharmacist in Raqqa on Friday.|ABDUCTED|a pharmacist",
        "Security forces arrested a journalist in Qamishli on Monday.|DETAINED|a journalist",
        "Cell members assassinated a member of the SDF in Hajin on Sunday.|KILLED|a member of the SDF",
        "Gunmen killed an officer in the Syrian army near Mayadin.|KILLED|an officer in the Syrian army",
        "The Islamic State executed a young man in Mayadin on Friday.|KILLED|a young man",
        "Her husband was killed by a sniper in Daraa on Monday.|KILLED|Her husband",
        "Gunmen killed a shepherd and wounded his son near Hajin.|KILLED|a shepherd",
        "Gunmen killed a shepherd and wounded his son near Hajin.|INJURED|his son",
      })
  void aSingleVictimNamedWithAnArticleCountsOne(String text, CountKind kind, String words) {
    Event e = single(text);
    Count c = e.counts().get(kind);
    assertThat(c).as("%s count in %s", kind, text).isNotNull();
    assertThat(c.min()).isEqualTo(1);
    assertThat(c.max()).isEqualTo(1);
    assertThat(c.span().of(text)).isEqualTo(words);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A family was killed by shelling on Maadan.",
        "Gunmen killed the teacher in Shaddadi on Tuesday.",
        "His sons were killed by a sniper in Daraa on Monday.",
      })
  void noCountOfOneForCoordinatedCollectiveOrDefiniteVictims(String text) {
    for (Event e : events(text)) {
      Count c = e.counts().get(CountKind.KILLED);
      assertThat(c == null || c.min() != 1).as("count of one in %s: %s", text, c).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Gunmen killed two farmers and a shepherd near Shaddadi on Sunday.|3|3|false",
        "Three soldiers and two civilians were killed in shelling on Tal Tamr.|5|5|false",
        "At least four fighters and a child were killed in an air strike on Busayrah.|5|5|true",
        "Two or three fighters and a nurse were killed in shelling on Hajin.|3|4|false",
        "Unknown gunmen killed a teacher and his son in Shaddadi on Tuesday.|2|2|false",
        "A nurse and two of her children were killed in shelling on Ariha.|3|3|false",
      })
  void coordinatedVictimGroupsAddUp(String text, int min, int max, boolean approximate) {
    Count c = killedIn(text);
    assertThat(c.min()).as("min in %s", text).isEqualTo(min);
    assertThat(c.max()).as("max in %s", text).isEqualTo(max);
    assertThat(c.approximate()).as("approximate in %s", text).isEqualTo(approximate);
  }

  @Test
  void theSummedCountSpansAllTheGroups() {
    String text = "Gunmen killed two farmers and a shepherd near Shaddadi on Sunday.";
    assertThat(killedIn(text).span().of(text)).isEqualTo("two farmers and a shepherd");
  }

  @Test
  void aGroupWithAVerbOfItsOwnIsNotAddedToTheVictims() {
    String text =
        "An air strike killed three fighters near Hajin and two civilians were wounded in"
            + " Busayrah.";
    assertThat(events(text))
        .anySatisfy(e -> assertThat(figure(e, CountKind.KILLED)).isEqualTo(3))
        .allSatisfy(e -> assertThat(figure(e, CountKind.KILLED)).isNotEqualTo(5));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A man was killed and his daughter was wounded in shelling on Tal Tamr.|1|1",
        "A nurse was killed and a boy was injured by shelling on Ariha.|1|1",
        "Turkish drones struck a car near Amuda, killing two and wounding seven.|2|7",
        "Regime artillery hit Kafr Nabl on Friday and killed four and wounded 12.|4|12",
        "Five were killed and 11 were wounded in shelling on Maarat al-Numan.|5|11",
      })
  void eachCasualtyClauseKeepsItsFigure(String text, int killed, int injured) {
    assertThat(events(text))
        .as("events of %s", text)
        .anySatisfy(
            e -> {
              assertThat(figure(e, CountKind.KILLED)).isEqualTo(killed);
              assertThat(figure(e, CountKind.INJURED)).isEqualTo(injured);
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "About 20 people were killed and wounded in shelling on Ariha.|20",
        "Regime shells hit Kafr Nabl, killing and injuring 14 people.|14",
      })
  void oneFigureForTheKilledAndTheInjuredBoundsBoth(String text, int figure) {
    Event e =
        events(text).stream()
            .filter(x -> x.counts().containsKey(CountKind.KILLED))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no killed count in " + text));
    for (CountKind kind : List.of(CountKind.KILLED, CountKind.INJURED)) {
      Count c = e.counts().get(kind);
      assertThat(c).as("%s in %s", kind, text).isNotNull();
      assertThat(c.min()).isZero();
      assertThat(c.max()).isEqualTo(figure);
      assertThat(c.approximate()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "16 were killed in shelling on Tal Tamr on Monday.|16",
        "At least 9 were killed in an air strike on Busayrah.|9",
        "Shelling on Douma left 6 martyrs on Sunday.|6",
        "Seven fighters of the Syrian Democratic Forces killed in clashes near Hajin.|7",
        "A nurse killed by a sniper in Busayrah.|1",
        "A boy died in shelling on Ariha on Friday.|1",
      })
  void theFigureOfThePeopleACasualtyWordHappenedToIsRead(String text, int killed) {
    assertThat(killedIn(text).min()).isEqualTo(killed);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Gunmen killed two nurses in Hajin on Monday.|2",
        "Gunmen killed at least 13 civilians in the village of Hajin on Monday.|13",
        "Armed men killed as many as 20 shepherds near Hajin on Monday.|20",
      })
  void anActiveVerbWithAnObjectIsNoHeadlinePassive(String text, int killed) {
    Event e = single(text);
    assertThat(figure(e, CountKind.KILLED)).isEqualTo(killed);
    assertThat(e.perpetrator()).isNotNull();
    assertThat(e.victim()).isNotNull();
    assertThat(e.subType()).isEqualTo(SubEventType.ATTACK);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A girl was hit by sniper fire in Busayrah on Monday.|1|ATTACK",
        "Two farmers were struck by shrapnel from a mortar shell in Maadan on Sunday.|2|"
            + "SHELLING_ARTILLERY_MISSILE_ATTACK",
      })
  void peopleHitByAWeaponWithNoAttackerNamedAreInjured(
      String text, int injured, SubEventType subType) {
    Event e = single(text);
    assertThat(figure(e, CountKind.INJURED)).isEqualTo(injured);
    assertThat(e.subType()).isEqualTo(subType);
  }

  @Test
  void aBuildingHitByAShellHasNoInjuredCount() {
    for (Event e : events("The bakery in Ariha was hit by a shell on Monday.")) {
      assertThat(e.counts()).doesNotContainKey(CountKind.INJURED);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "94 people were killed yesterday across Syria, a monitor said.",
        "At least 40 civilians were killed in 10 days of air strikes on Idlib.",
        "38 people were killed yesterday, including 12 soldiers, in shelling and clashes in Hama.",
        "Air strikes killed 400 civilians in Idlib in 2019, a monitor said.",
        "The toll of the week in Deir ez-Zor rose to 61 killed.",
      })
  void aTotalOverADayAPeriodOrARegionIsTaggedAggregate(String text) {
    assertThat(events(text))
        .as("events of %s", text)
        .anySatisfy(
            e -> {
              assertThat(e.counts()).containsKey(CountKind.KILLED);
              assertThat(e.tags()).contains(Tag.AGGREGATE);
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Shelling killed five civilians in Raqqa last week.",
        "A car bomb killed 9 people in Tabqa today.",
        "Gunmen killed two farmers near Shaddadi on Sunday.",
      })
  void oneIncidentsFigureIsNotAggregate(String text) {
    Event e = single(text);
    assertThat(e.counts()).containsKey(CountKind.KILLED);
    assertThat(e.tags()).doesNotContain(Tag.AGGREGATE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A car bomb exploded in Tabqa on Monday, killing 12 people. The death toll rose to 15 on"
            + " Tuesday.|15",
        "Shelling killed five civilians in Raqqa. The death toll has since risen to 9, medics"
            + " said.|9",
      })
  void aLaterTollUpdatesTheIncidentByTheLargerFigure(String text, int killed) {
    Event e = single(text);
    assertThat(figure(e, CountKind.KILLED)).isEqualTo(killed);
  }

  @Test
  void aTollThatDiffersWithoutRisingGivesARange() {
    Event e =
        single(
            "A car bomb exploded in Tabqa, killing 12 people. A monitor put the death toll at"
                + " 16.");
    Count c = e.counts().get(CountKind.KILLED);
    assertThat(c.min()).isEqualTo(12);
    assertThat(c.max()).isEqualTo(16);
    assertThat(c.approximate()).isTrue();
  }

  @Test
  void differingTollsSpanFromTheLowerToTheHigherFigure() {
    Span a = new Span(0, 2);
    Span b = new Span(10, 12);
    Count range =
        DocumentReader.tollRange(
            new Count(12, 12, false, false, a), new Count(10, 10, false, false, b));
    assertThat(range.min()).isEqualTo(10);
    assertThat(range.max()).isEqualTo(12);
    assertThat(range.approximate()).isTrue();
    assertThat(range.span()).isEqualTo(a);
  }

  @Test
  void tollsCombineByTheirMaximumNotTheirSum() {
    Span a = new Span(0, 2);
    Span b = new Span(10, 12);
    Count combined =
        DocumentReader.largerToll(
            new Count(12, 14, false, true, a), new Count(10, 20, false, false, b));
    assertThat(combined.min()).isEqualTo(12);
    assertThat(combined.max()).isEqualTo(20);
    assertThat(combined.span()).isEqualTo(a);
    assertThat(combined.approximate()).isTrue();
  }

  private static Count killedIn(String text) {
    return events(text).stream()
        .map(e -> e.counts().get(CountKind.KILLED))
        .filter(c -> c != null)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no killed count in " + text));
  }
}
