package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sijil.model.event.Event;
import org.sijil.model.event.TargetKind;
import org.sijil.model.event.TargetRef;

/**
 * Physical targets (docs/ontology.md, "Physical targets"): what an event hit, found by local syntax
 * around its trigger or a damage verb. Sentences written for these tests.
 */
class PhysicalTargetTest {
  private static final EventExtractor EXTRACTOR = EventExtractor.english();

  private static Event first(String text) {
    return EXTRACTOR.extract(text, null).events().get(0);
  }

  private static String target(Event e, String text) {
    TargetRef t = e.target();
    return t == null ? null : t.span().of(text);
  }

  @Test
  void theObjectOfAnAttackVerbIsItsTarget() {
    String text = "Gunmen set fire to a bakery in Raqqa on Monday night.";
    Event e = first(text);
    assertThat(target(e, text)).isEqualTo("bakery");
    assertThat(e.target().kind()).isEqualTo(TargetKind.BUILDING);
    assertThat(e.target().name()).isEqualTo("bakery");
  }

  @Test
  void aCarBombIsTheWeaponAndThePlaceItExplodedOutsideIsTheTarget() {
    String text =
        "A car bomb exploded outside the national hospital in Hasakah, killing four people.";
    Event e = first(text);
    assertThat(target(e, text)).isEqualTo("national hospital");
  }

  @Test
  void anEventNounTakesItsTargetThroughAPreposition() {
    String text = "Militants claimed the attack on a bus carrying workers near Palmyra.";
    Event e = first(text);
    assertThat(target(e, text)).isEqualTo("bus");
    assertThat(e.target().kind()).isEqualTo(TargetKind.VEHICLE);
  }

  @Test
  void thePassiveSubjectIsTheTargetEvenWithAPhraseOfPlace() {
    String text = "Two schools in Tal Tamr were shelled by government forces on Sunday.";
    Event e = first(text);
    assertThat(target(e, text)).isEqualTo("schools");
  }

  @Test
  void aDamageVerbOfTheSentenceNamesTheTargetOfItsEvent() {
    String text =
        "A Turkish drone strike killed a shepherd near Qamishli on Friday and damaged a power"
            + " station.";
    Event e = first(text);
    assertThat(target(e, text)).isEqualTo("power station");
    assertThat(e.target().kind()).isEqualTo(TargetKind.INFRASTRUCTURE);
  }

  @Test
  void whatADamageVerbActsOnOutranksWhereTheBlastWas() {
    String text =
        "A cargo plane was partly destroyed when a bomb planted by rebels exploded at the airport"
            + " of Deir ez-Zor.";
    Event e = first(text);
    assertThat(target(e, text)).isEqualTo("cargo plane");
  }

  @Test
  void theSubjectAndObjectOfACasualtyWordArePeopleNotTargets() {
    String text = "Gunmen killed two farmers in a restaurant in Homs on Tuesday.";
    Event e = first(text);
    assertThat(e.target()).isNull();
    assertThat(e.victim()).isNotNull();
  }

  @Test
  void aRunOfTargetNounsIsOneCompoundNamedByItsLast() {
    String text =
        "REBELS SET FIRE TO A TANK TRUCK ON THE HIGHWAY NEAR THE TOWN OF FLORES YESTERDAY.";
    Event e = first(text);
    assertThat(target(e, text)).isEqualTo("TANK TRUCK");
    assertThat(e.target().kind()).isEqualTo(TargetKind.VEHICLE);
  }

  @Test
  void aNounBeforeAVerbIsItsSubjectNotACompound() {
    String text =
        "A furnace at the cement plant exploded on Monday, and gunmen later shot a guard.";
    for (Event e : EXTRACTOR.extract(text, null).events()) {
      assertThat(target(e, text)).isNotEqualTo("cement plant");
    }
  }

  @Test
  void aParticipleRightBeforeANounDescribesItAndDoesNotActOnIt() {
    String text = "Columns of armored fighting vehicles moved toward the border on Tuesday.";
    for (Event e : EXTRACTOR.extract(text, null).events()) {
      assertThat(e.target()).isNull();
    }
  }
}
