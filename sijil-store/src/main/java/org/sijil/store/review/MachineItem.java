package org.sijil.store.review;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the machine said about an item. Immutable.
 *
 * @param ref the item
 * @param json the machine's value as a JSON object (an event or incident as the server writes it)
 * @param confidence the machine's confidence in [0, 1]; the queue puts the least sure first
 * @param day the day the item happened, or null when undated
 */
public record MachineItem(ItemRef ref, String json, double confidence, LocalDate day) {
  public MachineItem {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(json, "json");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "expected a confidence in [0, 1] for " + ref + ", found " + confidence);
    }
  }
}
