package org.sijil.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sijil.eval.EvalReport;
import org.sijil.eval.EvalReport.Metric;
import org.sijil.eval.EvalTask;
import org.sijil.eval.GoldLines;
import org.sijil.model.event.Event;
import org.sijil.model.event.SubEventType;

/**
 * {@code classify}: CASE 2021 snippets. The prediction is the first (most salient) event's
 * sub-type, or "None" when there is no event. Weighted F1 over the 25 ACLED labels (weights: gold
 * support), micro and macro F1, and the share of "None" items predicted "None".
 */
public final class ClassifyTask implements EvalTask {

  @Override
  public String name() {
    return "classify";
  }

  @Override
  public String description() {
    return "CASE 2021 snippets: weighted F1 over 25 ACLED sub-types, None rejection accuracy";
  }

  @Override
  public EvalReport evaluate(Path goldFile) throws IOException {
    EventSystem system = EventSystem.current();
    List<JsonNode> lines = GoldLines.read(goldFile).stream().map(GoldLines.Line::node).toList();
    Map<String, int[]> counts = new HashMap<>(); // label -> {tp, fp, fn}
    for (SubEventType t : SubEventType.values()) {
      counts.put(t.label(), new int[3]);
    }
    int none = 0;
    int noneOk = 0;
    int correct = 0;
    int n = 0;
    for (JsonNode line : lines) {
      n++;
      String gold = GoldLines.text(line, "label", goldFile, n);
      List<Event> events = system.events(GoldLines.text(line, "text", goldFile, n), null);
      String pred = events.isEmpty() ? "None" : events.get(0).subType().label();
      if (!gold.equals("None") && !counts.containsKey(gold)) {
        throw new IllegalArgumentException(
            goldFile + " line " + n + ": expected an ACLED sub-type or None, found " + gold);
      }
      if (gold.equals("None")) {
        none++;
        noneOk += pred.equals("None") ? 1 : 0;
      }
      if (pred.equals(gold)) {
        correct++;
        if (!gold.equals("None")) {
          counts.get(gold)[0]++;
        }
      } else {
        if (!pred.equals("None")) {
          counts.get(pred)[1]++;
        }
        if (!gold.equals("None")) {
          counts.get(gold)[2]++;
        }
      }
    }
    double weighted = 0;
    double macro = 0;
    int support = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int[] c : counts.values()) {
      double p = Scores.ratio(c[0], c[0] + c[1]);
      double r = Scores.ratio(c[0], c[0] + c[2]);
      double f = Scores.f1(p, r);
      int s = c[0] + c[2];
      weighted += f * s;
      macro += f;
      support += s;
      tp += c[0];
      fp += c[1];
      fn += c[2];
    }
    List<Metric> m = new ArrayList<>();
    m.add(new Metric("weighted_f1", Scores.ratio(weighted, support), "support=" + support));
    m.add(new Metric("macro_f1", macro / counts.size(), "25 labels"));
    double mp = Scores.ratio(tp, tp + fp);
    double mr = Scores.ratio(tp, tp + fn);
    m.add(
        new Metric(
            "micro_f1",
            Scores.f1(mp, mr),
            String.format(Locale.ROOT, "tp=%d fp=%d fn=%d", tp, fp, fn)));
    m.add(new Metric("none_accuracy", Scores.ratio(noneOk, none), noneOk + "/" + none));
    m.add(new Metric("accuracy", Scores.ratio(correct, n), correct + "/" + n));
    return new EvalReport(name(), goldFile.toString(), lines.size(), m);
  }
}
