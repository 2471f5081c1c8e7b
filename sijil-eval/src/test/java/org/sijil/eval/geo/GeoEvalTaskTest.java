package org.sijil.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.eval.EvalReport;

class GeoEvalTaskTest {

  @Test
  void aucIsZeroForPerfectAndOneForAntipodalErrors() {
    assertThat(GeoEvalTask.auc(List.of(0.0, 0.0, 0.0))).isEqualTo(0.0);
    assertThat(GeoEvalTask.auc(List.of(20039.0, 20039.0))).isCloseTo(1.0, within(1e-4));
    assertThat(GeoEvalTask.auc(List.of(0.0, 20039.0))).isCloseTo(0.5, within(1e-4));
  }

  @Test
  void medianOfOddAndEvenLists() {
    assertThat(GeoEvalTask.median(List.of(1.0, 2.0, 9.0))).isEqualTo(2.0);
    assertThat(GeoEvalTask.median(List.of(1.0, 2.0, 4.0, 9.0))).isEqualTo(3.0);
  }

  @Test
  void aSmallGoldFileIsScoredBySpanAndDistance(@TempDir Path dir) throws IOException {
    // Own text: Mosul is tagged with its true point, Kirkuk with a point 500 km away, and
    // "Basra" is gold but absent from the text's parse because it is not in the text.
    String text = "Fighting in Mosul spread toward Kirkuk.";
    String line =
        "{\"id\":\"t1\",\"text\":\""
            + text
            + "\",\"toponyms\":["
            + "{\"start\":12,\"end\":17,\"name\":\"Mosul\",\"lat\":36.34,\"lon\":43.13},"
            + "{\"start\":32,\"end\":38,\"name\":\"Kirkuk\",\"lat\":31.0,\"lon\":47.0}]}";
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, line + "\n");
    EvalReport r = new GeoEvalTask().evaluate(gold);
    assertThat(r.items()).isEqualTo(1);
    assertThat(metric(r, "toponym_recall")).isEqualTo(1.0);
    assertThat(metric(r, "toponym_precision")).isEqualTo(1.0);
    assertThat(metric(r, "acc_at_161km")).isEqualTo(0.5);
  }

  @Test
  void aLineWithoutToponymsIsRejectedNamingTheLine(@TempDir Path dir) throws IOException {
    Path gold = dir.resolve("bad.jsonl");
    Files.writeString(gold, "{\"id\":\"x\",\"text\":\"a\"}\n");
    assertThatThrownBy(() -> new GeoEvalTask().evaluate(gold))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(":1");
  }

  @Test
  void placesAreScoredWithinTenAndFiftyKilometres(@TempDir Path dir) throws IOException {
    Path gold = dir.resolve("places.jsonl");
    Files.writeString(
        gold,
        "{\"id\":\"p1\",\"name\":\"Manbij town\",\"admin1\":\"Aleppo Governorate\","
            + "\"country\":\"SY\",\"lat\":36.53,\"lon\":37.95}\n"
            + "{\"id\":\"p2\",\"name\":\"Qqqxzzz village\",\"admin1\":null,"
            + "\"country\":\"SY\",\"lat\":35.0,\"lon\":38.0}\n");
    EvalReport r = new PlacesEvalTask().evaluate(gold);
    assertThat(metric(r, "within_10km")).isEqualTo(0.5);
    assertThat(metric(r, "coverage")).isEqualTo(0.5);
  }

  private static double metric(EvalReport r, String name) {
    return r.metrics().stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow()
        .value();
  }
}
