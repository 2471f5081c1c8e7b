package org.sijil.model.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Appends leaves to a growing RFC 6962 tree and gives its root after each append in O(log n) time
 * and memory: it keeps only the roots of the perfect subtrees that make up the tree (one per set
 * bit of the size, largest first), which is all the tree hash of a growing log needs.
 *
 * <p>Not thread-safe: confine an instance to one thread or guard it.
 */
public final class MerkleAccumulator {
  /** Roots of perfect subtrees, left to right; sizes strictly decreasing powers of two. */
  private final List<MerkleHash> roots = new ArrayList<>();

  private final List<Long> sizes = new ArrayList<>();
  private long size;

  /** The number of leaves appended. */
  public long size() {
    return size;
  }

  /** Appends the leaf with this hash. */
  public void append(MerkleHash leafHash) {
    Objects.requireNonNull(leafHash, "leafHash");
    MerkleHash node = leafHash;
    long nodeSize = 1;
    // Two perfect subtrees of equal size are siblings: merge them, as a binary counter carries.
    while (!sizes.isEmpty() && sizes.get(sizes.size() - 1) == nodeSize) {
      node = MerkleTree.nodeHash(roots.remove(roots.size() - 1), node);
      sizes.remove(sizes.size() - 1);
      nodeSize *= 2;
    }
    roots.add(node);
    sizes.add(nodeSize);
    size++;
  }

  /** An independent accumulator in the same state; appending to one leaves the other as it is. */
  public MerkleAccumulator copy() {
    MerkleAccumulator c = new MerkleAccumulator();
    c.roots.addAll(roots);
    c.sizes.addAll(sizes);
    c.size = size;
    return c;
  }

  /** The Merkle tree hash of the leaves appended so far. */
  public MerkleHash root() {
    if (roots.isEmpty()) {
      return MerkleTree.emptyRoot();
    }
    // The MTH splits at the largest power of two, so the root folds the subtrees from the right.
    MerkleHash acc = roots.get(roots.size() - 1);
    for (int i = roots.size() - 2; i >= 0; i--) {
      acc = MerkleTree.nodeHash(roots.get(i), acc);
    }
    return acc;
  }
}
