package org.sijil.eval.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sijil.eval.EvalReport.Metric;

/** Counting helpers shared by the event evaluations. */
final class Scores {
  private static final Set<String> DETERMINERS =
      Set.of(
          "a", "an", "the", "this", "that", "these", "those", "some", "any", "its", "their", "his",
          "her", "our", "my", "your");

  private Scores() {}

  static double ratio(double num, double den) {
    return den == 0 ? 0 : num / den;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Precision, recall and F1 metrics named {@code prefix_p/_r/_f1}. */
  static List<Metric> prf(String prefix, int tp, int fp, int fn) {
    double p = ratio(tp, tp + fp);
    double r = ratio(tp, tp + fn);
    String detail = String.format(Locale.ROOT, "tp=%d fp=%d fn=%d", tp, fp, fn);
    List<Metric> out = new ArrayList<>();
    out.add(new Metric(prefix + "_p", p, detail));
    out.add(new Metric(prefix + "_r", r, detail));
    out.add(new Metric(prefix + "_f1", f1(p, r), detail));
    return out;
  }

  /** Lower-cased tokens without "'s", punctuation and (unless nothing else) determiners. */
  static List<String> headTokens(String s) {
    String t = s.toLowerCase(Locale.ROOT).replace("'s", " ").replace("’s", " ");
    t = t.replaceAll("[\\p{Punct}“”‘’]", " ");
    List<String> all = new ArrayList<>();
    for (String w : t.trim().split("\\s+")) {
      if (!w.isEmpty()) {
        all.add(w);
      }
    }
    List<String> content = new ArrayList<>();
    for (String w : all) {
      if (!DETERMINERS.contains(w)) {
        content.add(w);
      }
    }
    return content.isEmpty() ? all : content;
  }

  /** Head-noun match as in the roles README: the last token of one occurs in the other. */
  static boolean headMatch(String predicted, String gold) {
    List<String> p = headTokens(predicted);
    List<String> g = headTokens(gold);
    if (p.isEmpty() || g.isEmpty()) {
      return false;
    }
    return g.contains(p.get(p.size() - 1)) || p.contains(g.get(g.size() - 1));
  }

  /** Great-circle distance in km. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double r = 6371.0088;
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
