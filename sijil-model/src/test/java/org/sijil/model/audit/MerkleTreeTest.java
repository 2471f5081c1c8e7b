package org.sijil.model.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Certificate Transparency reference vectors (certificate-transparency merkle_tree_test.cc, the
 * eight leaves below), checked also against a naive recursive tree hash written here from the RFC's
 * definition, independently of {@link MerkleTree}.
 */
class MerkleTreeTest {
  private static final List<byte[]> LEAVES =
      Stream.of(
              "",
              "00",
              "10",
              "2021",
              "3031",
              "40414243",
              "5051525354555657",
              "606162636465666768696a6b6c6d6e6f")
          .map(h -> HexFormat.of().parseHex(h))
          .toList();

  /** Roots of the trees of the first 0..8 leaves. */
  private static final List<String> ROOTS =
      List.of(
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
          "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
          "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
          "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
          "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
          "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
          "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
          "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
          "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

  private static List<MerkleHash> leafHashes(int n) {
    return LEAVES.subList(0, n).stream().map(MerkleTree::leafHash).toList();
  }

  private static List<MerkleHash> hashes(String... hex) {
    return Arrays.stream(hex).map(MerkleHash::fromHex).toList();
  }

  @Test
  void theRootsOfTheReferenceTreesOfZeroToEightLeavesMatch() {
    for (int n = 0; n <= 8; n++) {
      assertThat(MerkleTree.root(leafHashes(n)).hex()).as("size %d", n).isEqualTo(ROOTS.get(n));
      assertThat(naiveRoot(LEAVES.subList(0, n))).as("naive, size %d", n).isEqualTo(ROOTS.get(n));
    }
  }

  static Stream<Arguments> referenceInclusionProofs() {
    return Stream.of(
        Arguments.of(0, 1, List.of()),
        Arguments.of(
            0,
            8,
            hashes(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
        Arguments.of(
            5,
            8,
            hashes(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
        Arguments.of(
            2, 3, hashes("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
        Arguments.of(
            1,
            5,
            hashes(
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")));
  }

  @ParameterizedTest
  @MethodSource("referenceInclusionProofs")
  void theReferenceInclusionProofsAreReproducedAndVerify(
      int index, int size, List<MerkleHash> expected) {
    List<MerkleHash> leaves = leafHashes(size);
    assertThat(MerkleTree.inclusionProof(leaves, index)).isEqualTo(expected);
    MerkleHash root = MerkleHash.fromHex(ROOTS.get(size));
    assertThat(MerkleTree.verifyInclusion(leaves.get(index), index, size, expected, root)).isTrue();
  }

  static Stream<Arguments> referenceConsistencyProofs() {
    return Stream.of(
        Arguments.of(1, 1, List.of()),
        Arguments.of(
            1,
            8,
            hashes(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
        Arguments.of(
            6,
            8,
            hashes(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
        Arguments.of(
            2,
            5,
            hashes(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")));
  }

  @ParameterizedTest
  @MethodSource("referenceConsistencyProofs")
  void theReferenceConsistencyProofsAreReproducedAndVerify(
      int oldSize, int newSize, List<MerkleHash> expected) {
    List<MerkleHash> leaves = leafHashes(newSize);
    assertThat(MerkleTree.consistencyProof(leaves, oldSize)).isEqualTo(expected);
    assertThat(
            MerkleTree.verifyConsistency(
                oldSize,
                newSize,
                MerkleHash.fromHex(ROOTS.get(oldSize)),
                MerkleHash.fromHex(ROOTS.get(newSize)),
                expected))
        .isTrue();
  }

  static IntStream seeds() {
    return IntStream.range(0, 20);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomTreesAgreeWithTheNaiveTreeHashAndEveryProofVerifies(int seed) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(70);
    List<byte[]> entries = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byte[] e = new byte[random.nextInt(40)];
      random.nextBytes(e);
      entries.add(e);
    }
    List<MerkleHash> leaves = entries.stream().map(MerkleTree::leafHash).toList();
    MerkleAccumulator acc = new MerkleAccumulator();
    for (int m = 1; m <= n; m++) {
      acc.append(leaves.get(m - 1));
      List<MerkleHash> prefix = leaves.subList(0, m);
      MerkleHash root = MerkleTree.root(prefix);
      assertThat(root.hex()).isEqualTo(naiveRoot(entries.subList(0, m)));
      assertThat(acc.root()).isEqualTo(root);
      assertThat(acc.size()).isEqualTo(m);
    }
    MerkleHash root = MerkleTree.root(leaves);
    for (int i = 0; i < n; i++) {
      List<MerkleHash> proof = MerkleTree.inclusionProof(leaves, i);
      assertThat(MerkleTree.verifyInclusion(leaves.get(i), i, n, proof, root)).isTrue();
      int other = (i + 1 + random.nextInt(n)) % n;
      if (other != i && !leaves.get(other).equals(leaves.get(i))) {
        assertThat(MerkleTree.verifyInclusion(leaves.get(other), i, n, proof, root)).isFalse();
      }
      if (!proof.isEmpty()) {
        List<MerkleHash> bent = new ArrayList<>(proof);
        int at = random.nextInt(bent.size());
        bent.set(at, MerkleTree.leafHash(bent.get(at).bytes()));
        assertThat(MerkleTree.verifyInclusion(leaves.get(i), i, n, bent, root)).isFalse();
      }
      assertThat(
              MerkleTree.verifyInclusion(
                  leaves.get(i), i, n, proof, MerkleTree.leafHash(root.bytes())))
          .isFalse();
    }
    for (int m = 0; m <= n; m++) {
      MerkleHash oldRoot = MerkleTree.root(leaves.subList(0, m));
      List<MerkleHash> proof = MerkleTree.consistencyProof(leaves, m);
      assertThat(MerkleTree.verifyConsistency(m, n, oldRoot, root, proof))
          .as("%d→%d", m, n)
          .isTrue();
      if (!proof.isEmpty()) {
        List<MerkleHash> bent = new ArrayList<>(proof);
        int at = random.nextInt(bent.size());
        bent.set(at, MerkleTree.leafHash(bent.get(at).bytes()));
        assertThat(MerkleTree.verifyConsistency(m, n, oldRoot, root, bent)).isFalse();
      }
      if (m > 0 && m < n) {
        MerkleHash otherOld = MerkleTree.root(leaves.subList(1, m + 1));
        if (!otherOld.equals(oldRoot)) {
          assertThat(MerkleTree.verifyConsistency(m, n, otherOld, root, proof)).isFalse();
        }
      }
    }
  }

  @Test
  void aHashMustBeThirtyTwoBytesOfHex() {
    assertThatThrownBy(() -> MerkleHash.fromHex("abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("64 hex digits")
        .hasMessageContaining("abc");
    assertThatThrownBy(() -> new MerkleHash(new byte[31])).hasMessageContaining("found 31 bytes");
  }

  @Test
  void aProofForALeafOutsideTheTreeIsRefused() {
    assertThatThrownBy(() -> MerkleTree.inclusionProof(leafHashes(3), 3))
        .hasMessageContaining("[0, 3)")
        .hasMessageContaining("found 3");
    assertThatThrownBy(() -> MerkleTree.consistencyProof(leafHashes(3), 4))
        .hasMessageContaining("found 4");
  }

  @Test
  void hashesAreCopiedInAndOut() {
    byte[] b = new byte[32];
    MerkleHash h = new MerkleHash(b);
    b[0] = 1;
    h.bytes()[1] = 1;
    assertThat(h).isEqualTo(new MerkleHash(new byte[32]));
    assertThat(MerkleTree.leafHash("x".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(MerkleTree.leafHash("y".getBytes(StandardCharsets.UTF_8)));
  }

  /** MTH straight from RFC 6962 section 2.1, on entries, with its own SHA-256 calls. */
  private static String naiveRoot(List<byte[]> d) {
    return HexFormat.of().formatHex(naive(d));
  }

  private static byte[] naive(List<byte[]> d) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      if (d.isEmpty()) {
        return sha.digest();
      }
      if (d.size() == 1) {
        sha.update((byte) 0);
        return sha.digest(d.get(0));
      }
      int k = 1;
      while (k * 2 < d.size()) {
        k *= 2;
      }
      sha.update((byte) 1);
      sha.update(naive(d.subList(0, k)));
      return sha.digest(naive(d.subList(k, d.size())));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
