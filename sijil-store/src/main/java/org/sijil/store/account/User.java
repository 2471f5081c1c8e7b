package org.sijil.store.account;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A user account. Immutable. Only hashes of the password and of the API token are held, and {@link
 * #toString()} shows neither.
 *
 * @param name the login name: 1–64 characters of letters, digits, {@code . _ -}
 * @param role what the user may do
 * @param passwordHash the password's hash as a PHC string (e.g. {@code $argon2id$v=19$...})
 * @param tokenHash the SHA-256 of the user's API token in hex, or null when none was issued
 * @param disabled a disabled user can neither log in nor use a session or token
 * @param created when the account was added
 * @param clearance whether the user sees confidential values, as an exception to the role
 */
public record User(
    String name,
    Role role,
    String passwordHash,
    String tokenHash,
    boolean disabled,
    Instant created,
    Clearance clearance) {
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");

  public User {
    requireName(name);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(clearance, "clearance");
    if (passwordHash.isBlank()) {
      throw new IllegalArgumentException("expected a password hash for " + name + ", found none");
    }
  }

  /** A user whose clearance is their role's. */
  public User(
      String name,
      Role role,
      String passwordHash,
      String tokenHash,
      boolean disabled,
      Instant created) {
    this(name, role, passwordHash, tokenHash, disabled, created, Clearance.ROLE);
  }

  /**
   * Checks a login name.
   *
   * @throws IllegalArgumentException naming the text when it is not 1–64 letters, digits, {@code .
   *     _ -}
   */
  public static String requireName(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "expected a user name of 1 to 64 letters, digits, '.', '_' or '-', found \""
              + name
              + "\"");
    }
    return name;
  }

  @Override
  public String toString() {
    return "User["
        + name
        + ", "
        + role.id()
        + (clearance == Clearance.ROLE ? "" : ", clearance " + clearance.id())
        + (disabled ? ", disabled" : "")
        + "]";
  }
}
