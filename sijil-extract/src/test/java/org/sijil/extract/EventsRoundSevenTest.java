package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijil.extract.ExtractedEvents.figure;
import static org.sijil.extract.ExtractedEvents.single;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;

/**
 * Events of round 7 (docs/ontology.md, "Events, round 7"): the object of a verb of violence is the
 * side attacked, not the doer of the casualty clause after it; "held by X" names who holds a place,
 * not who attacked it; a date phrase opening the sentence and a lone victim noun keep their event
 * and count. Sentences written for these tests.
 */
class EventsRoundSevenTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Jordanian jets struck ISIS positions, killing five.|jordan|isis",
        "Jordanian jets struck the positions of ISIS east of Raqqa, killing six.|jordan|isis",
        "Turkish drones struck SDF positions near Qamishli, killing two fighters.|turkey|sdf",
        "Russian warplanes hit ISIS hideouts in the desert near Palmyra, killing nine.|russia|isis",
      })
  void theObjectOfAStrikeIsTheSideStruckNotThePerpetrator(
      String text, String perpetrator, String victim) {
    Event e = single(text);
    assertThat(e.perpetrator()).as("perpetrator of %s", text).isNotNull();
    assertThat(e.perpetrator().actorId()).as("perpetrator of %s", text).isEqualTo(perpetrator);
    assertThat(e.victim()).as("victim of %s", text).isNotNull();
    assertThat(e.victim().actorId()).as("victim of %s", text).isEqualTo(victim);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The army shelled villages held by ISIS, killing three civilians.|state",
        "Turkish artillery pounded villages controlled by the SDF, killing a child.|turkey",
      })
  void aPlaceHeldByAGroupDoesNotMakeThatGroupTheAttacker(String text, String perpetrator) {
    Event e = single(text);
    assertThat(e.perpetrator()).as("perpetrator of %s", text).isNotNull();
    assertThat(e.perpetrator().actorId()).as("perpetrator of %s", text).isEqualTo(perpetrator);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "At daybreak on 22 July, gunmen opened fire on a bus near Hasakah, killing three.|3",
        "Early on 4 March, unknown gunmen shot dead two shepherds near Suluk.|2",
        "In the early hours of Sunday, a car bomb exploded in Qamishli, killing four.|4",
      })
  void aDatePhraseOpeningTheSentenceKeepsTheEventAndItsCount(String text, int killed) {
    Event e = single(text);
    assertThat(figure(e, CountKind.KILLED)).as("killed in %s", text).isEqualTo(killed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A brigadier was killed.",
        "An officer killed.",
        "A pilot was killed in Raqqa on Monday.",
        "At dawn on 3 May, a colonel was killed near Tabqa."
      })
  void aLoneVictimNounCountsOne(String text) {
    Event e = single(text);
    assertThat(figure(e, CountKind.KILLED)).as("killed in %s", text).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Army spokesman Colonel Luis Perez said that the attack killed a farmer near Flores.",
        "A police spokeswoman, Captain Rana Aziz, said the blast killed two people in Hasakah."
      })
  void theGroupASpokespersonSpeaksForIsNoPerpetrator(String text) {
    Event e = single(text);
    assertThat(e.perpetrator()).as("perpetrator of %s", text).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SDF spokesman Farhad Shami said ISIS fighters attacked a checkpoint near Hajin.|isis",
        "An army spokesman said that rebels shelled a checkpoint near Hama, killing two soldiers.|rebels",
      })
  void aDoerNamedAfterTheSpokespersonStaysThePerpetrator(String text, String perpetrator) {
    Event e = single(text);
    assertThat(e.perpetrator()).as("perpetrator of %s", text).isNotNull();
    assertThat(e.perpetrator().actorId()).as("perpetrator of %s", text).isEqualTo(perpetrator);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The SDF suffered three casualties near Hajin on Monday.|sdf",
        "Government troops sustained four casualties in an ambush near Idlib.|state",
        "Regime forces suffered heavy casualties in clashes with rebels near Hama.|syria_gov",
      })
  void theSideThatSufferedCasualtiesDidNotCauseThem(String text, String side) {
    Event e = single(text);
    assertThat(e.perpetrator() == null ? null : e.perpetrator().actorId())
        .as("perpetrator of %s", text)
        .isNotEqualTo(side);
  }
}
