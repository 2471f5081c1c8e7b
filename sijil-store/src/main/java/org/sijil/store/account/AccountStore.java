package org.sijil.store.account;

import java.util.List;
import java.util.Optional;

/**
 * Users and their sessions. Stores hashes, never passwords or tokens: hashing is the caller's job
 * (the server's {@code PasswordHasher} and {@code SecretTokens}).
 *
 * <p>Implementations are thread-safe. Methods that name a user throw {@link
 * java.util.NoSuchElementException} naming it when there is no such user.
 */
public interface AccountStore extends AutoCloseable {

  /**
   * Adds a user.
   *
   * @throws IllegalArgumentException when a user of that name exists or the name is not valid
   */
  User add(String name, Role role, String passwordHash);

  /** The user of that name. */
  Optional<User> user(String name);

  /** Every user, by name. */
  List<User> users();

  /** The number of users. */
  long count();

  /** Changes a user's role and returns the user as changed. */
  User setRole(String name, Role role);

  /**
   * Replaces a user's password hash and ends their sessions, all but {@code keepSessionIdHash}, in
   * one transaction: whoever knew the old password loses the sessions it opened.
   *
   * @param keepSessionIdHash the session that asked for the change (stays open); null to end all
   */
  User setPasswordHash(String name, String passwordHash, String keepSessionIdHash);

  /** Sets a user's clearance (an exception to the role) and returns the user as changed. */
  User setClearance(String name, Clearance clearance);

  /** Disables a user and ends all their sessions, in one transaction. */
  User disable(String name);

  /** Replaces a user's API token hash (SHA-256 hex); the old token stops working. */
  User setTokenHash(String name, String tokenHash);

  /** The user whose API token has this hash. */
  Optional<User> userByTokenHash(String tokenHash);

  /**
   * Stores a new session.
   *
   * @throws java.util.NoSuchElementException when the session's user does not exist
   */
  void putSession(Session session);

  /** The session with this id hash, expired or not. */
  Optional<Session> session(String idHash);

  /** Ends a session; ending one that does not exist does nothing. */
  void deleteSession(String idHash);

  /** Deletes the sessions that have expired by the store clock's reading; returns how many. */
  int deleteExpiredSessions();

  /** Releases the database; idempotent. */
  @Override
  void close();
}
