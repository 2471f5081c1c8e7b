package org.sijil.store.sensitivity;

import java.util.List;

/**
 * The values admins marked confidential. The server redacts them, with the names it finds in
 * events, for every role without clearance (docs/security.md).
 *
 * <p>Implementations are thread-safe.
 */
public interface SensitivityStore extends AutoCloseable {

  /**
   * Marks a value confidential; marking one already marked (ignoring case) returns the existing
   * mark.
   *
   * @throws IllegalArgumentException when the value is blank
   */
  ConfidentialValue mark(String value, ConfidentialKind kind, String markedBy);

  /** Every marked value, by id. */
  List<ConfidentialValue> values();

  /** Removes a mark; returns whether there was one with this id. */
  boolean unmark(long id);

  /** Releases the database; idempotent. */
  @Override
  void close();
}
