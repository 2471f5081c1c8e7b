package org.sijil.model.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Merkle tree hashing as RFC 6962 (Certificate Transparency) defines it, with its audit paths
 * (inclusion proofs) and consistency proofs, and their verification as RFC 9162 section 2.1 spells
 * it out.
 *
 * <ul>
 *   <li>leaf hash: {@code SHA-256(0x00 || entry)}
 *   <li>node hash: {@code SHA-256(0x01 || left || right)}
 *   <li>the tree hash of n > 1 leaves splits them at k, the largest power of two smaller than n;
 *       the empty tree's hash is {@code SHA-256("")}
 * </ul>
 *
 * <p>The methods that build a root or a proof take the <em>leaf hashes</em> of the entries, in log
 * order, so that a caller computes each leaf hash once. Stateless and thread-safe.
 */
public final class MerkleTree {
  private static final byte LEAF_PREFIX = 0x00;
  private static final byte NODE_PREFIX = 0x01;
  private static final MerkleHash EMPTY = new MerkleHash(sha256().digest());

  private MerkleTree() {}

  /** {@code SHA-256(0x00 || entry)}. */
  public static MerkleHash leafHash(byte[] entry) {
    Objects.requireNonNull(entry, "entry");
    MessageDigest d = sha256();
    d.update(LEAF_PREFIX);
    d.update(entry);
    return new MerkleHash(d.digest());
  }

  /** {@code SHA-256(0x01 || left || right)}. */
  public static MerkleHash nodeHash(MerkleHash left, MerkleHash right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    MessageDigest d = sha256();
    d.update(NODE_PREFIX);
    left.updateDigest(d);
    right.updateDigest(d);
    return new MerkleHash(d.digest());
  }

  /** The hash of the empty tree, {@code SHA-256("")}. */
  public static MerkleHash emptyRoot() {
    return EMPTY;
  }

  /** The Merkle tree hash (MTH) of the entries whose leaf hashes these are, in order. */
  public static MerkleHash root(List<MerkleHash> leafHashes) {
    Objects.requireNonNull(leafHashes, "leafHashes");
    return leafHashes.isEmpty() ? EMPTY : mth(leafHashes);
  }

  private static MerkleHash mth(List<MerkleHash> d) {
    int n = d.size();
    if (n == 1) {
      return d.get(0);
    }
    int k = split(n);
    return nodeHash(mth(d.subList(0, k)), mth(d.subList(k, n)));
  }

  /**
   * The audit path of leaf {@code index} in the tree of these leaves (RFC 6962 section 2.1.1,
   * {@code PATH(m, D[n])}): the sibling hashes from the leaf up to the root.
   *
   * @throws IllegalArgumentException when the index is not in {@code [0, leafHashes.size())}
   */
  public static List<MerkleHash> inclusionProof(List<MerkleHash> leafHashes, long index) {
    Objects.requireNonNull(leafHashes, "leafHashes");
    if (index < 0 || index >= leafHashes.size()) {
      throw new IllegalArgumentException(
          "expected a leaf index in [0, " + leafHashes.size() + "), found " + index);
    }
    List<MerkleHash> proof = new ArrayList<>();
    path((int) index, leafHashes, proof);
    return List.copyOf(proof);
  }

  private static void path(int m, List<MerkleHash> d, List<MerkleHash> out) {
    int n = d.size();
    if (n == 1) {
      return;
    }
    int k = split(n);
    if (m < k) {
      path(m, d.subList(0, k), out);
      out.add(mth(d.subList(k, n)));
    } else {
      path(m - k, d.subList(k, n), out);
      out.add(mth(d.subList(0, k)));
    }
  }

