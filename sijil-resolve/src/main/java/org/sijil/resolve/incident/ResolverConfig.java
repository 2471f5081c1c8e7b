package org.sijil.resolve.incident;

/**
 * How the incident resolver decides. Immutable.
 *
 * @param threshold the score at or above which an event joins an incident, in (0, 1]
 * @param dayWindow how many days apart two events' date ranges may be and still be compared
 * @param maxDistanceKm the distance beyond which two resolved places can never be one incident
 * @param membersCompared how many members of an incident a new event is scored against (the most
 *     recent ones); bounds the cost of a large incident
 */
public record ResolverConfig(
    double threshold, int dayWindow, double maxDistanceKm, int membersCompared) {
  public ResolverConfig {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("expected a threshold in (0,1], found " + threshold);
    }
    if (dayWindow < 0 || dayWindow > 30) {
      throw new IllegalArgumentException("expected a day window in 0..30, found " + dayWindow);
    }
    if (!(maxDistanceKm > 0)) {
      throw new IllegalArgumentException("expected maxDistanceKm > 0, found " + maxDistanceKm);
    }
    if (membersCompared < 1) {
      throw new IllegalArgumentException("expected membersCompared >= 1, found " + membersCompared);
    }
  }

  /** The defaults documented in {@code docs/incidents.md}. */
  public static ResolverConfig defaults() {
    return new ResolverConfig(0.6, 1, 15, 32);
  }
}
