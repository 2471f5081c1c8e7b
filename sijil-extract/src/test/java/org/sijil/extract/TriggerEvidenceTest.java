package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.model.event.Event;
import org.sijil.model.event.SubEventType;
import org.sijil.nlp.time.RuleTimeExpressionRecognizer;

/** What a trigger needs around it to count, on sentences written for these tests. */
class TriggerEvidenceTest {
  private static final EventExtractor EXTRACTOR = EventExtractor.english();

  private static List<SubEventType> types(String text) {
    return EXTRACTOR.extract(text, null).events().stream().map(Event::subType).toList();
  }

  @Test
  void raidsByChoppersAreAirStrikes() {
    assertThat(
            types(
                "Fighters in the Hama countryside lost many men on Monday in raids by army"
                    + " choppers."))
        .first()
        .isEqualTo(SubEventType.AIR_DRONE_STRIKE);
  }

  @Test
  void anUnambiguousTriggerWithAPlaceAndADateIsAnEventWhereAnAmbiguousOneIsNot() {
    EventExtractor dated =
        EventExtractor.builder().timeRecognizer(RuleTimeExpressionRecognizer.english()).build();
    LocalDate published = LocalDate.of(2024, 3, 7);
    assertThat(
            dated
                .extract("A grenade attack shook the market in Kobani on Tuesday.", published)
                .events())
        .extracting(Event::subType)
        .containsExactly(SubEventType.GRENADE);
    assertThat(
            dated.extract("An attack shook the market in Kobani on Tuesday.", published).events())
        .isEmpty();
  }

  @Test
  void hitWithoutAnAircraftInTheSentenceIsNoAirStrike() {
    assertThat(types("A truck hit a wall in the centre of Homs")).isEmpty();
  }

  @Test
  void aSureTriggerWithOnlyItsPerpetratorIsAnEventWhereAnUnsureOneIsNot() {
    assertThat(types("Government forces carried out a chemical attack, a monitoring group says."))
        .containsExactly(SubEventType.CHEMICAL_WEAPON);
    assertThat(types("Government forces carried out an attack, a monitoring group says."))
        .isEmpty();
  }

  @Test
  void aVictimHurtBadlyIsStillTheVictim() {
    List<Event> es =
        EXTRACTOR
            .extract("A farmer was badly wounded in an attack on Kobani on Tuesday.", null)
            .events();
    assertThat(es).isNotEmpty();
    assertThat(es.get(0).victim()).isNotNull();
    assertThat(es.get(0).victim().span().of("A farmer was badly wounded")).isEqualTo("farmer");
  }

  @Test
  void imagesOfAKillingDepictAnEventToldElsewhereNotANewOne() {
    assertThat(
            types(
                "The group later posted images of the hostages beheaded, in a message meant to"
                    + " spread fear."))
        .isEmpty();
  }

  @Test
  void attackersKilledByTheirOwnExplosivesAreSuicideBombers() {
    assertThat(
            types(
                "Two gunmen detonated explosives at a checkpoint near Tal Abyad on Monday, killing"
                    + " themselves and a guard."))
        .first()
        .isEqualTo(SubEventType.SUICIDE_BOMB);
  }

  @Test
  void mineClearanceIsDisruptedWeaponsUseAndClearingARoadIsNothing() {
    assertThat(types("Army engineers cleared 400 landmines around Manbij last month."))
        .containsExactly(SubEventType.DISRUPTED_WEAPONS_USE);
    assertThat(types("Workers cleared the snow from the road around Manbij last month.")).isEmpty();
  }

  @Test
  void aRocketPropelledGrenadeIsAMissileAttackNotAGrenade() {
    assertThat(
            types(
                "A rocket-propelled grenade hit a police car in Qamishli on Friday, killing two"
                    + " officers."))
        .first()
        .isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
  }

  @Test
  void warplanesDestroyingADepotAreAnAirStrikeTroopsSeizingOneAreNot() {
    assertThat(types("Russian warplanes destroyed two weapons depots of the rebels near Idlib."))
        .first()
        .isEqualTo(SubEventType.AIR_DRONE_STRIKE);
    assertThat(types("Government troops seized two weapons depots of the rebels near Idlib."))
        .first()
        .isEqualTo(SubEventType.DISRUPTED_WEAPONS_USE);
  }

  @Test
  void aLootedShopIsWhatTheLootingActsOnAndCountsAsItsArgument() {
    assertThat(types("It was looted overnight.")).isEmpty();
    assertThat(types("A shop was looted overnight."))
        .containsExactly(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
  }
}
