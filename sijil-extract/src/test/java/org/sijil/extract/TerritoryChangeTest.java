package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.model.event.Event;
import org.sijil.model.event.SubEventType;

/** Changes of territory and the battles fought for them, on sentences written for these tests. */
class TerritoryChangeTest {
  private static final EventExtractor EXTRACTOR = EventExtractor.english();

  private static List<SubEventType> types(String text) {
    return EXTRACTOR.extract(text, null).events().stream().map(Event::subType).toList();
  }

  @Test
  void armyUnitsPushingFightersOutOfVillagesRegainTerritory() {
    assertThat(
            types(
                "Syrian army units pushed Islamic State fighters out of three villages near"
                    + " Palmyra on Sunday."))
        .contains(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
  }

  @Test
  void clashesInTheSentenceAfterARecaptureArePartOfTheRecapture() {
    assertThat(
            types(
                "Syrian army units drove Islamic State fighters out of two villages near Palmyra on"
                    + " Sunday. The troops killed eleven fighters in fierce clashes around the"
                    + " villages."))
        .contains(SubEventType.GOVERNMENT_REGAINS_TERRITORY)
        .doesNotContain(SubEventType.ARMED_CLASH);
  }
}
