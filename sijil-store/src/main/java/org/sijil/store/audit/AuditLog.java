package org.sijil.store.audit;

import java.util.List;
import java.util.Optional;
import org.sijil.model.audit.MerkleHash;
import org.sijil.model.audit.TreeHead;

/**
 * An append-only log of every action on the record, hashed into an RFC 6962 Merkle tree so that any
 * later edit, deletion or reordering of entries is detected by {@link #verify} against a tree head
 * held elsewhere (docs/audit.md).
 *
 * <p>Implementations are thread-safe and safe to use from several processes: entries are numbered
 * from 1 without gaps in the order appended.
 */
public interface AuditLog extends AutoCloseable {

  /**
   * Appends an entry and records the new tree head, in one transaction.
   *
   * @param detail a JSON object; never a confidential value
   * @return the entry as stored, with its sequence number and time
   * @throws IllegalArgumentException when the actor is blank or the detail is not a JSON object
   */
  AuditEntry append(String actor, AuditAction action, String subject, String detail);

  /** The number of entries. */
  long size();

  /** The current tree head: size, root and the time of the last append (of the epoch if none). */
  TreeHead head();

  /** The current tree head signed with the log's key, for a third party to hold. */
  SignedTreeHead signedHead();

  /** Up to {@code limit} entries from sequence {@code from} on, in order. */
  List<AuditEntry> entries(long from, int limit);

  /** The entry with this sequence number. */
  Optional<AuditEntry> entry(long sequence);

  /**
   * The audit path of entry {@code sequence} in the tree of the first {@code size} entries.
   *
   * @throws IllegalArgumentException when not {@code 1 <= sequence <= size <= size()}
   */
  List<MerkleHash> inclusionProof(long sequence, long size);

  /**
   * The proof that the tree of the first {@code oldSize} entries is a prefix of the tree of the
   * first {@code newSize}.
   *
   * @throws IllegalArgumentException when not {@code 0 <= oldSize <= newSize <= size()}
   */
  List<MerkleHash> consistencyProof(long oldSize, long newSize);

  /**
   * Recomputes every leaf and root from the stored entries and checks: sequence numbers run from 1
   * without gaps; every recorded tree head matches the root recomputed at its size; the head at the
   * log's size carries the log key's signature (its root commits to every entry); and, when given,
   * the externally held head is consistent with the current tree (by a consistency proof).
   */
  AuditVerification verify(Optional<TreeHead> externalHead);

  /** Releases the database; idempotent. */
  @Override
  void close();
}
