package org.sijil.model.doc;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A SHA-256 digest in lower-case hex: the content address of an original document. Immutable.
 *
 * @param hex 64 lower-case hexadecimal digits
 */
public record Sha256(String hex) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public Sha256 {
    if (hex == null || !HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("expected 64 lower-case hex digits, found " + hex);
    }
  }

  /** Digest of {@code bytes}. */
  public static Sha256 of(byte[] bytes) {
    return new Sha256(HexFormat.of().formatHex(newDigest().digest(bytes)));
  }

  /** A fresh SHA-256 {@link MessageDigest}; every JDK has one. */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /** The first 12 digits, for display. */
  public String shortForm() {
    return hex.substring(0, 12);
  }

  @Override
  public String toString() {
    return hex;
  }
}
