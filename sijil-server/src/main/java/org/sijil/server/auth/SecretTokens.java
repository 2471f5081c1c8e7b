package org.sijil.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Random secrets from {@link SecureRandom}: API tokens, session ids, CSRF tokens and one-time
 * passwords, each 256 bits (passwords 120) in URL-safe base64; and the SHA-256 under which the
 * store keeps tokens and session ids. Thread-safe.
 */
public final class SecretTokens {
  /** API tokens start with this, so that a leaked one is easy to recognise and scan for. */
  public static final String TOKEN_PREFIX = "sjl_";

  private final SecureRandom random;

  /** Secrets from a new {@link SecureRandom}. */
  public SecretTokens() {
    this(new SecureRandom());
  }

  /** Secrets from this source; tests pass a seeded one. */
  public SecretTokens(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** A new API token, {@code sjl_} and 43 URL-safe characters. */
  public String newApiToken() {
    return TOKEN_PREFIX + randomText(32);
  }

  /** A new session id. */
  public String newSessionId() {
    return randomText(32);
  }

  /** A new CSRF token. */
  public String newCsrfToken() {
    return randomText(32);
  }

  /** A new one-time password of 20 URL-safe characters. */
  public String newPassword() {
    return randomText(15);
  }

  private String randomText(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /**
   * The SHA-256 of a high-entropy secret in lower-case hex: what the store keeps of tokens and
   * session ids. A plain hash suffices because the secrets are random, not chosen by people.
   */
  public static String hash(String secret) {
    Objects.requireNonNull(secret, "secret");
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("expected every Java runtime to provide SHA-256", e);
    }
  }

  /** Compares two secrets in time independent of where they differ. */
  public static boolean same(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
