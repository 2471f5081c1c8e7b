package org.sijil.eval.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Calibration of stated confidences against outcomes: expected calibration error (ECE) over equal
 * width bins, Brier score and the reliability table. Collect with {@link #add}; not thread-safe.
 */
final class Calibration {
  /** One bin of the reliability table: confidences in [low, high). */
  record Bin(double low, double high, int n, double meanConfidence, double accuracy) {}

  private final int bins;
  private final List<double[]> points = new ArrayList<>();

  Calibration(int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("expected at least one bin, found " + bins);
    }
    this.bins = bins;
  }

  /** One prediction: its stated confidence in [0, 1] and whether it was right. */
  void add(double confidence, boolean right) {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("expected a confidence in [0, 1], found " + confidence);
    }
    points.add(new double[] {confidence, right ? 1 : 0});
  }

  int size() {
    return points.size();
  }

  /** The reliability table; empty bins are left out. */
  List<Bin> table() {
    int[] n = new int[bins];
    double[] conf = new double[bins];
    double[] hits = new double[bins];
    for (double[] p : points) {
      int b = Math.min(bins - 1, (int) (p[0] * bins));
      n[b]++;
      conf[b] += p[0];
      hits[b] += p[1];
    }
    List<Bin> out = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      if (n[b] > 0) {
        out.add(
            new Bin(
                (double) b / bins, (double) (b + 1) / bins, n[b], conf[b] / n[b], hits[b] / n[b]));
      }
    }
    return out;
  }

  /**
   * Σ over bins of (share of predictions in the bin) × |accuracy − mean confidence|; NaN if none.
   */
  double expectedError() {
    if (points.isEmpty()) {
      return Double.NaN;
    }
    double e = 0;
    for (Bin b : table()) {
      e += (double) b.n() / points.size() * Math.abs(b.accuracy() - b.meanConfidence());
    }
    return e;
  }

  /** Mean of (confidence − outcome)²; NaN if none. */
  double brier() {
    if (points.isEmpty()) {
      return Double.NaN;
    }
    double s = 0;
    for (double[] p : points) {
      s += (p[0] - p[1]) * (p[0] - p[1]);
    }
    return s / points.size();
  }

  double meanConfidence() {
    return points.stream().mapToDouble(p -> p[0]).average().orElse(Double.NaN);
  }

  double accuracy() {
    return points.stream().mapToDouble(p -> p[1]).average().orElse(Double.NaN);
  }
}
