package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.event.Certainty;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;
import org.sijil.model.event.SubEventType;
import org.sijil.model.event.Tag;

/** Event families on sentences written for these tests. */
class EventExtractorTest {
  private static final EventExtractor EXTRACTOR = EventExtractor.english();

  private static List<Event> events(String text) {
    return EXTRACTOR.extract(text, null).events();
  }

  private static Event only(String text, SubEventType type) {
    List<Event> es = events(text);
    assertThat(es).as("events of %s", text).extracting(Event::subType).contains(type);
    return es.stream().filter(e -> e.subType() == type).findFirst().orElseThrow();
  }

  private static String perp(Event e) {
    return e.perpetrator() == null ? null : e.perpetrator().name();
  }

  @Test
  void aKidnappingThenARansomThenABeheadingGiveAnAbductionAndAnExecution() {
    String text =
        "Islamic State militants kidnapped three truck drivers near the town of Shaddadi. "
            + "Their relatives paid a ransom for them, but the group beheaded the drivers a week later.";
    Event abduction = only(text, SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
    assertThat(perp(abduction)).isEqualTo("Islamic State");
    assertThat(abduction.counts().get(CountKind.ABDUCTED).min()).isEqualTo(3);
    assertThat(abduction.tags()).contains(Tag.KIDNAPPING, Tag.RANSOM);
    assertThat(abduction.location().name()).isEqualTo("Shaddadi");
    Event killing = only(text, SubEventType.ATTACK);
    assertThat(killing.tags()).contains(Tag.BEHEADING, Tag.EXECUTION);
    assertThat(perp(killing)).isEqualTo("Islamic State");
  }

  @Test
  void aRansomPaidForKidnappedMenTagsTheAbduction() {
    Event e =
        only(
            "Unknown gunmen kidnapped two doctors in Qamishli and demanded a ransom of $20,000.",
            SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
    assertThat(e.tags()).contains(Tag.RANSOM, Tag.KIDNAPPING);
    assertThat(perp(e)).isEqualTo("Unidentified armed group");
  }

  @Test
  void aRoadsideBombIsARemoteExplosiveWithItsDeaths() {
    Event e =
        only(
            "A roadside bomb exploded on the road south of Hasakah on Tuesday, killing four"
                + " soldiers.",
            SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    assertThat(e.counts().get(CountKind.KILLED).min()).isEqualTo(4);
    assertThat(e.location().name()).isEqualTo("Hasakah");
  }

  @Test
  void anAirstrikeWithDisputedFiguresKeepsTheReportedCountAndItsSource() {
    Event e =
        only(
            "According to the Syrian Observatory for Human Rights, coalition warplanes struck the"
                + " village of Hajin, killing 12 civilians.",
            SubEventType.AIR_DRONE_STRIKE);
    assertThat(perp(e)).isEqualTo("International Coalition");
    assertThat(e.counts().get(CountKind.KILLED).min()).isEqualTo(12);
    assertThat(e.attribution()).isNotNull();
    assertThat(e.attribution().source()).contains("Syrian Observatory");
    assertThat(e.certainty()).isEqualTo(Certainty.REPORTED);
  }

  @Test
  void aPrisonBreakIsAStrategicDevelopmentTaggedPrisonBreak() {
    Event e =
        only(
            "Eleven detainees escaped from a prison run by the Asayish in Qamishli on Friday.",
            SubEventType.OTHER);
    assertThat(e.tags()).contains(Tag.PRISON_BREAK);
    assertThat(e.counts().get(CountKind.ESCAPED).min()).isEqualTo(11);
  }

  @Test
  void anArrestCampaignByGovernmentForcesIsArrests() {
    Event e =
        only(
            "Syrian government forces arrested 30 young men in a raid on the town of Daraya.",
            SubEventType.ARRESTS);
    assertThat(perp(e)).isEqualTo("Syrian government forces");
    assertThat(e.counts().get(CountKind.DETAINED).min()).isEqualTo(30);
  }

  @Test
  void arrestsByAGroupWithoutAuthorityAreAbductions() {
    Event e =
        only(
            "Ahrar al-Sham fighters arrested five activists in the town of Saraqib.",
            SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
    assertThat(e.tags()).contains(Tag.ARBITRARY_DETENTION);
  }

  @Test
  void aProtestDispersedWithTearGasIsAProtestWithIntervention() {
    Event e =
        only(
            "Police fired tear gas at hundreds of protesters who rallied in the main square of"
                + " Sweida.",
            SubEventType.PROTEST_WITH_INTERVENTION);
    assertThat(e.subType().type().label()).isEqualTo("Protests");
  }

  @Test
  void landmineDeathsEveryDayAreRecurring() {
    Event e =
        only(
            "Islamic State fighters planted mines around the farms. Two to four shepherds are"
                + " killed every day by these mines near Palmyra.",
            SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    assertThat(e.tags()).contains(Tag.LANDMINE, Tag.RECURRING);
    assertThat(e.counts().get(CountKind.KILLED).min()).isEqualTo(2);
    assertThat(e.counts().get(CountKind.KILLED).max()).isEqualTo(4);
    assertThat(e.counts().get(CountKind.KILLED).recurring()).isTrue();
    assertThat(perp(e)).isEqualTo("Islamic State");
  }

  @Test
  void aDefectionIsAChangeToGroupActivity() {
    Event e =
        only(
            "A commander of the Free Syrian Army defected to the Syrian Democratic Forces in"
                + " Manbij.",
            SubEventType.CHANGE_TO_GROUP_ACTIVITY);
    assertThat(e.tags()).contains(Tag.DEFECTION);
    assertThat(perp(e)).isEqualTo("Free Syrian Army");
  }

  @Test
  void aDisplacementIsCountedInFamilies() {
    Event e =
        only(
            "Turkish-backed factions displaced about 300 families from the village of Tal Tamr.",
            SubEventType.OTHER);
    assertThat(e.tags()).contains(Tag.DISPLACEMENT);
    assertThat(perp(e)).isEqualTo("Syrian National Army");
    assertThat(e.counts().get(CountKind.DISPLACED).min()).isEqualTo(300);
    assertThat(e.counts().get(CountKind.DISPLACED).approximate()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Analysts fear that the group could launch new attacks on prisons in Hasakah soon.",
        "The coming months may witness more kidnappings by Islamic State cells in Deir ez-Zor.",
        "If the truce collapses, government forces will shell the town of Kafr Nabl again.",
        "The militia plans to attack the Asayish checkpoints in Qamishli next week.",
        "Officials warned that Islamic State seeks to free its members from the camps.",
      })
  void commentaryAndForecastsGiveNoEvent(String text) {
    assertThat(events(text)).isEmpty();
  }

  @Test
  void aDenialOfShellingGivesNoEventButKeepsANegatedOne() {
    String text = "The Turkish army denied that it shelled the village of Tal Rifaat on Monday.";
    ExtractionResult r = EXTRACTOR.extract(text, null);
    assertThat(r.events()).isEmpty();
    assertThat(r.setAside())
        .anySatisfy(
            e -> {
              assertThat(e.subType()).isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
              assertThat(e.certainty()).isEqualTo(Certainty.NEGATED);
            });
  }

  @Test
  void aPassiveKillingTakesThePerpetratorFromTheByPhrase() {
    Event e =
        only(
            "Five civilians were killed by Russian warplanes in the town of Maarat al-Numan.",
            SubEventType.AIR_DRONE_STRIKE);
    assertThat(perp(e)).isEqualTo("Russia");
    assertThat(e.victim().name()).isEqualTo("civilians");
    assertThat(e.counts().get(CountKind.KILLED).min()).isEqualTo(5);
    assertThat(e.location().name()).isEqualTo("Maarat al-Numan");
  }

  @Test
  void theGroupRefersBackToTheLastNamedArmedActor() {
    Event e =
        only(
            "Hayat Tahrir al-Sham took control of the road near Atareb. The group later abducted"
                + " two journalists in the town of Kafr Takharim.",
            SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
    assertThat(perp(e)).isEqualTo("Hayat Tahrir al-Sham");
    assertThat(e.perpetrator().span()).isNotNull();
    assertThat(e.counts().get(CountKind.ABDUCTED).min()).isEqualTo(2);
  }

  @Test
  void allCapsTextIsReadLikeMixedCase() {
    Event e =
        only(
            "GUERRILLAS KILLED FOUR PEASANTS IN THE TOWN OF SAN MIGUEL YESTERDAY.",
            SubEventType.ATTACK);
    assertThat(e.perpetrator().name()).isEqualTo("GUERRILLAS");
    assertThat(e.victim().name()).isEqualTo("PEASANTS");
    assertThat(e.counts().get(CountKind.KILLED).min()).isEqualTo(4);
    assertThat(e.location().name()).isEqualTo("SAN MIGUEL");
  }

  @Test
  void eventsComeMostConfidentFirstAndPointIntoTheText() {
    String text =
        "Clashes broke out between the SDF and Islamic State fighters in Hajin, killing 7"
            + " fighters. Separately, unknown gunmen shot dead a teacher in the city of Raqqa.";
    List<Event> es = events(text);
    assertThat(es).hasSizeGreaterThanOrEqualTo(2);
    for (int i = 1; i < es.size(); i++) {
      assertThat(es.get(i).confidence()).isLessThanOrEqualTo(es.get(i - 1).confidence());
    }
    Predicate<Event> inText = e -> e.evidence().end() <= text.length();
    assertThat(es).allMatch(inText);
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L, 4L, 5L})
  void randomMixesOfEventWordsNeverThrow(long seed) {
    Random r = new Random(seed);
    String[] words = {
      "killed",
      "by",
      "the group",
      "ISIS",
      "were",
      "not",
      "in",
      "the city of",
      "Raqqa",
      "two to",
      "three",
      "every day",
      "denied",
      "kidnapped",
      "them",
      "ransom",
      "escaped",
      "prison",
      ".",
      ",",
      "SDF",
      "airstrike",
      "IS",
      "according to",
      "said",
      "they",
      "those",
      "\n\n",
      "“",
      "—"
    };
    for (int k = 0; k < 50; k++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(60);
      for (int i = 0; i < n; i++) {
        sb.append(words[r.nextInt(words.length)]).append(r.nextBoolean() ? " " : "");
      }
      String text = sb.toString();
      ExtractionResult res = EXTRACTOR.extract(text, null);
      for (Event e : res.events()) {
        assertThat(e.evidence().end()).isLessThanOrEqualTo(text.length());
        assertThat(e.evidence().contains(e.trigger())).isTrue();
      }
    }
  }
}
