package org.sijil.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sijil.eval.EvalReport;
import org.sijil.eval.EvalReport.Metric;
import org.sijil.eval.EvalTask;
import org.sijil.eval.GoldLines;
import org.sijil.model.event.Event;

/**
 * {@code calibration}: how well events' stated confidence matches how often they are right, on a
 * file in the {@code classify} format. Each snippet where the system records an event gives one
 * prediction: the first event's confidence, right when its sub-type is the gold label (an event on
 * a "None" snippet is wrong). Snippets with no event are abstentions and not counted. Reports ECE
 * over ten equal-width bins, the Brier score and the reliability table.
 */
public final class CalibrationTask implements EvalTask {
  private static final int BINS = 10;

  @Override
  public String name() {
    return "calibration";
  }

  @Override
  public String description() {
    return "classify-format snippets: ECE, Brier score and reliability table of event confidence";
  }

  @Override
  public EvalReport evaluate(Path goldFile) throws IOException {
    EventSystem system = EventSystem.current();
    List<JsonNode> lines = GoldLines.read(goldFile).stream().map(GoldLines.Line::node).toList();
    Calibration c = new Calibration(BINS);
    int n = 0;
    for (JsonNode line : lines) {
      n++;
      String gold = GoldLines.text(line, "label", goldFile, n);
      List<Event> events = system.events(GoldLines.text(line, "text", goldFile, n), null);
      if (!events.isEmpty()) {
        Event first = events.get(0);
        c.add(first.confidence(), first.subType().label().equals(gold));
      }
    }
    List<Metric> m = new ArrayList<>();
    m.add(new Metric("ece", c.expectedError(), BINS + " equal-width bins"));
    m.add(new Metric("brier", c.brier(), "mean squared error of confidence"));
    m.add(new Metric("mean_confidence", c.meanConfidence(), "over " + c.size() + " predictions"));
    m.add(new Metric("accuracy", c.accuracy(), "share of those predictions right"));
    for (Calibration.Bin b : c.table()) {
      m.add(
          new Metric(
              String.format(Locale.ROOT, "acc_conf_%.1f-%.1f", b.low(), b.high()),
              b.accuracy(),
              String.format(Locale.ROOT, "n=%d mean_confidence=%.3f", b.n(), b.meanConfidence())));
    }
    return new EvalReport(name(), goldFile.toString(), lines.size(), m);
  }
}
