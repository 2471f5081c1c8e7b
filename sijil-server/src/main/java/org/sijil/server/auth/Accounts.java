package org.sijil.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.sijil.store.account.AccountStore;
import org.sijil.store.account.Clearance;
import org.sijil.store.account.Role;
import org.sijil.store.account.Session;
import org.sijil.store.account.User;
import org.sijil.store.audit.AuditAction;
import org.sijil.store.audit.AuditLog;

/**
 * Users, logins, sessions and API tokens, with every change and every login attempt written to the
 * audit log. The one place the CLI and the HTTP server go through for accounts. Thread-safe.
 */
public final class Accounts {
  /** How long a session lasts by default. */
  public static final Duration DEFAULT_SESSION_LENGTH = Duration.ofHours(8);

  private final AccountStore store;
  private final AuditLog audit;
  private final PasswordHasher hasher;
  private final SecretTokens secrets;
  private final LoginThrottle throttle;
  private final Clock clock;
  private final Duration sessionLength;
  private final String dummyHash;

  /**
   * @param sessionLength how long a session lasts, positive
   */
  public Accounts(
      AccountStore store,
      AuditLog audit,
      PasswordHasher hasher,
      SecretTokens secrets,
      LoginThrottle throttle,
      Clock clock,
      Duration sessionLength) {
    this.store = Objects.requireNonNull(store, "store");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.throttle = Objects.requireNonNull(throttle, "throttle");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sessionLength = Objects.requireNonNull(sessionLength, "sessionLength");
    if (sessionLength.isNegative() || sessionLength.isZero()) {
      throw new IllegalArgumentException(
          "expected a positive session length, found " + sessionLength);
    }
    // verified against for unknown names, so that they take as long as known ones
    this.dummyHash = hasher.hash(secrets.newPassword().toCharArray());
  }

  /**
   * A user just added, with the one-time password when one was generated. {@link #toString()} hides
   * the password.
   *
   * @param oneTimePassword the generated password, to be shown once; null when the caller gave one
   */
  public record NewUser(User user, String oneTimePassword) {
    @Override
    public String toString() {
      return "NewUser[" + user + "]";
    }
  }

  /**
   * Adds a user; with a null password, generates a one-time password to show once.
   *
   * @throws IllegalArgumentException when the name is taken or not valid, or the password is too
   *     short
   */
  public NewUser add(String actor, String name, Role role, char[] password) {
    User.requireName(name);
    String generated = password == null ? secrets.newPassword() : null;
    char[] pw = password == null ? generated.toCharArray() : password;
    try {
      User user = store.add(name, role, hasher.hash(pw));
      audit.append(actor, AuditAction.USER_ADD, name, "{\"role\":\"" + role.id() + "\"}");
      return new NewUser(user, generated);
    } finally {
      if (password == null) {
        Arrays.fill(pw, '\0');
      }
    }
  }

  /** Whether there is any user yet (the first {@code serve} creates an admin when not). */
  public boolean anyUser() {
    return store.count() > 0;
  }

  /** The user of that name. */
  public Optional<User> user(String name) {
    return store.user(name);
  }

  /** Every user, by name. */
  public List<User> users() {
    return store.users();
  }

  /** Disables a user: their sessions end now, and their token stops working. */
  public User disable(String actor, String name) {
    User u = store.disable(name);
    audit.append(actor, AuditAction.USER_DISABLE, name, "{}");
    return u;
  }

  /** Changes a user's role. */
  public User setRole(String actor, String name, Role role) {
    Role before =
        store
            .user(name)
            .orElseThrow(() -> new NoSuchElementException("no user named " + name))
            .role();
    User u = store.setRole(name, role);
    audit.append(
        actor,
        AuditAction.ROLE_CHANGE,
        name,
        "{\"from\":\"" + before.id() + "\",\"to\":\"" + role.id() + "\"}");
    return u;
  }

  /**
   * Resets a user's password (an admin, from the command line); with a null password, generates a
   * one-time password to show once. Ends all the user's sessions; their API token keeps working.
   *
   * @throws java.util.NoSuchElementException when there is no such user
   * @throws IllegalArgumentException when the password is too short
   */
  public NewUser resetPassword(String actor, String name, char[] password) {
    String generated = password == null ? secrets.newPassword() : null;
    char[] pw = password == null ? generated.toCharArray() : password;
    try {
      User user = store.setPasswordHash(name, hasher.hash(pw), null);
      audit.append(actor, AuditAction.PASSWORD_CHANGE, name, "{\"result\":\"reset\"}");
      return new NewUser(user, generated);
    } finally {
      if (password == null) {
        Arrays.fill(pw, '\0');
      }
    }
  }

  /** What a user's own password change came to. */
  public sealed interface PasswordChange {
    /** Changed; the user's other sessions ended. */
    record Changed() implements PasswordChange {}

    /** The current password was wrong (or the user is disabled). */
    record Refused() implements PasswordChange {}

    /** Too many failures: try again after this long. */
    record Throttled(Duration retryAfter) implements PasswordChange {}
  }

