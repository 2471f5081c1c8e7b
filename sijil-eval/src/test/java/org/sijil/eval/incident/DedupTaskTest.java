package org.sijil.eval.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.eval.EvalReport;

class DedupTaskTest {
  private static final Path DEV = Path.of("dev", "dedup.dev.jsonl");

  @TempDir Path tmp;

  private static Map<String, Double> metrics(EvalReport r) {
    return r.metrics().stream()
        .collect(Collectors.toMap(EvalReport.Metric::name, EvalReport.Metric::value));
  }

  @Test
  void perfectClusteringScoresOneAndEverythingInOneClusterLosesPrecision() {
    List<String> gold = List.of("a", "a", "b", "c", "c", "c");

    Map<String, Double> same =
        ClusterScores.pairwise(gold, gold).stream()
            .collect(Collectors.toMap(EvalReport.Metric::name, EvalReport.Metric::value));
    Map<String, Double> lumped =
        ClusterScores.pairwise(gold, List.of("x", "x", "x", "x", "x", "x")).stream()
            .collect(Collectors.toMap(EvalReport.Metric::name, EvalReport.Metric::value));
    Map<String, Double> bcubed =
        ClusterScores.bcubed(gold, List.of("x", "x", "x", "x", "x", "x")).stream()
            .collect(Collectors.toMap(EvalReport.Metric::name, EvalReport.Metric::value));

    assertThat(same.get("pairwise_f1")).isEqualTo(1.0);
    assertThat(lumped.get("pairwise_recall")).isEqualTo(1.0);
    assertThat(lumped.get("pairwise_precision"))
        .isCloseTo(4 / 15.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(bcubed.get("bcubed_recall")).isEqualTo(1.0);
    assertThat(bcubed.get("bcubed_precision"))
        .isCloseTo((2 * 2 + 1 + 3 * 3) / 36.0, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void theGeneratorIsDeterministicAndTheCommittedDevSetIsItsOutput() throws IOException {
    ReportSetGenerator g = new ReportSetGenerator(2026);
    StringBuilder sb = new StringBuilder();
    for (ReportSetGenerator.Report r : g.generate(150)) {
      sb.append(g.line(r)).append('\n');
    }

    assertThat(sb.toString()).isEqualTo(Files.readString(DEV));
  }

  @Test
  void theDevSetMeetsThePrecisionAndRecallTargets() throws IOException {
    Map<String, Double> m = metrics(new DedupTask().evaluate(DEV));

    assertThat(m.get("pairwise_precision")).isGreaterThanOrEqualTo(0.95);
    assertThat(m.get("pairwise_recall")).isGreaterThanOrEqualTo(0.90);
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void freshGeneratedSetsAlsoMeetTheTargets(long seed) throws IOException {
    ReportSetGenerator g = new ReportSetGenerator(seed);
    Path file = tmp.resolve("set.jsonl");
    Files.write(file, g.generate(40).stream().map(g::line).toList());

    Map<String, Double> m = metrics(new DedupTask().evaluate(file));

    assertThat(m.get("pairwise_precision")).isGreaterThanOrEqualTo(0.95);
    assertThat(m.get("pairwise_recall")).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void aLineWithoutAGoldIncidentIsRefusedWithItsNumber() throws IOException {
    Path file = tmp.resolve("bad.jsonl");
    Files.writeString(file, "{\"id\": \"x\", \"text\": \"Shelling hit Tal Tamr.\"}\n");

    assertThatThrownBy(() -> new DedupTask().evaluate(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("\"incident\"");
  }
}
