package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sijil.model.event.Event;
import org.sijil.model.event.SubEventType;
import org.sijil.model.event.Tag;

/**
 * Headline style (present tense, no subject, plural nouns) on headlines written for these tests.
 */
class HeadlineStyleTest {
  private static final EventExtractor EXTRACTOR = EventExtractor.english();

  private static List<SubEventType> types(String text) {
    return EXTRACTOR.extract(text, null).events().stream().map(Event::subType).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Clashes renew in the western countryside of Deir Ezzor | ARMED_CLASH",
        "Regime forces shell the outskirts of Douma | SHELLING_ARTILLERY_MISSILE_ATTACK",
        "Warplanes bomb villages near Saraqib | AIR_DRONE_STRIKE",
        "Warplanes raid the eastern countryside of Idlib | AIR_DRONE_STRIKE",
        "Aerial bombardment targets two towns in the Idlib countryside | AIR_DRONE_STRIKE",
        "Explosive barrels fall on Daraya | AIR_DRONE_STRIKE",
        "31 people were killed yesterday, among them 9 fighters | ATTACK"
      })
  void aHeadlineNamingOneThingAboutAnEventYieldsIt(String headline, SubEventType expected) {
    assertThat(types(headline)).as(headline).first().isEqualTo(expected);
  }

  @Test
  void aHeadlineAboveItsBodyIsStillAHeadline() {
    String text =
        "Clashes renew in the western countryside of Deir Ezzor\n"
            + "Residents of the area counted the damage to their houses.";
    assertThat(types(text)).contains(SubEventType.ARMED_CLASH);
  }

  @Test
  void theSameWordsAsAClosedBodySentenceAmongOthersNeedMoreArguments() {
    String text =
        "Clashes renew in the western countryside of Deir Ezzor. "
            + "Residents of the area counted the damage to their houses.";
    assertThat(types(text)).doesNotContain(SubEventType.ARMED_CLASH);
  }

  @Test
  void aLongLineWithoutAFullStopIsCutOffBodyTextNotAHeadline() {
    String text =
        "Officials in the provincial council said that clashes renew in the western countryside"
            + " of Deir Ezzor on most days of the year and that residents of the villages there have"
            + " grown used to the sound";
    assertThat(types(text)).doesNotContain(SubEventType.ARMED_CLASH);
  }

  @Test
  void aPresentTenseExecutionHeadlineIsAnExecution() {
    List<Event> es = EXTRACTOR.extract("IS executes three men in Mayadin", null).events();
    assertThat(es).isNotEmpty();
    assertThat(es.get(0).subType()).isEqualTo(SubEventType.ATTACK);
    assertThat(es.get(0).tags()).contains(Tag.EXECUTION);
  }
}
