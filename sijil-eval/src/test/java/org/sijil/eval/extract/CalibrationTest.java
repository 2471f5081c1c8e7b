package org.sijil.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalibrationTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void outcomesDrawnWithTheStatedProbabilityGiveASmallError(long seed) {
    Random random = new Random(seed);
    Calibration c = new Calibration(10);
    for (int i = 0; i < 20_000; i++) {
      double p = random.nextDouble();
      c.add(p, random.nextDouble() < p);
    }
    assertThat(c.expectedError()).isLessThan(0.02);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void overconfidentPredictionsGiveTheGapAsError(long seed) {
    Random random = new Random(seed);
    Calibration c = new Calibration(10);
    for (int i = 0; i < 20_000; i++) {
      // stated 0.95, right half of the time
      c.add(0.95, random.nextBoolean());
    }
    assertThat(c.expectedError()).isBetween(0.42, 0.48);
    assertThat(c.table()).singleElement().satisfies(b -> assertThat(b.n()).isEqualTo(20_000));
  }

  @Test
  void brierScoreAndTableOfAHandfulOfPoints() {
    Calibration c = new Calibration(2);
    c.add(0.9, true);
    c.add(0.9, false);
    c.add(0.2, false);
    c.add(1.0, true);
    assertThat(c.brier())
        .isCloseTo((0.01 + 0.81 + 0.04 + 0) / 4, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(c.table()).hasSize(2);
    assertThat(c.table().get(1).n()).isEqualTo(3);
    assertThat(c.table().get(1).accuracy())
        .isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void nothingAddedGivesNaNAndABadConfidenceIsRefused() {
    Calibration c = new Calibration(10);
    assertThat(c.expectedError()).isNaN();
    assertThat(c.brier()).isNaN();
    assertThatThrownBy(() -> c.add(1.5, true)).hasMessageContaining("found 1.5");
  }
}
