package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijil.extract.ExtractedEvents.events;
import static org.sijil.extract.ExtractedEvents.figure;
import static org.sijil.extract.ExtractedEvents.single;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;
import org.sijil.model.event.SubEventType;
import org.sijil.model.event.Tag;

/**
 * Events of round 5 (docs/ontology.md, "Events, round 5"): actor modifiers of attack nouns, role
 * nouns counted one, figures before an "including" apposition, non-violent deaths and tags kept to
 * their own incident. Sentences written for these tests.
 */
class EventsRoundFiveTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Regime shelling killed three shepherds near Maadan.|syria_gov|Shelling/artillery/missile"
            + " attack",
        "Regime shelling on the village of Karama wounded two women.|syria_gov|Shelling/artillery/"
            + "missile attack",
        "Russian air raids killed six people in Saraqib on Sunday.|russia|Air/drone strike",
        "Coalition bombardment killed two farmers in Sabkha on Friday.|coalition|Shelling/artillery/"
            + "missile attack",
        "Turkish shelling hit the village of Umm al-Kaif, killing a boy.|turkey|Shelling/artillery/"
            + "missile attack",
        "Israeli air strikes killed four fighters near Masyaf.|israel|Air/drone strike",
      })
  void anActorModifierBeforeAnAttackNounIsThePerpetrator(String text, String actor, String sub) {
    Event e = single(text);
    assertThat(e.perpetrator()).as("perpetrator of %s", text).isNotNull();
    assertThat(e.perpetrator().actorId()).isEqualTo(actor);
    assertThat(e.subType()).isEqualTo(SubEventType.fromLabel(sub));
  }

  @Test
  void theModifierOfAnAttackNounIsNeverItsVictim() {
    Event e = single("Two women were wounded in Turkish shelling on the village of Hasiya.");
    assertThat(e.perpetrator()).isNotNull();
    assertThat(e.perpetrator().actorId()).isEqualTo("turkey");
    assertThat(e.victim() == null ? null : e.victim().actorId()).isNotEqualTo("turkey");
  }

  @Test
  void theModifierNamesTheDoerOfItsOwnNounOnly() {
    List<Event> es =
        events("Russian air raids hit Saraqib on Monday and clashes went on near Khan Tuman.");
    assertThat(es).anyMatch(e -> e.subType() == SubEventType.AIR_DRONE_STRIKE);
    for (Event e : es) {
      if (e.subType() == SubEventType.ARMED_CLASH) {
        assertThat(e.perpetrator() == null ? null : e.perpetrator().actorId())
            .isNotEqualTo("russia");
      }
    }
  }

  @Test
  void clashesAndShellingJoinedAreOneFight() {
    assertThat(events("Heavy clashes and shelling went on in Jobar on Monday, killing 4 fighters."))
        .hasSize(1);
  }

  @Test
  void forcesDoingTheActWithAnObjectStayADescription() {
    // "coalition forces fighting ISIS": a participle describing the forces, not an event
    assertThat(events("Coalition forces fighting ISIS opened a new office in Kobani."))
        .noneMatch(e -> e.subType() == SubEventType.ARMED_CLASH);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "An officer killed in a roadside blast in Sanamayn|KILLED",
        "A brigadier general of the regime forces is killed in fighting near Palmyra.|KILLED",
        "A senior commander of the SDF was shot dead near Busayrah on Sunday.|KILLED",
        "A lieutenant in the Syrian army was wounded by a sniper in Jobar.|INJURED",
      })
  void aRoleNounInTheSingularCountsOne(String text, CountKind kind) {
    Event e =
        events(text).stream()
            .filter(x -> x.counts().containsKey(kind))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + kind + " count in " + text));
    assertThat(figure(e, kind)).as("%s in %s", kind, text).isEqualTo(1);
  }

  @Test
  void aRoleInANamedGroupNamesTheGroupAsVictim() {
    Event e = single("A senior commander of the SDF was shot dead near Busayrah on Sunday.");
    assertThat(e.victim()).isNotNull();
    assertThat(e.victim().actorId()).isEqualTo("sdf");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "14 members of the SDF, including a field commander, killed in an ambush near Ghranij|14",
        "Nine regime soldiers, among them a colonel, were killed in an attack near Ithriya.|9",
      })
  void anIncludingAppositionKeepsTheSubjectsFigure(String text, int killed) {
    Event e =
        events(text).stream()
            .filter(x -> x.counts().containsKey(CountKind.KILLED))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no killed count in " + text));
    assertThat(figure(e, CountKind.KILLED)).isEqualTo(killed);
    assertThat(e.perpetrator() == null ? null : e.perpetrator().actorId())
        .as("the people killed are not the perpetrator")
        .isNotEqualTo("sdf");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Three children died of cholera in a camp near Areesha.",
        "Two labourers died of heat stroke in Tabqa on Tuesday.",
        "An elderly man froze to death in a tent near Atmeh.",
        "Four people were killed in a traffic accident on the road to Qamishli.",
        "Six people died when a house collapsed in Jableh.",
        "A boy drowned in the Khabur river near Tal Tamr.",
        "A woman died of hunger in the besieged town of Madaya.",
      })
  void deathsFromIllnessAccidentsAndWeatherAreNoEvent(String text) {
    assertThat(events(text)).as("events of %s", text).isEmpty();
  }

  @Test
  void diedOfHisWoundsIsACasualtyOfViolence() {
    Event e = single("A fighter died of his wounds in a hospital in Qamishli on Monday.");
    assertThat(figure(e, CountKind.KILLED)).isEqualTo(1);
  }

  @Test
  void aHeadlineNamingTwoKindsOfIncidentKeepsEachTagOnItsOwnEvent() {
    String text =
        "Kidnappings and prison breaks alarm residents of Hasakah\n\n"
            + "Gunmen kidnapped a pharmacist in Hasakah on Monday. Days later, seven detainees"
            + " escaped from a prison in the city.";
    List<Event> es = events(text);
    assertThat(es).anyMatch(e -> e.tags().contains(Tag.PRISON_BREAK));
    for (Event e : es) {
      if (e.subType() != SubEventType.OTHER) {
        assertThat(e.tags()).as("tags of %s", e.subType()).doesNotContain(Tag.PRISON_BREAK);
      }
    }
  }

  @Test
  void verbsJoinedOnOneVictimStayOneEvent() {
    Event e = single("Regime forces arrested and tortured a man in Daraa on Monday.");
    assertThat(e.subType()).isEqualTo(SubEventType.ARRESTS);
    assertThat(e.tags()).contains(Tag.TORTURE);
  }
}
