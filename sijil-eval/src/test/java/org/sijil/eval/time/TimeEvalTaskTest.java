package org.sijil.eval.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.eval.EvalMain;
import org.sijil.eval.EvalReport;

class TimeEvalTaskTest {

  @TempDir Path dir;

  private static Map<String, Double> metrics(EvalReport report) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (EvalReport.Metric metric : report.metrics()) {
      m.put(metric.name(), metric.value());
    }
    return m;
  }

  @Test
  void theTaskIsFoundByName() {
    assertThat(EvalMain.find("time")).isInstanceOf(TimeEvalTask.class);
  }

  @Test
  void strictRelaxedTypeAndValueScoresCountAsTempEval3Does() throws IOException {
    // "yesterday" [28,37) exact and right; "June 18, 2023" gold without the year: relaxed only;
    // "a week" gold as a DATE with a wrong value: relaxed, wrong type, wrong value.
    String text =
        "Two men were killed there on yesterday's raid. Then June 18, 2023 came for a week.";
    int y = text.indexOf("yesterday");
    int j = text.indexOf("June 18");
    int w = text.indexOf("a week");
    String line =
        "{\"id\":\"t1\",\"dct\":\"2023-06-21\",\"text\":\""
            + text
            + "\",\"timexes\":["
            + "{\"start\":"
            + y
            + ",\"end\":"
            + (y + 9)
            + ",\"type\":\"DATE\",\"value\":\"2023-06-20\"},"
            + "{\"start\":"
            + j
            + ",\"end\":"
            + (j + 7)
            + ",\"type\":\"DATE\",\"value\":\"2023-06-18\"},"
            + "{\"start\":"
            + w
            + ",\"end\":"
            + (w + 6)
            + ",\"type\":\"DATE\",\"value\":\"XXXX\"},"
            + "{\"start\":0,\"end\":3,\"type\":\"DATE\",\"value\":\"2023\"}]}";
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, line + "\n\n", StandardCharsets.UTF_8);

    EvalReport report = new TimeEvalTask().evaluate(gold);
    Map<String, Double> m = metrics(report);
    assertThat(report.items()).isEqualTo(1);
    // System: yesterday, June 18, 2023, a week = 3; gold = 4.
    assertThat(m.get("strict_precision")).isEqualTo(2.0 / 3); // yesterday, a week
    assertThat(m.get("relaxed_precision")).isEqualTo(1.0);
    assertThat(m.get("relaxed_recall")).isEqualTo(3.0 / 4);
    assertThat(m.get("type_accuracy")).isEqualTo(2.0 / 3);
    assertThat(m.get("value_precision")).isEqualTo(2.0 / 3);
    assertThat(m.get("value_recall")).isEqualTo(2.0 / 4);
  }

  @Test
  void aMalformedLineIsReportedWithItsNumber() throws IOException {
    Path gold = dir.resolve("bad.jsonl");
    Files.write(
        gold,
        List.of(
            "{\"id\":\"a\",\"dct\":\"2020-01-01\",\"text\":\"now\",\"timexes\":[]}",
            "{\"id\":\"b\",\"dct\":\"2020-01-01\",\"text\":\"now\"}"),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new TimeEvalTask().evaluate(gold))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("timexes");
  }
}
