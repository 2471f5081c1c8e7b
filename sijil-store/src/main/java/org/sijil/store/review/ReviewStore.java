package org.sijil.store.review;

import java.util.List;
import java.util.Optional;

/**
 * Review of machine output with versioned edits. The machine's value of each item is kept; each
 * analyst action is a new version (who, when, why, before, after) and the latest version is the
 * current value. Writing machine output again (re-extraction, re-resolution) replaces only the
 * machine value: reviewed values are never overwritten.
 *
 * <p>Implementations are thread-safe. Methods that name an item throw {@link
 * java.util.NoSuchElementException} naming it when the machine never stored it.
 */
public interface ReviewStore extends AutoCloseable {

  /** The order of the queue. */
  enum QueueOrder {
    /** Lowest machine confidence first; ties by day, then id. */
    LEAST_CONFIDENT_FIRST,
    /** Latest day first, undated last; ties by id. */
    NEWEST_FIRST
  }

  /**
   * Stores what the machine says about these items, in one transaction, replacing what it said
   * before; versions are untouched.
   *
   * @throws IllegalArgumentException when an item's JSON is not a JSON object
   */
  void putMachine(List<MachineItem> items);

  /** Items with no version yet, of one kind or (empty) all, in the order asked, at most limit. */
  List<MachineItem> queue(Optional<ItemKind> kind, QueueOrder order, int limit);

  /** The number of items with no version yet. */
  long queueSize();

  /**
   * Records an analyst action as the item's next version.
   *
   * @param reason why; may be null except for a rejection, whose reason is the rejection's
   * @throws IllegalArgumentException when an edit's value is not valid JSON or its field cannot be
   *     set in the item's JSON
   */
  default ReviewVersion record(ItemRef ref, ReviewChange change, String reviewer, String reason) {
    return record(ref, change, reviewer, reason, after -> {});
  }

  /**
   * Records an analyst action as the item's next version, when {@code check} accepts the item's
   * JSON after it; nothing is recorded when it throws.
   *
   * @param check throws IllegalArgumentException, saying why, when the new value is not valid for
   *     the item's kind (an edit may be well-formed JSON yet not a valid event)
   */
  ReviewVersion record(
      ItemRef ref,
      ReviewChange change,
      String reviewer,
      String reason,
      java.util.function.Consumer<String> check);

  /** The item's machine and current values, or empty when the machine never stored it. */
  Optional<ReviewedItem> item(ItemRef ref);

  /** The item's versions, oldest first. */
  List<ReviewVersion> history(ItemRef ref);

  /**
   * The ids of this kind's items that have at least one review version (confirmed, edited,
   * rejected, merged or split): the ones whose current value may differ from the machine's.
   */
  java.util.Set<String> reviewedIds(ItemKind kind);

  /** Releases the database; idempotent. */
  @Override
  void close();
}
