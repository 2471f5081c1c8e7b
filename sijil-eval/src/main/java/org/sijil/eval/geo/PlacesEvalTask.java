package org.sijil.eval.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sijil.eval.EvalReport;
import org.sijil.eval.EvalTask;
import org.sijil.eval.GoldLines;
import org.sijil.model.geo.Place;
import org.sijil.resolve.geo.Gazetteer;
import org.sijil.resolve.geo.LocateHints;
import org.sijil.resolve.geo.PlaceCandidate;
import org.sijil.resolve.geo.PlaceResolver;

/**
 * Place-name resolution ({@code places.ucdp-syria.dev.jsonl}): {@code locate(name, hints(country,
 * admin1, admin2))} for every gold place; share within 10 km and 50 km of gold (over all places, so
 * unresolved ones count as misses) and coverage. Stateless and thread-safe.
 */
public final class PlacesEvalTask implements EvalTask {

  @Override
  public String name() {
    return "places";
  }

  @Override
  public String description() {
    return "place-name resolution with country/admin1 hints: share within 10 km, 50 km, coverage";
  }

  @Override
  public EvalReport evaluate(Path goldFile) throws IOException {
    PlaceResolver resolver = new PlaceResolver(Gazetteer.bundled());
    int items = 0;
    int covered = 0;
    int within10 = 0;
    int within50 = 0;
    List<Double> errors = new ArrayList<>();
    for (GoldLines.Line goldLine : GoldLines.read(goldFile)) {
      int lineNo = goldLine.number();
      JsonNode p = goldLine.node();
      if (!p.hasNonNull("name") || !p.hasNonNull("lat") || !p.hasNonNull("lon")) {
        throw new IllegalArgumentException(
            "expected name, lat and lon at " + goldFile + ":" + lineNo + ", found " + p);
      }
      items++;
      String country = p.hasNonNull("country") ? p.get("country").asText() : null;
      String admin1 = p.hasNonNull("admin1") ? p.get("admin1").asText() : null;
      String admin2 = p.hasNonNull("admin2") ? p.get("admin2").asText() : null;
      List<PlaceCandidate> c =
          resolver.locate(p.get("name").asText(), LocateHints.of(country, admin1, admin2));
      if (c.isEmpty()) {
        continue;
      }
      covered++;
      Place best = c.get(0).place();
      double d =
          Place.distanceKm(
              best.lat(), best.lon(), p.get("lat").asDouble(), p.get("lon").asDouble());
      errors.add(d);
      if (d <= 10) {
        within10++;
      }
      if (d <= 50) {
        within50++;
      }
    }
    Collections.sort(errors);
    List<EvalReport.Metric> m = new ArrayList<>();
    m.add(new EvalReport.Metric("within_10km", share(within10, items), within10 + "/" + items));
    m.add(new EvalReport.Metric("within_50km", share(within50, items), within50 + "/" + items));
    m.add(new EvalReport.Metric("coverage", share(covered, items), covered + "/" + items));
    m.add(
        new EvalReport.Metric(
            "median_error_km", GeoEvalTask.median(errors), "over covered places"));
    return new EvalReport(name(), goldFile.toString(), items, m);
  }

  private static double share(int n, int of) {
    return of == 0 ? 0 : n / (double) of;
  }
}
