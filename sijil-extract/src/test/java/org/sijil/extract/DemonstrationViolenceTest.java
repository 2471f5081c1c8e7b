package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.model.event.Event;
import org.sijil.model.event.SubEventType;

/**
 * ACLED: demonstrators who do violence or damage make a violent demonstration, whatever force met
 * them; force against peaceful demonstrators is an intervention. Sentences written for these tests.
 */
class DemonstrationViolenceTest {
  private static final EventExtractor EXTRACTOR = EventExtractor.english();

  private static List<SubEventType> types(String text) {
    return EXTRACTOR.extract(text, null).events().stream().map(Event::subType).toList();
  }

  @Test
  void protestersSmashingWindowsWhilePoliceFireTearGasAreAViolentDemonstration() {
    List<SubEventType> t =
        types(
            "Hundreds of protesters smashed shop windows in central Basra on Friday, and police"
                + " fired tear gas to disperse the crowd.");
    assertThat(t).first().isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
    assertThat(t).doesNotContain(SubEventType.PROTEST_WITH_INTERVENTION);
  }

  @Test
  void tearGasAgainstPeacefulProtestersStaysAnIntervention() {
    assertThat(
            types(
                "Police fired tear gas to disperse hundreds of protesters in central Basra on"
                    + " Friday."))
        .first()
        .isEqualTo(SubEventType.PROTEST_WITH_INTERVENTION);
  }

  @Test
  void aClashAtAProtestMadeViolentDemonstrationOverTheIntervention() {
    assertThat(
            types(
                "Riot police fired tear gas at students protesting outside the governorate in"
                    + " Sulaymaniyah on Monday, during a clash with the protesters."))
        .first()
        .isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
  }

  @Test
  void youthsWhoRiotedAreAViolentDemonstration() {
    assertThat(types("Hundreds of youths rioted in the suburbs of Lyon on Saturday night."))
        .first()
        .isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
  }

  @Test
  void smashedWithoutDemonstratorsIsNoDemonstration() {
    assertThat(types("A storm smashed the windows of a school in Basra on Friday."))
        .doesNotContain(SubEventType.VIOLENT_DEMONSTRATION);
  }

  @Test
  void aMarchThenScufflesInTheNextSentenceAreOneViolentDemonstration() {
    List<SubEventType> t =
        types(
            "Thousands of teachers marched through Beirut on Sunday to demand higher wages. There"
                + " were scuffles between demonstrators and police near the parliament.");
    assertThat(t).containsExactly(SubEventType.VIOLENT_DEMONSTRATION);
  }

  @Test
  void aMarchAndScufflesThreeSentencesApartStayApart() {
    List<SubEventType> t =
        types(
            "Thousands of teachers marched through Beirut on Sunday to demand higher wages. The"
                + " ministry said it would study the demands. Unions plan another day of action."
                + " On Monday there were scuffles near the parliament in Tripoli between protesters"
                + " and guards.");
    assertThat(t).contains(SubEventType.PEACEFUL_PROTEST, SubEventType.VIOLENT_DEMONSTRATION);
  }

  @Test
  void rioterLootingInTheirSentenceIsPartOfTheViolentDemonstration() {
    assertThat(
            types(
                "Youths rioted in the suburbs of Lyon on Saturday night, looting shops and"
                    + " burning cars."))
        .containsExactly(SubEventType.VIOLENT_DEMONSTRATION);
  }

  @Test
  void demonstratorsPullingDownAFenceMakeItViolent() {
    assertThat(
            types(
                "Demonstrators pulled down the fence of the governorate building in Sulaymaniyah"
                    + " on Monday."))
        .first()
        .isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
  }

  @Test
  void activistsBreakingIntoABuildingWhilePoliceFireTearGasAreAViolentDemonstration() {
    assertThat(
            types(
                "Police fired tear gas to disperse activists who broke into the municipal building"
                    + " in Erbil on Sunday."))
        .first()
        .isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
  }
}
