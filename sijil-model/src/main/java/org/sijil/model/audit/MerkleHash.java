package org.sijil.model.audit;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A 32-byte SHA-256 value in a Merkle tree: a leaf hash, an interior node hash or a root.
 * Immutable: the bytes are copied in and out.
 *
 * @param bytes exactly 32 bytes
 */
public record MerkleHash(byte[] bytes) {
  /** The length of a SHA-256 digest in bytes. */
  public static final int LENGTH = 32;

  public MerkleHash {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException(
          "expected a " + LENGTH + "-byte SHA-256 hash, found " + bytes.length + " bytes");
    }
    bytes = bytes.clone();
  }

  /**
   * Parses 64 hex digits, either case.
   *
   * @throws IllegalArgumentException naming the text when it is not 64 hex digits
   */
  public static MerkleHash fromHex(String hex) {
    Objects.requireNonNull(hex, "hex");
    if (hex.length() != 2 * LENGTH || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException(
          "expected a SHA-256 hash as 64 hex digits, found \"" + hex + "\"");
    }
    return new MerkleHash(HexFormat.of().parseHex(hex));
  }

  /** A copy of the 32 bytes. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Lower-case hex, 64 digits. */
  public String hex() {
    return HexFormat.of().formatHex(bytes);
  }

  /** Feeds the bytes to a digest without copying them. */
  void updateDigest(MessageDigest digest) {
    digest.update(bytes);
  }

  @Override
  public boolean equals(Object o) {
    // constant-time, so that comparing a presented root leaks nothing through timing
    return o instanceof MerkleHash h && MessageDigest.isEqual(bytes, h.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return hex();
  }
}
