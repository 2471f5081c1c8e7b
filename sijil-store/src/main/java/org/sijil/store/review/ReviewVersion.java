package org.sijil.store.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One analyst action on an item, with the item's value before and after it. Immutable.
 *
 * @param ref the item
 * @param version 1 for the first action on the item, then 2, 3, …
 * @param change what was done
 * @param beforeJson the item's value before: the machine value for version 1, else the previous
 *     version's {@code afterJson}
 * @param afterJson the item's value after; the latest version's is the item's current value
 * @param reviewer who did it
 * @param reason why, or null when no reason was given (a rejection always has one)
 * @param at when
 */
public record ReviewVersion(
    ItemRef ref,
    int version,
    ReviewChange change,
    String beforeJson,
    String afterJson,
    String reviewer,
    String reason,
    Instant at) {
  public ReviewVersion {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(beforeJson, "beforeJson");
    Objects.requireNonNull(afterJson, "afterJson");
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(at, "at");
    if (version < 1) {
      throw new IllegalArgumentException("expected a version >= 1, found " + version);
    }
  }
}
