package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sijil.model.event.Event;
import org.sijil.nlp.time.RuleTimeExpressionRecognizer;

/**
 * Argument rules of docs/ontology.md (perpetrator, victim, place) that concern how a filler is
 * found rather than which sub-type is chosen. Sentences written for these tests.
 */
class ArgumentRoleTest {
  private static final EventExtractor EXTRACTOR = EventExtractor.english();

  private static Event first(String text) {
    return EXTRACTOR.extract(text, null).events().get(0);
  }

  private static String perpetrator(Event e) {
    return e.perpetrator() == null ? null : e.perpetrator().name();
  }

  @Test
  void peopleNamedByTheirDeedStayThePerpetratorWhenTheSameMentionIsAlsoTheVictim() {
    Event e =
        first(
            "Review of market attacks Early findings suggest all four gunmen at the Homs market"
                + " opened fire and then detonated grenades they carried.");
    assertThat(perpetrator(e)).isEqualTo("Unidentified armed group");
    assertThat(e.victim()).isNull();
  }

  @Test
  void aBareNounPhraseAfterAnEventNounIsNotItsVictim() {
    Event e = first("After the attacks the four gunmen detonated explosives in the Homs market.");
    assertThat(perpetrator(e)).isEqualTo("Unidentified armed group");
    assertThat(e.victim()).isNull();
  }

  @Test
  void anEventNounTakesItsVictimThroughAPreposition() {
    String text = "Witnesses described the attack on the farmers near Homs on Monday.";
    Event e = first(text);
    assertThat(e.victim()).isNotNull();
    assertThat(e.victim().span().of(text)).isEqualTo("farmers");
  }

