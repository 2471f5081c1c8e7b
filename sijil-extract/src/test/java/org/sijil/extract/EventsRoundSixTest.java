package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijil.extract.ExtractedEvents.figure;
import static org.sijil.extract.ExtractedEvents.single;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;

/**
 * Events of round 6 (docs/ontology.md, "Events, round 6"): two passive casualty clauses joined by
 * "and", the other side of "killed in clashes with X", and a country's word before a noun of armed
 * forces. Sentences written for these tests.
 */
class EventsRoundSixTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A boy was killed and an officer was wounded in Tabqa on Friday.|1|1",
        "A teacher was killed and a colonel was injured when a mine went off near Hasakah.|1|1",
        "Two children were killed and three women were wounded in shelling on Ain Issa.|2|3",
        "A shepherd was killed and two farmers were injured near Suluk on Tuesday.|1|2",
      })
  void twoPassiveClausesJoinedByAndEachCountTheirOwnVictims(String text, int killed, int injured) {
    Event e = single(text);
    assertThat(figure(e, CountKind.KILLED)).as("killed in %s", text).isEqualTo(killed);
    assertThat(figure(e, CountKind.INJURED)).as("injured in %s", text).isEqualTo(injured);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A sergeant was killed in clashes with ISIS near Shaddadi.|isis",
        "Four soldiers were killed during fighting with the SDF near Tal Tamr.|sdf",
        "Two fighters were wounded in heavy clashes with regime forces near Maskanah.|syria_gov",
        "Three SDF fighters were killed in clashes against Turkish forces near Ain Issa.|turkey",
      })
  void theOtherSideOfAClashInWhichPeopleWereKilledIsThePerpetrator(String text, String side) {
    Event e = single(text);
    assertThat(e.perpetrator()).as("perpetrator of %s", text).isNotNull();
    assertThat(e.perpetrator().actorId()).isEqualTo(side);
    assertThat(e.victim() == null ? null : e.victim().actorId()).isNotEqualTo(side);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Jordanian jets killed two men near Raqqa on Sunday.|jordan",
        "American drones killed three people near Sarmada.|coalition",
        "US drones killed a man on a motorbike near Atmeh.|coalition",
        "Iraqi soldiers shelled the village of Baghuz, killing a woman.|iraq_gov",
        "Israeli helicopters bombed a depot near Quneitra, killing two guards.|israel",
      })
  void aCountrysWordBeforeAnArmedNounNamesThatCountrysForces(String text, String actor) {
    Event e = single(text);
    assertThat(e.perpetrator()).as("perpetrator of %s", text).isNotNull();
    assertThat(e.perpetrator().actorId()).isEqualTo(actor);
  }

  @ParameterizedTest
  @CsvSource({
    "The jets bombed the village of Hamrat, killing three.",
    "Warplanes bombed the village of Hamrat, killing three."
  })
  void withoutACountrysWordTheArmedNounStaysUnnamedStateForces(String text) {
    Event e = single(text);
    assertThat(e.perpetrator()).as("perpetrator of %s", text).isNotNull();
    assertThat(e.perpetrator().actorId()).isEqualTo("state");
  }
}
