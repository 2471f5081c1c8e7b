package org.sijil.model.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * The state of an append-only log at one moment: how many entries it had and the RFC 6962 root of
 * those entries. A third party that holds a head can later check that the log only grew since, with
 * a consistency proof. Immutable.
 *
 * @param size the number of entries, {@code >= 0}
 * @param root the Merkle tree hash of the first {@code size} entries
 * @param time when the head was recorded
 */
public record TreeHead(long size, MerkleHash root, Instant time) {
  public TreeHead {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(time, "time");
    if (size < 0) {
      throw new IllegalArgumentException("expected a tree size >= 0, found " + size);
    }
    if (size == 0 && !root.equals(MerkleTree.emptyRoot())) {
      throw new IllegalArgumentException(
          "expected the empty tree's root "
              + MerkleTree.emptyRoot()
              + " for size 0, found "
              + root);
    }
  }
}