  @Test
  void aParticipleAfterTheDeterminerActsOnTheNounItPrecedes() {
    String text = "Lawyers demanded justice in the case of the murdered farmers in Homs.";
    Event e = first(text);
    assertThat(e.victim()).isNotNull();
    assertThat(e.victim().span().of(text)).isEqualTo("farmers");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "Liwa al-Quds militiamen clashed with rebels near Aleppo, leaving five dead.",
        "Desert Hawks fighters shelled a village east of Homs, killing two civilians.",
        "Members of the Local Defence Forces killed a shepherd near Aleppo.",
      })
  void aProGovernmentMilitiaIsCodedAsTheSyrianGovernmentsForces(String text) {
    Event e = first(text);
    assertThat(e.perpetrator()).isNotNull();
    assertThat(e.perpetrator().actorId()).isEqualTo("syria_gov");
  }

  private static String place(Event e) {
    return e.location() == null ? null : e.location().name();
  }

  @Test
  void inCapitalsTheNounBeforeOfIsNotThePlaceButWhatFollowsIs() {
    assertThat(
            place(
                first(
                    "GUERRILLAS ATTACKED A POLICE STATION IN THE HEART OF SANTA ROSA YESTERDAY.")))
        .isEqualTo("SANTA ROSA");
  }

  @Test
  void inCapitalsAWordBeforeAPluralNounModifiesItAndIsNoPlace() {
    assertThat(
            place(
                first(
                    "REBELS KILLED TWO SOLDIERS YESTERDAY, IT WAS LEARNED FROM DEFENSE SOURCES.")))
        .isNull();
  }

  @Test
  void aNamedPersonAsTheSubjectOfAPassiveCasualtyVerbIsItsVictim() {
    String text = "Surveyor Karim Haddad was shot dead by gunmen in Deir ez-Zor on Sunday.";
    Event e = first(text);
    assertThat(e.victim()).isNotNull();
    assertThat(e.victim().span().of(text)).isEqualTo("Surveyor Karim Haddad");
  }

  @Test
  void inCapitalsTheSubjectPhraseOfAPassiveAbductionIsItsVictim() {
    String text = "TWO NORWEGIAN GEOLOGISTS WERE KIDNAPPED BY GUNMEN NEAR SANTA ROSA ON FRIDAY.";
    Event e = first(text);
    assertThat(e.victim()).isNotNull();
    assertThat(e.victim().span().of(text)).isEqualTo("NORWEGIAN GEOLOGISTS");
  }

  @Test
  void aPronounOrQuestionWordIsNoPassiveSubjectVictim() {
    Event e = first("THE PRISONER TOLD HOW I WAS TORTURED BY SOLDIERS IN SANTA ROSA LAST YEAR.");
    assertThat(e.victim() == null ? null : e.victim().name()).isNotEqualTo("HOW I");
  }

  @Test
  void inCapitalsADirectionBetweenTheArticleAndTheNounBeforeOfStillLeadsToThePlace() {
    assertThat(
            place(
                first(
                    "GUERRILLAS KILLED TWO SOLDIERS IN THE SOUTHERN PART OF SANTA ROSA ON MONDAY.")))
        .isEqualTo("SANTA ROSA");
  }

  @Test
  void inCapitalsOneWordBeforeAPluralPlaceNounDescribesIt() {
    assertThat(
            place(
                first(
                    "REBELS SHELLED THE OLD NEIGHBORHOODS OF SANTA ROSA, KILLING FOUR"
                        + " VILLAGERS.")))
        .isEqualTo("SANTA ROSA");
  }

  @Test
  void aCountryInThePossessiveHoldsThePlaceNamedAfterIt() {
    assertThat(
            place(
                first(
                    "GUNMEN KIDNAPPED TWO ENGINEERS IN PERU'S NORTHERN PIURA DEPARTMENT ON"
                        + " TUESDAY.")))
        .isEqualTo("PIURA");
  }

  @Test
  void aTimeExpressionAfterAPrepositionIsNoPlace() {
    String text = "GUERRILLAS KILLED THREE PEASANTS IN THE PAST FEW DAYS, THE ARMY SAID.";
    EventExtractor dated =
        EventExtractor.builder().timeRecognizer(RuleTimeExpressionRecognizer.english()).build();
    Event e = dated.extract(text, LocalDate.of(1990, 5, 4)).events().get(0);
    assertThat(place(e)).isNull();
    // without the recogniser the phrase has the shape of a name after "in"
    assertThat(place(first(text))).isEqualTo("PAST FEW DAYS");
  }

  @Test
  void inCapitalsAPluralAfterASpanishArticleBelongsToTheName() {
    assertThat(place(first("SOLDIERS KILLED HIM AND ANOTHER PEASANT NEAR LOS ALTOS.")))
        .isEqualTo("LOS ALTOS");
  }

  @Test
  void pronounsAndQuantifiersAreNeverPlaceNames() {
    Event e = first("GUNMEN SHOT A TEACHER IN ANOTHER INCIDENT ON MONDAY.");
    assertThat(place(e)).isNull();
  }

  @Test
  void whoReportsAnEventIsNotItsPerpetrator() {
    Event e = first("POLICE SAID A BOMB EXPLODED LAST NIGHT AT A BANK IN SANTA ROSA.");
    assertThat(e.perpetrator()).isNull();
    assertThat(place(e)).isEqualTo("SANTA ROSA");
  }

  @Test
  void aSourceSpeakingThroughASourcesPhraseIsNotThePerpetratorEither() {
    Event e =
        first(
            "Police sources have reported that a car bomb exploded outside the courthouse in"
                + " Tartus.");
    assertThat(e.perpetrator()).isNull();
  }

  @Test
  void aSpeakerTakenUpByAPronounIsThePerpetratorOfItsOwnAct() {
    assertThat(perpetrator(first("Rebels said they shelled the army barracks in Idlib.")))
        .isNotNull();
  }

  @Test
  void anOrganisationNamedByAnArmedHeadIsAPerpetratorInCapitals() {
    Event e =
        first(
            "MEMBERS OF THE RED STAR LIBERATION FRONT ATTACKED A POLICE POST IN SANTA ROSA LAST"
                + " NIGHT.");
    assertThat(perpetrator(e)).isEqualTo("RED STAR LIBERATION FRONT");
  }

  @Test
  void theAcronymInBracketsAfterTheNameNamesTheSameGroupLater() {
    String text =
        "The Red Star Liberation Front (RSLF) issued a statement on Sunday. Two days later RSLF"
            + " fighters attacked a police post in Santa Rosa.";
    Event e = first(text);
    assertThat(perpetrator(e)).isEqualTo("Red Star Liberation Front");
    assertThat(e.perpetrator().span().of(text)).startsWith("RSLF");
  }

  @Test
  void theSingularOfAPeopleWordInTheActorTableIsAVictimToo() {
    String text = "One person was killed when gunmen opened fire on a minibus near Homs.";
    Event e = first(text);
    assertThat(e.victim()).isNotNull();
    assertThat(e.victim().span().of(text)).isEqualTo("person");
  }
}
