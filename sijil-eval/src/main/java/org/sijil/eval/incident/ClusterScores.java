package org.sijil.eval.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sijil.eval.EvalReport;

/**
 * Clustering scores over items that each have a gold and a predicted cluster label: pairwise
 * precision/recall/F1 over item pairs, and B-cubed (Bagga and Baldwin 1998) over items.
 */
final class ClusterScores {
  private ClusterScores() {}

  static List<EvalReport.Metric> pairwise(List<String> gold, List<String> predicted) {
    check(gold, predicted);
    // Pairs counted from cluster sizes: same-gold pairs, same-predicted pairs, and pairs in both.
    long goldPairs = pairs(count(gold));
    long predictedPairs = pairs(count(predicted));
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      both.merge(gold.get(i) + "\u0000" + predicted.get(i), 1, Integer::sum);
    }
    long tp = pairs(both);
    double p = predictedPairs == 0 ? 1 : tp / (double) predictedPairs;
    double r = goldPairs == 0 ? 1 : tp / (double) goldPairs;
    String detail =
        String.format(Locale.ROOT, "tp=%d fp=%d fn=%d", tp, predictedPairs - tp, goldPairs - tp);
    return List.of(
        new EvalReport.Metric("pairwise_precision", p, detail),
        new EvalReport.Metric("pairwise_recall", r, detail),
        new EvalReport.Metric("pairwise_f1", f1(p, r), ""));
  }

  static List<EvalReport.Metric> bcubed(List<String> gold, List<String> predicted) {
    check(gold, predicted);
    Map<String, Integer> g = count(gold);
    Map<String, Integer> s = count(predicted);
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      both.merge(gold.get(i) + "\u0000" + predicted.get(i), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < gold.size(); i++) {
      int common = both.get(gold.get(i) + "\u0000" + predicted.get(i));
      p += common / (double) s.get(predicted.get(i));
      r += common / (double) g.get(gold.get(i));
    }
    int n = Math.max(1, gold.size());
    p /= n;
    r /= n;
    return List.of(
        new EvalReport.Metric("bcubed_precision", p, ""),
        new EvalReport.Metric("bcubed_recall", r, ""),
        new EvalReport.Metric("bcubed_f1", f1(p, r), ""));
  }

  private static void check(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "expected one predicted label per gold label ("
              + gold.size()
              + "), found "
              + predicted.size());
    }
  }

  private static Map<String, Integer> count(List<String> labels) {
    Map<String, Integer> m = new HashMap<>();
    labels.forEach(l -> m.merge(l, 1, Integer::sum));
    return m;
  }

  private static long pairs(Map<String, Integer> sizes) {
    long n = 0;
    for (int c : sizes.values()) {
      n += (long) c * (c - 1) / 2;
    }
    return n;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