  /**
   * The proof that the tree of the first {@code oldSize} leaves is a prefix of the tree of all of
   * them (RFC 6962 section 2.1.2, {@code PROOF(m, D[n])}). Empty when {@code oldSize} is 0 or the
   * whole tree.
   *
   * @throws IllegalArgumentException when {@code oldSize} is not in {@code [0, leafHashes.size()]}
   */
  public static List<MerkleHash> consistencyProof(List<MerkleHash> leafHashes, long oldSize) {
    Objects.requireNonNull(leafHashes, "leafHashes");
    if (oldSize < 0 || oldSize > leafHashes.size()) {
      throw new IllegalArgumentException(
          "expected an old tree size in [0, " + leafHashes.size() + "], found " + oldSize);
    }
    List<MerkleHash> proof = new ArrayList<>();
    if (oldSize > 0) {
      subproof((int) oldSize, leafHashes, true, proof);
    }
    return List.copyOf(proof);
  }

  private static void subproof(int m, List<MerkleHash> d, boolean complete, List<MerkleHash> out) {
    int n = d.size();
    if (m == n) {
      if (!complete) {
        out.add(mth(d));
      }
      return;
    }
    int k = split(n);
    if (m <= k) {
      subproof(m, d.subList(0, k), complete, out);
      out.add(mth(d.subList(k, n)));
    } else {
      subproof(m - k, d.subList(k, n), false, out);
      out.add(mth(d.subList(0, k)));
    }
  }

  /**
   * Whether {@code proof} shows that the leaf with this hash is entry {@code index} of the tree of
   * {@code size} entries whose root is {@code root} (RFC 9162 section 2.1.3.2). Never throws for a
   * wrong proof; returns false.
   */
  public static boolean verifyInclusion(
      MerkleHash leafHash, long index, long size, List<MerkleHash> proof, MerkleHash root) {
    Objects.requireNonNull(leafHash, "leafHash");
    Objects.requireNonNull(proof, "proof");
    Objects.requireNonNull(root, "root");
    if (index < 0 || index >= size) {
      return false;
    }
    long fn = index;
    long sn = size - 1;
    MerkleHash r = leafHash;
    for (MerkleHash p : proof) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = nodeHash(p, r);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        r = nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && r.equals(root);
  }

  /**
   * Whether {@code proof} shows that the tree of {@code oldSize} entries with root {@code oldRoot}
   * is a prefix of the tree of {@code newSize} entries with root {@code newRoot} (RFC 9162 section
   * 2.1.4.2). An empty old tree is a prefix of every tree; equal sizes need equal roots and an
   * empty proof. Never throws for a wrong proof; returns false.
   */
  public static boolean verifyConsistency(
      long oldSize, long newSize, MerkleHash oldRoot, MerkleHash newRoot, List<MerkleHash> proof) {
    Objects.requireNonNull(oldRoot, "oldRoot");
    Objects.requireNonNull(newRoot, "newRoot");
    Objects.requireNonNull(proof, "proof");
    if (oldSize < 0 || oldSize > newSize) {
      return false;
    }
    if (oldSize == newSize) {
      return proof.isEmpty() && oldRoot.equals(newRoot);
    }
    if (oldSize == 0) {
      return proof.isEmpty() && oldRoot.equals(EMPTY);
    }
    if (proof.isEmpty()) {
      return false;
    }
    List<MerkleHash> path = new ArrayList<>(proof.size() + 1);
    if (Long.bitCount(oldSize) == 1) {
      path.add(oldRoot);
    }
    path.addAll(proof);
    long fn = oldSize - 1;
    long sn = newSize - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    MerkleHash fr = path.get(0);
    MerkleHash sr = path.get(0);
    for (MerkleHash c : path.subList(1, path.size())) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = nodeHash(c, fr);
        sr = nodeHash(c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        sr = nodeHash(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && fr.equals(oldRoot) && sr.equals(newRoot);
  }

  /** The largest power of two smaller than {@code n}, for {@code n >= 2}. */
  static int split(int n) {
    return Integer.highestOneBit(n - 1);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("expected every Java runtime to provide SHA-256", e);
    }
  }
}
