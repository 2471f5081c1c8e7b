package org.sijil.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.List;

/**
 * Jazzer fuzz target for {@code locate} (the batch form reads names from users' files): any name
 * with any hints gives a ranking, never an exception, with scores in [0, 1] and precisions 1–3.
 * Regression mode under plain JUnit; {@code JAZZER_FUZZ=1} fuzzes.
 */
class PlaceResolverFuzzTest {
  private static final PlaceResolver RESOLVER = new PlaceResolver(Gazetteer.bundled());

  @FuzzTest(maxDuration = "30s")
  void anyNameAndHintsGiveARankingWithoutAnException(
      @NotNull String name, String country, String admin1, String admin2) {
    LocateHints hints;
    try {
      hints = LocateHints.of(country, admin1, admin2);
    } catch (IllegalArgumentException e) {
      // the one declared refusal: a country that is not a two-letter code
      assertThat(country).doesNotMatch("[A-Za-z]{2}");
      return;
    }
    List<PlaceCandidate> ranked = RESOLVER.locate(name, hints);
    for (PlaceCandidate c : ranked) {
      assertThat(c.score()).isBetween(0.0, 1.0);
      assertThat(c.precision()).isBetween(1, 3);
    }
  }
}
