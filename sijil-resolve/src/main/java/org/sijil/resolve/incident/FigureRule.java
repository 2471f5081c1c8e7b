package org.sijil.resolve.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.model.event.Count;
import org.sijil.model.event.CountKind;
import org.sijil.model.incident.Figure;

/**
 * Low/best/high figures for an incident, from its independent sources (the rule of {@code
 * docs/incidents.md}):
 *
 * <ul>
 *   <li>each independent source gives one figure per kind: the highest its own reports give (a
 *       later report of the same source updates, it does not add); copies give none;
 *   <li>low is the lowest lower bound any source gives (UCDP's low);
 *   <li>high is the highest upper bound any source gives (UCDP's high);
 *   <li>best is ACLED's conservative choice: the lowest exact figure among the sources of the best
 *       reliability grade that give an exact figure; when no source gives an exact figure, the
 *       lowest lower bound of the vague ones ("dozens" counts as its lower bound).
 * </ul>
 *
 * Figures are never summed across sources: two reports of one incident count its victims once.
 */
final class FigureRule {
  private FigureRule() {}

  /** One source's figure for one kind. */
  record Reported(String document, String credited, int reliabilityRank, Count count) {}

  static List<Figure> figures(Map<CountKind, List<Reported>> byKind) {
    List<Figure> out = new ArrayList<>();
    for (Map.Entry<CountKind, List<Reported>> e : new java.util.TreeMap<>(byKind).entrySet()) {
      // One figure per credited source: its highest.
      Map<String, Reported> perSource = new LinkedHashMap<>();
      for (Reported r : e.getValue()) {
        perSource.merge(r.credited(), r, (a, b) -> b.count().max() > a.count().max() ? b : a);
      }
      List<Reported> rs = new ArrayList<>(perSource.values());
      if (rs.isEmpty()) {
        continue;
      }
      Reported low = rs.get(0);
      Reported high = rs.get(0);
      for (Reported r : rs) {
        if (r.count().min() < low.count().min()) {
          low = r;
        }
        if (r.count().max() > high.count().max()) {
          high = r;
        }
      }
      Reported best = null;
      for (Reported r : rs) {
        if (!r.count().isExact()) {
          continue;
        }
        if (best == null
            || r.reliabilityRank() < best.reliabilityRank()
            || (r.reliabilityRank() == best.reliabilityRank()
                && r.count().min() < best.count().min())) {
          best = r;
        }
      }
      boolean approximate = best == null;
      if (best == null) {
        best = low;
      }
      out.add(
          new Figure(
              e.getKey(),
              low.count().min(),
              best.count().min(),
              high.count().max(),
              low.document(),
              best.document(),
              high.document(),
              approximate));
    }
    return out;
  }
}
