package org.sijil.search;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.sijil.model.event.EventType;

/**
 * One bar of the timeline: the events whose start date falls in the interval beginning at {@code
 * start}, counted by event type (types with no events are absent). Immutable.
 */
public record Bucket(LocalDate start, Map<EventType, Long> counts) {
  public Bucket {
    Objects.requireNonNull(start, "start");
    counts = Map.copyOf(counts);
  }

  /** The sum of the counts. */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
