package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijil.extract.ExtractedEvents.events;
import static org.sijil.extract.ExtractedEvents.figure;
import static org.sijil.extract.ExtractedEvents.single;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.event.ActorCategory;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;
import org.sijil.model.event.SubEventType;

/**
 * Events of round 8 (docs/ontology.md, "Events, round 8"): ranks and roles of armed men are coded
 * by the force they serve, not as civilians; verbs of violence whose object or instrument is no
 * target of weapons make no event. Sentences written for these tests.
 */
class EventsRoundEightTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A conscript was killed by a landmine near Tabqa.|STATE_FORCES",
        "A colonel was wounded by a roadside bomb in Hasakah.|STATE_FORCES",
        "A policeman was killed by a car bomb in Qamishli.|STATE_FORCES",
        "An army commander was killed by a roadside bomb near Palmyra.|STATE_FORCES",
        "A fighter was killed in a drone strike near Kobani.|REBEL_GROUP",
        "A militiaman was killed by a landmine near Suluk.|REBEL_GROUP",
        "Gunmen killed a lieutenant near Shaddadi.|STATE_FORCES",
        "Unknown gunmen killed a senior commander near Busayrah.|REBEL_GROUP",
      })
  void aRankOrRoleOfArmedMenIsCodedByTheForceNotAsCivilians(String text, String category) {
    Event e = single(text);
    assertThat(e.victim()).as("victim of %s", text).isNotNull();
    assertThat(e.victim().category())
        .as("victim of %s", text)
        .isEqualTo(ActorCategory.valueOf(category));
    assertThat(
            figure(
                e, e.counts().containsKey(CountKind.KILLED) ? CountKind.KILLED : CountKind.INJURED))
        .as("count in %s", text)
        .isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Gunmen killed a colonel in Raqqa.",
        "Gunmen shot dead a conscript at a checkpoint near Tal Abyad.",
      })
  void armedMenKillingAnOfficerIsAClashNotAnAttackOnCivilians(String text) {
    Event e = single(text);
    assertThat(e.subType()).as("type of %s", text).isEqualTo(SubEventType.ARMED_CLASH);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A farmer was killed by a landmine near Tabqa.",
        "Gunmen killed a shepherd near Shaddadi.",
      })
  void civiliansStayCivilians(String text) {
    Event e = single(text);
    assertThat(e.victim()).as("victim of %s", text).isNotNull();
    assertThat(e.victim().category()).as("victim of %s", text).isEqualTo(ActorCategory.CIVILIANS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Rebels shelled a general hospital in Hasakah.",
        "Gunmen attacked a fighter jet near Tabqa.",
      })
  void aRoleWordBeforeANounIsNoArmedVictim(String text) {
    Event e = single(text);
    assertThat(e.victim()).as("victim of %s", text).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The coalition targeted ISIS financiers with sanctions.",
        "The United States hit Damascus officials with new tariffs.",
        "The SDF attacked the decision of the government in a statement.",
        "Rebels attacked the new plan of the regime on Friday.",
        "The army was hit with a lawsuit by the families.",
        "The militia struck a deal with the army over the town.",
        "Fighters shot a video in the ruins of Raqqa.",
      })
  void aVerbOfViolenceActingOnNoTargetOfWeaponsIsNoViolence(String text) {
    assertThat(events(text))
        .as("events of %s", text)
        .noneMatch(e -> e.subType().type().isViolent());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Turkey targeted the SDF with drones near Kobani, killing two.",
        "Rebels attacked the army with rockets near Hama, killing three.",
        "Regime jets struck a market in Raqqa, killing five.",
      })
  void aWeaponOrAPlaceAsObjectKeepsTheViolence(String text) {
    assertThat(events(text)).as("events of %s", text).anyMatch(e -> e.subType().type().isViolent());
  }
}
