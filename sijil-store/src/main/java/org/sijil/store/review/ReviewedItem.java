package org.sijil.store.review;

import java.util.Objects;

/**
 * An item's machine value and current value side by side. Immutable.
 *
 * @param machine what the machine last said (re-extraction updates it)
 * @param currentJson the latest version's value, or the machine's when there is no version
 * @param status the latest action, or pending
 * @param versions how many versions there are
 * @param machineChangedSinceReview true when re-extraction changed the machine value after the
 *     first review (the reviewed value stands; an analyst may want to look again)
 */
public record ReviewedItem(
    MachineItem machine,
    String currentJson,
    ReviewStatus status,
    int versions,
    boolean machineChangedSinceReview) {
  public ReviewedItem {
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(currentJson, "currentJson");
    Objects.requireNonNull(status, "status");
  }
}
