package org.sijil.server.auth;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes passwords with Argon2id (BouncyCastle) into PHC strings such as {@code
 * $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH}, and checks passwords against them with the parameters
 * the string records, so that stronger settings later still verify old hashes. Thread-safe.
 */
public final class PasswordHasher {
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final int MAX_MEMORY_KIB = 1 << 20;

  /**
   * Argon2id cost settings.
   *
   * @param memoryKiB memory in KiB, at least 8 × parallelism
   * @param iterations passes over memory, at least 1
   * @param parallelism lanes, 1 to 16
   */
  public record Cost(int memoryKiB, int iterations, int parallelism) {
    /** OWASP's recommended minimum for Argon2id: 19 MiB, 2 iterations, 1 lane. */
    public static final Cost RECOMMENDED = new Cost(19_456, 2, 1);

    public Cost {
      if (parallelism < 1 || parallelism > 16) {
        throw new IllegalArgumentException("expected parallelism 1..16, found " + parallelism);
      }
      if (iterations < 1) {
        throw new IllegalArgumentException("expected at least 1 iteration, found " + iterations);
      }
      if (memoryKiB < 8 * parallelism) {
        throw new IllegalArgumentException(
            "expected at least " + 8 * parallelism + " KiB of memory, found " + memoryKiB);
      }
    }
  }

  private final Cost cost;
  private final SecureRandom random;

  /** A hasher at {@link Cost#RECOMMENDED}. */
  public PasswordHasher() {
    this(Cost.RECOMMENDED, new SecureRandom());
  }

  /** A hasher at this cost, with salts from this source. */
  public PasswordHasher(Cost cost, SecureRandom random) {
    this.cost = Objects.requireNonNull(cost, "cost");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * The PHC string of a password under a new random salt.
   *
   * @throws IllegalArgumentException when the password is shorter than 8 characters
   */
  public String hash(char[] password) {
    Objects.requireNonNull(password, "password");
    if (password.length < 8) {
      throw new IllegalArgumentException(
          "expected a password of at least 8 characters, found " + password.length);
    }
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, cost, HASH_BYTES);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return "$argon2id$v=19$m="
        + cost.memoryKiB()
        + ",t="
        + cost.iterations()
        + ",p="
        + cost.parallelism()
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }

  /**
   * Whether the password matches the PHC string. A string that is not an Argon2id PHC string never
   * matches.
   */
  public boolean verify(char[] password, String phc) {
    Objects.requireNonNull(password, "password");
    if (phc == null) {
      return false;
    }
    Matcher m = PHC.matcher(phc);
    if (!m.matches()) {
      return false;
    }
    Cost stored;
    byte[] salt;
    byte[] expected;
    try {
      stored =
          new Cost(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      salt = Base64.getDecoder().decode(m.group(4));
      expected = Base64.getDecoder().decode(m.group(5));
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (expected.length < 16 || stored.memoryKiB() > MAX_MEMORY_KIB) {
      // a hash asking for more than a gibibyte would let a planted row exhaust the server
      return false;
    }
    return MessageDigest.isEqual(expected, derive(password, salt, stored, expected.length));
  }

  private static byte[] derive(char[] password, byte[] salt, Cost cost, int length) {
    Argon2Parameters params =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(cost.memoryKiB())
            .withIterations(cost.iterations())
            .withParallelism(cost.parallelism())
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(params);
    ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = new byte[utf8.remaining()];
    utf8.get(bytes);
    byte[] out = new byte[length];
    try {
      generator.generateBytes(bytes, out);
    } finally {
      Arrays.fill(bytes, (byte) 0);
      if (utf8.hasArray()) {
        Arrays.fill(utf8.array(), (byte) 0);
      }
    }
    return out;
  }
}
