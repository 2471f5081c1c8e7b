package org.sijil.model.incident;

import java.util.List;
import java.util.Objects;

/**
 * Why an event is in its incident: the member it matched best, the score and the reasons behind it.
 * An event that opened its incident has no match, score 0 and the reason it stood alone.
 *
 * @param event the event placed
 * @param matched the member it matched best, or null when it opened the incident
 * @param score the match score in [0, 1]; at least the resolver's threshold when matched
 * @param reasons each feature's contribution in words, e.g. {@code "same place Tal Abyad +0.25"}
 */
public record MergeDecision(EventKey event, EventKey matched, double score, List<String> reasons) {
  public MergeDecision {
    Objects.requireNonNull(event, "event");
    reasons = List.copyOf(reasons);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("expected a score in [0,1], found " + score);
    }
  }

  /** True when the event opened its incident rather than joining one. */
  public boolean opened() {
    return matched == null;
  }
}
