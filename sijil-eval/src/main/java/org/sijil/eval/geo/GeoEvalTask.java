package org.sijil.eval.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sijil.eval.EvalReport;
import org.sijil.eval.EvalTask;
import org.sijil.eval.GoldLines;
import org.sijil.model.Span;
import org.sijil.model.geo.Place;
import org.sijil.resolve.geo.Gazetteer;
import org.sijil.resolve.geo.Geoparser;
import org.sijil.resolve.geo.Toponym;

/**
 * Geoparsing of full articles ({@code geo.gwn.dev.jsonl}, {@code geo.trnews.dev.jsonl}): toponym
 * recognition precision, recall and F1 by exact span, and for correctly recognised toponyms the
 * share resolved within 161 km, mean and median error and the AUC of log error (Gritta et al.
 * 2018). Stateless and thread-safe.
 */
public final class GeoEvalTask implements EvalTask {
  /** Half the earth's circumference: the largest possible error, for the AUC. */
  static final double MAX_ERROR_KM = 20039;

  /** One capitalised word with a people's-name ending: Syrian, Kurdish, Chinese, American. */
  static final java.util.regex.Pattern DEMONYM_LIKE =
      java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+(?:ians?|eans?|cans?|ish|ese)");

  @Override
  public String name() {
    return "geo";
  }

  @Override
  public String description() {
    return "toponym recognition P/R/F1 (exact span) and resolution acc@161, error km, AUC";
  }

  @Override
  public EvalReport evaluate(Path goldFile) throws IOException {
    Geoparser parser = new Geoparser(Gazetteer.bundled());
    int items = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int missedDemonyms = 0;
    List<Double> errors = new ArrayList<>();
    for (GoldLines.Line goldLine : GoldLines.read(goldFile)) {
      int lineNo = goldLine.number();
      JsonNode doc = goldLine.node();
      if (!doc.hasNonNull("text") || !doc.path("toponyms").isArray()) {
        throw new IllegalArgumentException(
            "expected text and toponyms at " + goldFile + ":" + lineNo + ", found " + doc);
      }
      items++;
      String text = doc.get("text").asText();
      Map<Span, double[]> gold = new HashMap<>();
      for (JsonNode t : doc.get("toponyms")) {
        gold.put(
            new Span(t.get("start").asInt(), t.get("end").asInt()),
            new double[] {t.get("lat").asDouble(), t.get("lon").asDouble()});
      }
      List<Toponym> found = parser.parse(text);
      java.util.Set<Span> foundSpans = new java.util.HashSet<>();
      found.forEach(t -> foundSpans.add(t.span()));
      for (JsonNode t : doc.get("toponyms")) {
        Span s = new Span(t.get("start").asInt(), t.get("end").asInt());
        if (!foundSpans.contains(s) && DEMONYM_LIKE.matcher(t.get("name").asText()).matches()) {
          missedDemonyms++;
        }
      }
      int hit = 0;
      for (Toponym t : found) {
        double[] g = gold.get(t.span());
        if (g == null) {
          fp++;
          continue;
        }
        hit++;
        Place p = t.place();
        errors.add(Place.distanceKm(p.lat(), p.lon(), g[0], g[1]));
      }
      tp += hit;
      fn += gold.size() - hit;
    }
    double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    Collections.sort(errors);
    long within = errors.stream().filter(e -> e <= 161).count();
    double mean = errors.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double median = median(errors);
    String counts = String.format(Locale.ROOT, "tp=%d fp=%d fn=%d", tp, fp, fn);
    List<EvalReport.Metric> m = new ArrayList<>();
    m.add(new EvalReport.Metric("toponym_precision", precision, counts));
    m.add(new EvalReport.Metric("toponym_recall", recall, counts));
    m.add(new EvalReport.Metric("toponym_f1", f1, counts));
    // Sijil does not tag demonyms ("Syrian", "Kurdish"); GeoWebNews lists some with coordinates.
    int fnOther = fn - missedDemonyms;
    double recallOther = tp + fnOther == 0 ? 0 : tp / (double) (tp + fnOther);
    double f1Other =
        precision + recallOther == 0 ? 0 : 2 * precision * recallOther / (precision + recallOther);
    m.add(
        new EvalReport.Metric(
            "toponym_f1_without_demonyms",
            f1Other,
            "missed demonym-like gold=" + missedDemonyms + " left out of fn"));
    m.add(
        new EvalReport.Metric(
            "acc_at_161km",
            errors.isEmpty() ? 0 : within / (double) errors.size(),
            within + "/" + errors.size() + " recognised"));
    m.add(new EvalReport.Metric("mean_error_km", mean, ""));
    m.add(new EvalReport.Metric("median_error_km", median, ""));
    m.add(new EvalReport.Metric("auc_log_error", auc(errors), "lower is better"));
    return new EvalReport(name(), goldFile.toString(), items, m);
  }

  static double median(List<Double> sorted) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /**
   * Area under the curve of sorted log errors, scaled by the largest possible log error, by the
   * trapezoid rule, as in Gritta et al. 2018; 0 is perfect, 1 the worst.
   */
  static double auc(List<Double> sortedErrors) {
    int n = sortedErrors.size();
    if (n < 2) {
      return n == 0 ? 0 : Math.log(sortedErrors.get(0) + 1) / Math.log(MAX_ERROR_KM);
    }
    double area = 0;
    for (int i = 1; i < n; i++) {
      area += (Math.log(sortedErrors.get(i - 1) + 1) + Math.log(sortedErrors.get(i) + 1)) / 2;
    }
    return area / (Math.log(MAX_ERROR_KM) * (n - 1));
  }
}
