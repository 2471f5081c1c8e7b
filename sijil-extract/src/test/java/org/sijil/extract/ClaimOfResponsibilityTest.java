package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.model.event.ActorCategory;
import org.sijil.model.event.Event;
import org.sijil.model.event.SubEventType;

/**
 * Claims of responsibility name the perpetrator (docs/ontology.md, "Perpetrators of round roles3").
 * Sentences and group names written for these tests.
 */
class ClaimOfResponsibilityTest {
  private static final EventExtractor EXTRACTOR = EventExtractor.english();

  private static Event kidnapping(String text) {
    List<Event> events = EXTRACTOR.extract(text, null).events();
    return events.stream()
        .filter(e -> e.subType() == SubEventType.ABDUCTION_FORCED_DISAPPEARANCE)
        .findFirst()
        .orElseThrow();
  }

  private static String perpetrator(Event e, String text) {
    if (e.perpetrator() == null) {
      return null;
    }
    return e.perpetrator().span() == null
        ? e.perpetrator().name()
        : e.perpetrator().span().of(text);
  }

  @Test
  void aLaterClaimNamesThePerpetratorOfAnEventThatNamedNone() {
    String text =
        "Two engineers were kidnapped near Manbij on Sunday and taken to an unknown place. The"
            + " Desert Lions claimed responsibility for the kidnapping in a statement on Monday.";
    Event e = kidnapping(text);
    assertThat(e.trigger().of(text)).isEqualTo("kidnapped");
    assertThat(perpetrator(e, text)).isEqualTo("Desert Lions");
    assertThat(e.perpetrator().category()).isEqualTo(ActorCategory.REBEL_GROUP);
  }

  @Test
  void aClaimForTheAttackFitsABombingToldBefore() {
    String text =
        "A BOMB EXPLODED OUTSIDE THE CITY HALL OF SAN PEDRO YESTERDAY, DESTROYING TWO CARS. THE"
            + " RED DAWN COMMAND TODAY CLAIMED RESPONSIBILITY FOR THE ATTACK.";
    Event e = EXTRACTOR.extract(text, null).events().get(0);
    assertThat(e.evidence().of(text)).startsWith("A BOMB EXPLODED");
    assertThat(perpetrator(e, text)).isEqualTo("RED DAWN COMMAND");
  }

  @Test
  void theClaimantIsTheNameBeforeAnApposition() {
    String text =
        "Two engineers were kidnapped near Manbij on Sunday and taken to an unknown place. The"
            + " Desert Lions, a group formed last year, claimed responsibility for the kidnapping.";
    assertThat(perpetrator(kidnapping(text), text)).isEqualTo("Desert Lions");
  }

  @Test
  void noGroupHavingClaimedItNamesNoPerpetrator() {
    String text =
        "Two engineers were kidnapped near Manbij on Sunday and taken to an unknown place. No"
            + " group has claimed responsibility for the kidnapping so far.";
    assertThat(kidnapping(text).perpetrator()).isNull();
  }

  @Test
  void anEventWithANamedDoerKeepsIt() {
    String text =
        "Gunmen kidnapped two engineers near Manbij on Sunday. The Desert Lions claimed"
            + " responsibility for the kidnapping on Monday.";
    Event e = kidnapping(text);
    assertThat(e.trigger().of(text)).isEqualTo("kidnapped");
    assertThat(perpetrator(e, text)).isEqualTo("Gunmen");
  }

  @Test
  void hiredAssassinsAreAnUnidentifiedArmedGroup() {
    String text = "A judge was shot dead in Aleppo on Friday by a group of six paid assassins.";
    Event e = EXTRACTOR.extract(text, null).events().get(0);
    assertThat(perpetrator(e, text)).isEqualTo("paid assassins");
  }
}
