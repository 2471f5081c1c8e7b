package org.sijil.model.incident;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A correction an analyst made to the automatic clustering. Operations are kept in order and
 * applied after every resolution, so they survive new reports; undoing one appends an {@link Undo}
 * and never deletes anything. They name events, not incidents, so no original event is ever lost.
 */
public sealed interface AnalystOperation {

  /** Who made it. */
  String analyst();

  /** When. */
  Instant at();

  /**
   * Takes these events out of whatever incident holds them into one incident of their own.
   *
   * @param events the events to split off, not empty
   */
  record Split(Set<EventKey> events, String analyst, Instant at) implements AnalystOperation {
    public Split {
      events = Set.copyOf(events);
      check(events, analyst, at);
    }
  }

  /**
   * Puts the incidents holding these events together.
   *
   * @param events at least two events, from the incidents to merge
   */
  record Merge(Set<EventKey> events, String analyst, Instant at) implements AnalystOperation {
    public Merge {
      events = Set.copyOf(events);
      check(events, analyst, at);
      if (events.size() < 2) {
        throw new IllegalArgumentException(
            "expected at least two events to merge, found " + events.size());
      }
    }
  }

  /**
   * Withdraws an earlier operation.
   *
   * @param operation the 1-based position of the operation withdrawn in the log
   */
  record Undo(int operation, String analyst, Instant at) implements AnalystOperation {
    public Undo {
      Objects.requireNonNull(analyst, "analyst");
      Objects.requireNonNull(at, "at");
      if (operation < 1) {
        throw new IllegalArgumentException("expected an operation number >= 1, found " + operation);
      }
    }
  }

  private static void check(Set<EventKey> events, String analyst, Instant at) {
    Objects.requireNonNull(analyst, "analyst");
    Objects.requireNonNull(at, "at");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("expected at least one event, found none");
    }
  }
}
