package org.sijil.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The scores of one evaluation run. Immutable.
 *
 * @param task the task name
 * @param file the gold file evaluated
 * @param items how many gold lines were read
 * @param metrics the measures, in display order
 */
public record EvalReport(String task, String file, int items, List<Metric> metrics) {

  public EvalReport {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(file, "file");
    metrics = List.copyOf(metrics);
  }

  /**
   * One measure.
   *
   * @param name e.g. {@code toponym_f1}
   * @param value the figure (a share in [0,1] for rates)
   * @param detail counts behind it, e.g. {@code "tp=812 fp=90 fn=120"}, may be empty
   */
  public record Metric(String name, double value, String detail) {
    public Metric {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /** A plain-text table: one metric a line. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s on %s (%d items)%n", task, file, items));
    int width = metrics.stream().mapToInt(m -> m.name().length()).max().orElse(6);
    for (Metric m : metrics) {
      sb.append(
          String.format(
              Locale.ROOT, "  %-" + width + "s  %8.4f  %s%n", m.name(), m.value(), m.detail()));
    }
    return sb.toString();
  }
}
