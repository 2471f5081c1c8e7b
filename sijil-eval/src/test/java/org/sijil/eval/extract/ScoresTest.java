package org.sijil.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sijil.model.Span;

class ScoresTest {

  @Test
  void headNounsMatchWhenTheLastTokenOfOneIsAmongTheOthersTokens() {
    assertThat(Scores.headMatch("the guerrillas", "URBAN GUERRILLAS")).isTrue();
    assertThat(Scores.headMatch("GUERRILLA COLUMN", "guerrilla")).isTrue();
    assertThat(Scores.headMatch("the army's soldiers", "army")).isTrue();
    assertThat(Scores.headMatch("peasants", "soldiers")).isFalse();
  }

  @Test
  void determinersAreDroppedUnlessNothingElseIsLeft() {
    assertThat(Scores.headTokens("The farm, its houses")).containsExactly("farm", "houses");
    assertThat(Scores.headTokens("those")).containsExactly("those");
  }

  @Test
  void precisionRecallAndF1AreZeroRatherThanUndefinedOnEmptyCounts() {
    assertThat(Scores.prf("x", 0, 0, 0)).allSatisfy(m -> assertThat(m.value()).isZero());
    assertThat(Scores.prf("x", 3, 1, 2).get(2).value())
        .isCloseTo(2 * 0.75 * 0.6 / 1.35, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aQuoteIsFoundAcrossDifferentWhitespace() {
    String text = "Gunmen  shot\n two men near the mill.";
    assertThat(SeedEventsTask.locate(text, "shot two men")).isEqualTo(new Span(8, 21));
    assertThat(SeedEventsTask.locate(text, "shot three men")).isNull();
  }

  @Test
  void distancesAreGreatCircleKilometres() {
    assertThat(Scores.km(36.0, 38.0, 36.0, 38.0)).isZero();
    assertThat(Scores.km(0, 0, 0, 1)).isCloseTo(111.2, org.assertj.core.data.Offset.offset(0.2));
  }
}
