package org.sijil.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sijil.eval.EvalReport;
import org.sijil.eval.EvalReport.Metric;
import org.sijil.eval.EvalTask;
import org.sijil.eval.GoldLines;
import org.sijil.model.event.Count;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;

/**
 * {@code headlines}: UCDP GED single-source headlines. The first event that counts deaths (else the
 * first event) is compared with the gold: its start date within ±1 day of {@code date_start}, its
 * place within 25 km, and its deaths (the lowest figure; 0 without a death count) equal to {@code
 * best} and within [{@code low}, {@code high}]. Date and place need the integrated pipeline;
 * without it they are reported with their coverage.
 */
public final class HeadlinesTask implements EvalTask {

  @Override
  public String name() {
    return "headlines";
  }

  @Override
  public String description() {
    return "UCDP headlines: date within 1 day, place within 25 km, deaths best and in [low, high]";
  }

  @Override
  public EvalReport evaluate(Path goldFile) throws IOException {
    EventSystem system = EventSystem.current();
    List<JsonNode> lines = GoldLines.read(goldFile).stream().map(GoldLines.Line::node).toList();
    int n = 0;
    int withEvent = 0;
    int dated = 0;
    int dateOk = 0;
    int placed = 0;
    int placeOk = 0;
    int bestOk = 0;
    int rangeOk = 0;
    for (JsonNode line : lines) {
      n++;
      String text = GoldLines.text(line, "text", goldFile, n);
      LocalDate published = GoldLines.date(line, "published");
      JsonNode gold = line.get("gold");
      if (gold == null) {
        throw new IllegalArgumentException(
            goldFile + " line " + n + ": expected a \"gold\" object, found none");
      }
      List<Event> events = system.events(text, published);
      Event e =
          events.stream()
              .filter(x -> x.counts().containsKey(CountKind.KILLED))
              .findFirst()
              .orElse(events.isEmpty() ? null : events.get(0));
      withEvent += e == null ? 0 : 1;
      if (e != null && e.date() != null) {
        dated++;
        LocalDate start = LocalDate.parse(gold.get("date_start").asText());
        if (Math.abs(e.date().start().toEpochDay() - start.toEpochDay()) <= 1) {
          dateOk++;
        }
      }
      if (e != null && e.location() != null && e.location().isResolved()) {
        placed++;
        double d =
            Scores.km(
                e.location().lat(),
                e.location().lon(),
                gold.get("lat").asDouble(),
                gold.get("lon").asDouble());
        placeOk += d <= 25 ? 1 : 0;
      }
      Count c = e == null ? null : e.counts().get(CountKind.KILLED);
      int deaths = c == null ? 0 : c.min();
      bestOk += deaths == gold.get("best").asInt() ? 1 : 0;
      rangeOk += deaths >= gold.get("low").asInt() && deaths <= gold.get("high").asInt() ? 1 : 0;
    }
    List<Metric> m = new ArrayList<>();
    m.add(new Metric("with_event", Scores.ratio(withEvent, n), withEvent + "/" + n));
    m.add(
        new Metric(
            "date_1day_acc", Scores.ratio(dateOk, n), dateOk + "/" + n + " (dated " + dated + ")"));
    m.add(
        placed == 0
            ? new Metric("place_25km_acc", Double.NaN, "n/a: no predicted place has coordinates")
            : new Metric(
                "place_25km_acc",
                Scores.ratio(placeOk, n),
                placeOk + "/" + n + " (resolved " + placed + ")"));
    m.add(new Metric("deaths_best_acc", Scores.ratio(bestOk, n), bestOk + "/" + n));
    m.add(new Metric("deaths_in_range_acc", Scores.ratio(rangeOk, n), rangeOk + "/" + n));
    return new EvalReport(name(), goldFile.toString(), lines.size(), m);
  }
}
