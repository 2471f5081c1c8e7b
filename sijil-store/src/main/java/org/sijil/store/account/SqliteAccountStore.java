package org.sijil.store.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.sijil.store.SqliteDatabase;
import org.sijil.store.StoreConfig;

/**
 * An {@link AccountStore} in the store's SQLite database (tables {@code users} and {@code
 * sessions}). Thread-safe.
 */
public final class SqliteAccountStore implements AccountStore {
  private static final String USER_COLUMNS =
      "name, role, password_hash, token_hash, disabled, created, clearance";
  private static final String SESSION_COLUMNS = "id_hash, user_name, csrf_token, created, expires";

  private final SqliteDatabase db;

  private SqliteAccountStore(SqliteDatabase db) {
    this.db = db;
  }

  /** Opens the accounts of the store in {@code config.directory()}, migrating if needed. */
  public static SqliteAccountStore open(StoreConfig config) {
    return new SqliteAccountStore(SqliteDatabase.open(config));
  }

  @Override
  public User add(String name, Role role, String passwordHash) {
    User user = new User(name, role, passwordHash, null, false, Instant.EPOCH);
    return db.write(
        "add user " + name,
        (c, now) -> {
          if (find(c, name).isPresent()) {
            throw new IllegalArgumentException("expected a new user name, found existing " + name);
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO users ("
                      + USER_COLUMNS
                      + ") VALUES (?, ?, ?, NULL, 0, ?, 'role')")) {
            s.setString(1, user.name());
            s.setString(2, role.id());
            s.setString(3, passwordHash);
            s.setString(4, now.toString());
            s.executeUpdate();
          }
          return find(c, name).orElseThrow();
        });
  }

  @Override
  public Optional<User> user(String name) {
    Objects.requireNonNull(name, "name");
    return db.read("read user " + name, (c, now) -> find(c, name));
  }

  @Override
  public List<User> users() {
    return db.read(
        "list users",
        (c, now) -> {
          List<User> out = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement("SELECT " + USER_COLUMNS + " FROM users ORDER BY name");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              out.add(readUser(rs));
            }
          }
          return out;
        });
  }

  @Override
  public long count() {
    return db.read(
        "count users",
        (c, now) -> {
          try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM users");
              ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Override
  public User setRole(String name, Role role) {
    Objects.requireNonNull(role, "role");
    return update("change the role of " + name, name, "role = ?", role.id());
  }

  @Override
  public User setPasswordHash(String name, String passwordHash, String keepSessionIdHash) {
    Objects.requireNonNull(passwordHash, "passwordHash");
    return db.write(
        "change the password of " + name,
        (c, now) -> {
          set(c, name, "password_hash = ?", passwordHash);
          endSessions(c, name, keepSessionIdHash);
          return find(c, name).orElseThrow();
        });
  }

  @Override
  public User disable(String name) {
    return db.write(
        "disable " + name,
        (c, now) -> {
          set(c, name, "disabled = 1", null);
          endSessions(c, name, null);
          return find(c, name).orElseThrow();
        });
  }

  /** Deletes the user's sessions, all but {@code keepIdHash} (null: all). */
  private static void endSessions(Connection c, String name, String keepIdHash)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("DELETE FROM sessions WHERE user_name = ? AND id_hash IS NOT ?")) {
      s.setString(1, name);
      s.setString(2, keepIdHash);
      s.executeUpdate();
    }
  }

  @Override
  public User setClearance(String name, Clearance clearance) {
    Objects.requireNonNull(clearance, "clearance");
    return update("set the clearance of " + name, name, "clearance = ?", clearance.id());
  }

  @Override
  public User setTokenHash(String name, String tokenHash) {
    Objects.requireNonNull(tokenHash, "tokenHash");
    if (!tokenHash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("expected a token hash of 64 lower-case hex digits");
    }
    return update("issue a token to " + name, name, "token_hash = ?", tokenHash);
  }

  private User update(String what, String name, String assignment, String value) {
    return db.write(
        what,
        (c, now) -> {
          set(c, name, assignment, value);
          return find(c, name).orElseThrow();
        });
  }

  private static void set(Connection c, String name, String assignment, String value)
      throws SQLException {
    Objects.requireNonNull(name, "name");
    try (PreparedStatement s =
        c.prepareStatement("UPDATE users SET " + assignment + " WHERE name = ?")) {
      int i = 1;
      if (value != null) {
        s.setString(i++, value);
      }
      s.setString(i, name);
      if (s.executeUpdate() == 0) {
        throw new NoSuchElementException("no user named " + name);
      }
    }
  }

  @Override
  public Optional<User> userByTokenHash(String tokenHash) {
    Objects.requireNonNull(tokenHash, "tokenHash");
    return db.read(
        "find a user by token",
        (c, now) -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT " + USER_COLUMNS + " FROM users WHERE token_hash = ?")) {
            s.setString(1, tokenHash);
            try (ResultSet rs = s.executeQuery()) {
              return rs.next() ? Optional.of(readUser(rs)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public void putSession(Session session) {
    Objects.requireNonNull(session, "session");
    db.write(
        "open a session for " + session.user(),
        (c, now) -> {
          if (find(c, session.user()).isEmpty()) {
            throw new NoSuchElementException("no user named " + session.user());
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO sessions (" + SESSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, session.idHash());
            s.setString(2, session.user());
            s.setString(3, session.csrfToken());
            s.setString(4, session.created().toString());
            s.setString(5, session.expires().toString());
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public Optional<Session> session(String idHash) {
    Objects.requireNonNull(idHash, "idHash");
    return db.read(
        "read a session",
        (c, now) -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT " + SESSION_COLUMNS + " FROM sessions WHERE id_hash = ?")) {
            s.setString(1, idHash);
            try (ResultSet rs = s.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new Session(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      Instant.parse(rs.getString(4)),
                      Instant.parse(rs.getString(5))));
            }
          }
        });
  }

  @Override
  public void deleteSession(String idHash) {
    Objects.requireNonNull(idHash, "idHash");
    db.write(
        "end a session",
        (c, now) -> {
          try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE id_hash = ?")) {
            s.setString(1, idHash);
            return s.executeUpdate();
          }
        });
  }

  @Override
  public int deleteExpiredSessions() {
    return db.write(
        "delete expired sessions",
        (c, now) -> {
          // session times are whole seconds, one ISO-8601 form, so they compare as text
          try (PreparedStatement s =
              c.prepareStatement("DELETE FROM sessions WHERE expires <= ?")) {
            s.setString(1, now.truncatedTo(ChronoUnit.SECONDS).toString());
            return s.executeUpdate();
          }
        });
  }

  private static Optional<User> find(Connection c, String name) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT " + USER_COLUMNS + " FROM users WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(readUser(rs)) : Optional.empty();
      }
    }
  }

  private static User readUser(ResultSet rs) throws SQLException {
    return new User(
        rs.getString(1),
        Role.fromId(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getInt(5) == 1,
        Instant.parse(rs.getString(6)),
        Clearance.fromId(rs.getString(7)));
  }

  @Override
  public void close() {
    db.close();
  }

  @Override
  public String toString() {
    return "SqliteAccountStore[" + db.config().databaseFile() + "]";
  }
}
