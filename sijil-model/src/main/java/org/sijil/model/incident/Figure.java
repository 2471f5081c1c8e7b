package org.sijil.model.incident;

import java.util.Objects;
import org.sijil.model.event.CountKind;

/**
 * An incident's figure for one kind of count, as low, best and high estimates with the document
 * each came from (UCDP's low/best/high; the best is ACLED's conservative choice, see {@code
 * docs/incidents.md}).
 *
 * @param kind what is counted
 * @param low the lowest credible figure, {@code >= 0}
 * @param best the figure to use, {@code low <= best <= high}
 * @param high the highest reported figure
 * @param lowSource the document (SHA-256 hex) the low figure came from
 * @param bestSource the document the best figure came from
 * @param highSource the document the high figure came from
 * @param approximate true when the best figure is itself vague ("dozens", "at least 12")
 */
public record Figure(
    CountKind kind,
    int low,
    int best,
    int high,
    String lowSource,
    String bestSource,
    String highSource,
    boolean approximate) {
  public Figure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(lowSource, "lowSource");
    Objects.requireNonNull(bestSource, "bestSource");
    Objects.requireNonNull(highSource, "highSource");
    if (low < 0 || best < low || high < best) {
      throw new IllegalArgumentException(
          "expected 0 <= low <= best <= high for "
              + kind.id()
              + ", found "
              + low
              + "/"
              + best
              + "/"
              + high);
    }
  }
}
