package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sijil.model.event.Count;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;

/** Casualty figures and actor roles attached to the right event, on sentences written here. */
class CasualtyCountTest {
  private static final EventExtractor EXTRACTOR = EventExtractor.english();

  private static List<Event> events(String text) {
    return EXTRACTOR.extract(text, null).events();
  }

  private static Event single(String text) {
    List<Event> es = events(text);
    assertThat(es).as("events of %s", text).hasSize(1);
    return es.get(0);
  }

  private static Integer figure(Event e, CountKind kind) {
    Count c = e.counts().get(kind);
    return c == null ? null : c.min();
  }

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
        "Unknown gunmen killed a teacher and his son in Shaddadi on Tuesday.",
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
}
