package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.model.event.Certainty;
import org.sijil.model.event.Event;
import org.sijil.model.event.SubEventType;

/**
 * Decision rules between neighbouring sub-types and argument rules (docs/ontology.md, general rules
 * 5, 7, 8, 9, 10, 11, 13 and 14). Sentences written for these tests.
 */
class SubTypeDecisionTest {
  private static final EventExtractor EXTRACTOR = EventExtractor.english();

  private static List<SubEventType> types(String text) {
    return EXTRACTOR.extract(text, null).events().stream().map(Event::subType).toList();
  }

  @Test
  void deadlyAttacksAgainstPeacefulProtestersAreExcessiveForceNotAViolentDemonstration() {
    List<SubEventType> t =
        types(
            "Two teachers were killed and 40 others injured in Mosul on Sunday as a result of"
                + " militia attacks against peaceful protesters.");
    assertThat(t).first().isEqualTo(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
    assertThat(t).doesNotContain(SubEventType.VIOLENT_DEMONSTRATION);
  }

  @Test
  void activistsDetainedBeforeTheyCouldProtestAreAProtestWithIntervention() {
    assertThat(
            types(
                "Six students were detained in Tbilisi on Monday during an attempt to protest"
                    + " against the new tax law."))
        .first()
        .isEqualTo(SubEventType.PROTEST_WITH_INTERVENTION);
  }

  @Test
  void aProtestOverADetentionIsNoInterventionInIt() {
    List<SubEventType> t =
        types(
            "Hundreds of people rallied outside the police headquarters in Minsk on Friday"
                + " against the arrest of an opposition leader.");
    assertThat(t).first().isEqualTo(SubEventType.PEACEFUL_PROTEST);
    assertThat(t).doesNotContain(SubEventType.PROTEST_WITH_INTERVENTION);
  }

  @Test
  void vehiclesDestroyedInAFightThatKilledArePartOfTheFight() {
    List<SubEventType> t =
        types(
            "Rebel fighters not only killed 12 soldiers near Kutum on Tuesday but also destroyed"
                + " four army vehicles, the rebel spokesman said.");
    assertThat(t).first().isEqualTo(SubEventType.ARMED_CLASH);
    assertThat(t).doesNotContain(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
  }

  @Test
  void notOnlyIsAnAdditionNotANegation() {
    List<Event> aside =
        EXTRACTOR
            .extract(
                "Rebel fighters not only killed 12 soldiers near Kutum on Tuesday but also"
                    + " destroyed four army vehicles.",
                null)
            .setAside();
    assertThat(aside).noneMatch(e -> e.certainty() == Certainty.NEGATED);
  }

  @Test
  void aTownTakenAfterItsDefendersPulledOutIsANonViolentTransfer() {
    assertThat(
            types(
                "Rebel fighters took control of the town of Kafr Nabl on Monday after government"
                    + " troops pulled out of it overnight."))
        .containsExactly(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
  }

  @Test
  void aWithdrawalUnderShellingLeavesTheRecaptureAChangeByForce() {
    List<SubEventType> t =
        types(
            "Government forces recovered control of three villages near Kafr Nabl on Monday from"
                + " rebels who withdrew after heavy artillery shelling.");
    assertThat(t).first().isEqualTo(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
    assertThat(t).doesNotContain(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
  }

  @Test
  void townsAndDistrictsRetakenAreTerritoryEvenUnnamed() {
    assertThat(
            types(
                "Loyalist forces retook several towns and districts over the past week, the"
                    + " defence ministry said."))
        .containsExactly(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
  }

  @Test
  void aRoleMakesOnlyItsOwnVerbGeneric() {
    List<Event> aside =
        EXTRACTOR
            .extract(
                "The French-led coalition tasked with fighting the militias withdrew from the Kidal"
                    + " airport on Sunday and handed control of it to the Malian army.",
                null)
            .setAside();
    assertThat(aside)
        .filteredOn(e -> e.subType() == SubEventType.ARMED_CLASH)
        .extracting(Event::certainty)
        .containsOnly(Certainty.GENERIC);
    assertThat(aside)
        .filteredOn(e -> e.subType() == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY)
        .extracting(Event::certainty)
        .isNotEmpty()
        .doesNotContain(Certainty.GENERIC);
  }

  @Test
  void aClashInWhichStateForcesTakeAVillageIsTheRegainedTerritory() {
    assertThat(
            types(
                "Government troops advanced on Wednesday, clashing with insurgents and capturing"
                    + " the village of Kfar Tal."))
        .containsExactly(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
  }

  @Test
  void theVictimsMentionIsNeverAlsoThePerpetrator() {
    Event e =
        EXTRACTOR
            .extract(
                "Scores of ISIS terrorists were killed and wounded in fierce fighting near Deir"
                    + " ez-Zor on Friday.",
                null)
            .events()
            .get(0);
    assertThat(e.victim()).isNotNull();
    assertThat(e.perpetrator()).isNull();
  }

  @Test
  void aMarchMetByTearGasInTheNextSentenceIsOneProtestWithIntervention() {
    assertThat(
            types(
                "Thousands of teachers marched through central Yerevan on Saturday. Later in the"
                    + " evening police fired tear gas at them near the parliament."))
        .containsExactly(SubEventType.PROTEST_WITH_INTERVENTION);
  }

  @Test
  void aFireExchangeBetweenSoldiersAndMilitantsIsAnArmedClash() {
    assertThat(
            types(
                "Soldiers were engaged in a fire exchange with militants near Garissa on Monday."))
        .containsExactly(SubEventType.ARMED_CLASH);
  }

  @Test
  void unknownMenAreAnUnidentifiedArmedGroup() {
    Event e =
        EXTRACTOR
            .extract("Unknown men abducted three journalists in Bulawayo on Tuesday.", null)
            .events()
            .get(0);
    assertThat(e.perpetrator()).isNotNull();
    assertThat(e.perpetrator().actorId()).isEqualTo("unidentified");
  }

  @Test
  void aDieInIsAPeacefulProtest() {
    assertThat(types("Activists staged a die-in outside the ministry in Lagos on Friday."))
        .containsExactly(SubEventType.PEACEFUL_PROTEST);
  }

  @Test
  void theTerroristsKilledByTheArmyAreNotTheArmyItself() {
    Event e =
        EXTRACTOR
            .extract("The Syrian army killed scores of the terrorists in Aleppo on Monday.", null)
            .events()
            .get(0);
    assertThat(e.subType()).isEqualTo(SubEventType.ARMED_CLASH);
    assertThat(e.victim()).isNotNull();
    assertThat(e.victim().actorId()).isNotEqualTo(e.perpetrator().actorId());
  }

  @Test
  void casualtiesToldInTheNextSentenceAreTheShellingsCasualties() {
    List<Event> events =
        EXTRACTOR
            .extract(
                "Government artillery pounded rebel positions near Kafr Nabl on Monday. A number of"
                    + " the fighters were killed and wounded.",
                null)
            .events();
    assertThat(events).hasSize(1);
    assertThat(events.get(0).subType()).isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
    assertThat(events.get(0).counts()).isNotEmpty();
  }

  @Test
  void lethalForceAgainstProtestersIsExcessiveForce() {
    assertThat(types("Security forces used lethal force against protesters in Basra on Friday."))
        .containsExactly(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
  }

  @Test
  void deathsARallyMournsAreItsReasonNotForceAgainstIt() {
    List<Event> events =
        EXTRACTOR
            .extract(
                "Thousands of people rallied in Khartoum on Saturday to mourn dozens of"
                    + " demonstrators killed last month.",
                null)
            .events();
    assertThat(events).first().extracting(Event::subType).isEqualTo(SubEventType.PEACEFUL_PROTEST);
    assertThat(events).allMatch(e -> e.perpetrator() == null || !e.subType().type().isViolent());
  }

  @Test
  void chemicalWeaponsFacilitiesTargetedAreNoChemicalAttack() {
    List<Event> all = new java.util.ArrayList<>();
    var r =
        EXTRACTOR.extract(
            "The allies launched 105 missiles on Tuesday targeting three chemical weapons"
                + " facilities in Homs.",
            null);
    all.addAll(r.events());
    all.addAll(r.setAside());
    assertThat(all).isNotEmpty().noneMatch(e -> e.subType() == SubEventType.CHEMICAL_WEAPON);
  }

  @Test
  void theObjectOfOneCasualtyVerbIsNotTheSubjectOfTheNext() {
    Event e =
        EXTRACTOR
            .extract(
                "A roadside bomb exploded near Tal Tamr on Sunday as a patrol passed, killing four"
                    + " soldiers and wounding three others.",
                null)
            .events()
            .get(0);
    assertThat(e.subType()).isEqualTo(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    assertThat(e.perpetrator()).isNull();
  }

  @Test
  void beforeAnIngVerbBeIsProgressiveNotPassive() {
    Event e =
        EXTRACTOR
            .extract("Turkish forces are redeploying at observation points in Idlib.", null)
            .events()
            .get(0);
    assertThat(e.subType()).isEqualTo(SubEventType.CHANGE_TO_GROUP_ACTIVITY);
    assertThat(e.perpetrator()).isNotNull();
    assertThat(e.perpetrator().actorId()).isEqualTo("turkey");
  }

  @Test
  void demonstratorsBlockingRoadsAreAViolentDemonstration() {
    List<SubEventType> t =
        types(
            "Hundreds of truck drivers protesting against fuel prices blocked the highway near"
                + " Kisumu on Monday, stranding buses for hours.");
    assertThat(t).first().isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
    assertThat(t).doesNotContain(SubEventType.PEACEFUL_PROTEST);
  }

  @Test
  void policeBlockingARoadIsNoViolentDemonstration() {
    assertThat(
            types(
                "Police blocked the road to the stadium in Gulu on Friday ahead of the"
                    + " minister's visit."))
        .doesNotContain(SubEventType.VIOLENT_DEMONSTRATION);
  }

  @Test
  void policeBlockingStreetsAtAProtestIsAnInterventionNotTheProtestersViolence() {
    List<SubEventType> t =
        types(
            "Police blocked the streets around the parliament in Nairobi on Tuesday as"
                + " protesters gathered to oppose the tax bill.");
    assertThat(t).first().isEqualTo(SubEventType.PROTEST_WITH_INTERVENTION);
    assertThat(t).doesNotContain(SubEventType.VIOLENT_DEMONSTRATION);
  }

  @Test
  void policeTearingDownProtestersTentsIsAnIntervention() {
    assertThat(
            types(
                "Police tore down the tents of the protesters in the square of Khartoum on Monday."))
        .containsExactly(SubEventType.PROTEST_WITH_INTERVENTION);
  }

  @Test
  void peopleDrivenFromTheirVillagesAreADisplacement() {
    assertThat(
            types(
                "About 4,000 people have fled from farming villages near Dikwa since Monday"
                    + " because of raids by armed bandits, the aid agency said."))
        .first()
        .isEqualTo(SubEventType.OTHER);
  }

  @Test
  void fightersWhoFledAreNoDisplacement() {
    assertThat(
            types(
                "The deserters have fled to the hills north of Tabqa with their weapons, the"
                    + " group said on Sunday."))
        .doesNotContain(SubEventType.OTHER);
  }

  @Test
  void fatalAttacksOnPeacefulDemonstratorsAreExcessiveForce() {
    assertThat(
            types(
                "Security forces in Basra have carried out fatal attacks on peaceful"
                    + " demonstrators demanding jobs and clean water."))
        .first()
        .isEqualTo(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
  }

  @Test
  void casualtiesGoToTheMainEventNotToTheClashesItHappenedAmid() {
    List<SubEventType> t =
        types(
            "A grenade exploded at a bus stop in Bujumbura on Sunday amid clashes between the"
                + " army and rebels, killing two people.");
    assertThat(t).first().isEqualTo(SubEventType.GRENADE);
  }

  @Test
  void strikesTheTalksWentOnDespiteRankAfterTheTalks() {
    List<SubEventType> t =
        types(
            "Peace talks between the government and the opposition began in Geneva on Monday"
                + " despite air strikes by government warplanes on opposition towns.");
    assertThat(t).first().isEqualTo(SubEventType.AGREEMENT);
  }

  @Test
  void membersInterceptedForPlanningAttacksAreArrestedAndThePlanIsNoAttack() {
    List<SubEventType> t =
        types(
            "Police in Nairobi intercepted six members of an armed group who were planning"
                + " attacks on the city's main market.");
    assertThat(t).containsExactly(SubEventType.ARRESTS);
  }

  @Test
  void theMeansNamedForTheAttacksInTheNextSentenceDecidesTheirSubType() {
    List<SubEventType> t =
        types(
            "Army posts were hit by coordinated attacks in four villages of Yala province on"
                + " Tuesday night. The attacks were carried out with grenades, the regional"
                + " command said.");
    assertThat(t).containsExactly(SubEventType.GRENADE);
  }

  @Test
  void minesAndBombsDestroyedByTroopsAreDisruptedWeaponsUseNotAnExplosion() {
    assertThat(
            types(
                "Army engineers destroyed 120 landmines and 40 improvised explosive devices left"
                    + " by the militants near Sirte on Sunday, the ministry said."))
        .containsExactly(SubEventType.DISRUPTED_WEAPONS_USE);
  }

  @Test
  void aBombThatDestroyedAVehicleIsAnExplosionNotADisruption() {
    List<SubEventType> t =
        types(
            "An explosive device destroyed a police vehicle in Kandahar on Monday, killing two"
                + " officers.");
    assertThat(t).first().isEqualTo(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    assertThat(t).doesNotContain(SubEventType.DISRUPTED_WEAPONS_USE);
  }

  @Test
  void mayTheMonthIsNoModal() {
    assertThat(
            types(
                "On May Day police in Istanbul dispersed the crowds gathered in Taksim Square with"
                    + " water cannon."))
        .first()
        .isEqualTo(SubEventType.PROTEST_WITH_INTERVENTION);
  }

  @Test
  void aDetentionWhoseReleaseIsDemandedIsTheReasonAndTheMarchersDidNotDetain() {
    List<SubEventType> t =
        types(
            "Police fired tear gas at students who marched in Bangkok on Sunday demanding the"
                + " release of detained activists.");
    assertThat(t).first().isEqualTo(SubEventType.PROTEST_WITH_INTERVENTION);
    assertThat(t).doesNotContain(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
  }
}