  /**
   * A user changes their own password, proving the current one; throttled like logins (a stolen
   * session must not become a way to guess the password). Ends the user's other sessions.
   *
   * @param keepSessionId the session asking (stays open), or null when asked with an API token
   * @throws IllegalArgumentException when the new password is too short
   */
  public PasswordChange changePassword(
      String name, char[] current, char[] next, String address, String keepSessionId) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(next, "next");
    Optional<Duration> wait = throttle.retryAfter(name, address);
    if (wait.isPresent()) {
      audit.append(
          name,
          AuditAction.PASSWORD_CHANGE,
          name,
          "{\"result\":\"refused\",\"reason\":\"throttled\"}");
      return new PasswordChange.Throttled(wait.get());
    }
    Optional<User> user = store.user(name);
    boolean ok = hasher.verify(current, user.map(User::passwordHash).orElse(dummyHash));
    if (user.isEmpty() || !ok || user.get().disabled()) {
      throttle.recordFailure(name, address);
      audit.append(
          name,
          AuditAction.PASSWORD_CHANGE,
          name,
          "{\"result\":\"refused\",\"reason\":\"wrong current password\"}");
      return new PasswordChange.Refused();
    }
    String hash = hasher.hash(next);
    throttle.recordSuccess(name);
    store.setPasswordHash(
        name, hash, keepSessionId == null ? null : SecretTokens.hash(keepSessionId));
    audit.append(name, AuditAction.PASSWORD_CHANGE, name, "{\"result\":\"changed\"}");
    return new PasswordChange.Changed();
  }

  /**
   * Sets whether a user sees confidential values, as an exception to their role; takes effect on
   * their next request.
   */
  public User setClearance(String actor, String name, Clearance clearance) {
    Clearance before =
        store
            .user(name)
            .orElseThrow(() -> new NoSuchElementException("no user named " + name))
            .clearance();
    User u = store.setClearance(name, clearance);
    audit.append(
        actor,
        AuditAction.CLEARANCE_CHANGE,
        name,
        "{\"from\":\"" + before.id() + "\",\"to\":\"" + clearance.id() + "\"}");
    return u;
  }

  /** Issues a new API token for a user, replacing any old one; returns it, to be shown once. */
  public String issueToken(String actor, String name) {
    String token = secrets.newApiToken();
    store.setTokenHash(name, SecretTokens.hash(token));
    audit.append(actor, AuditAction.TOKEN, name, "{}");
    return token;
  }

  /** What a login attempt came to. */
  public sealed interface LoginResult {
    /** Logged in: the session id goes into the cookie, the CSRF token to the page. */
    record Success(User user, String sessionId, Session session) implements LoginResult {
      @Override
      public String toString() {
        return "Success[" + user + "]";
      }
    }

    /** Wrong name or password, or a disabled user: one answer for all, so names are not probed. */
    record Refused() implements LoginResult {}

    /** Too many failures: try again after this long. */
    record Throttled(Duration retryAfter) implements LoginResult {}
  }

  /** Checks a password, throttled per name and per client address. */
  public LoginResult login(String name, char[] password, String address) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(address, "address");
    Optional<Duration> wait = throttle.retryAfter(name, address);
    if (wait.isPresent()) {
      audit.append(
          "anonymous", AuditAction.LOGIN_FAILED, subject(name), "{\"reason\":\"throttled\"}");
      return new LoginResult.Throttled(wait.get());
    }
    Optional<User> user = validName(name) ? store.user(name) : Optional.empty();
    boolean ok = hasher.verify(password, user.map(User::passwordHash).orElse(dummyHash));
    if (user.isEmpty() || !ok || user.get().disabled()) {
      throttle.recordFailure(name, address);
      String reason = user.isEmpty() ? "unknown user" : !ok ? "wrong password" : "disabled user";
      audit.append(
          "anonymous", AuditAction.LOGIN_FAILED, subject(name), "{\"reason\":\"" + reason + "\"}");
      return new LoginResult.Refused();
    }
    throttle.recordSuccess(name);
    String id = secrets.newSessionId();
    Instant now = clock.instant();
    Session session =
        new Session(
            SecretTokens.hash(id), name, secrets.newCsrfToken(), now, now.plus(sessionLength));
    store.putSession(session);
    audit.append(name, AuditAction.LOGIN, name, "{}");
    return new LoginResult.Success(user.get(), id, store.session(session.idHash()).orElseThrow());
  }

  /** A name as the audit log may show it: a known user's, or nothing for names never registered. */
  private String subject(String name) {
    // an unknown "name" may be a password typed in the wrong field: never record it
    return validName(name) && store.user(name).isPresent() ? name : "";
  }

  private static boolean validName(String name) {
    try {
      User.requireName(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Ends a session. */
  public void logout(String sessionId) {
    String hash = SecretTokens.hash(sessionId);
    store
        .session(hash)
        .ifPresent(
            s -> {
              store.deleteSession(hash);
              audit.append(s.user(), AuditAction.LOGOUT, s.user(), "{}");
            });
  }

  /** A session and its user, both current. */
  public record Authenticated(User user, Session session) {}

  /**
   * The user of a session id, checked on every request: empty when the session is unknown or
   * expired, or its user is disabled or gone.
   */
  public Optional<Authenticated> session(String sessionId) {
    if (sessionId == null || sessionId.isBlank()) {
      return Optional.empty();
    }
    String hash = SecretTokens.hash(sessionId);
    Optional<Session> s = store.session(hash);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (s.get().expiredAt(clock.instant())) {
      store.deleteSession(hash);
      return Optional.empty();
    }
    return store
        .user(s.get().user())
        .filter(u -> !u.disabled())
        .map(u -> new Authenticated(u, s.get()));
  }

  /** The user of an API token, when it is current and the user is not disabled. */
  public Optional<User> token(String token) {
    if (token == null || !token.startsWith(SecretTokens.TOKEN_PREFIX)) {
      return Optional.empty();
    }
    return store.userByTokenHash(SecretTokens.hash(token)).filter(u -> !u.disabled());
  }
}
