package org.sijil.store.sensitivity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sijil.store.SqliteDatabase;
import org.sijil.store.StoreConfig;

/** A {@link SensitivityStore} in the table {@code confidential_values}. Thread-safe. */
public final class SqliteSensitivityStore implements SensitivityStore {
  private static final String COLUMNS = "id, value, kind, marked_by, at";
  private final SqliteDatabase db;

  private SqliteSensitivityStore(SqliteDatabase db) {
    this.db = db;
  }

  /** Opens the marks of the store in {@code config.directory()}, migrating if needed. */
  public static SqliteSensitivityStore open(StoreConfig config) {
    return new SqliteSensitivityStore(SqliteDatabase.open(config));
  }

  @Override
  public ConfidentialValue mark(String value, ConfidentialKind kind, String markedBy) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(markedBy, "markedBy");
    String v = value.strip();
    if (v.isEmpty()) {
      throw new IllegalArgumentException(
          "expected a value to mark confidential, found a blank one");
    }
    return db.write(
        "mark a value confidential",
        (c, now) -> {
          Optional<ConfidentialValue> existing = find(c, v);
          if (existing.isPresent()) {
            return existing.get();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO confidential_values (value, kind, marked_by, at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, v);
            s.setString(2, kind.id());
            s.setString(3, markedBy);
            s.setString(4, now.toString());
            s.executeUpdate();
          }
          return find(c, v).orElseThrow();
        });
  }

  private static Optional<ConfidentialValue> find(Connection c, String value) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT " + COLUMNS + " FROM confidential_values WHERE value = ?")) {
      s.setString(1, value);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  @Override
  public List<ConfidentialValue> values() {
    return db.read(
        "list confidential values",
        (c, now) -> {
          List<ConfidentialValue> out = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT " + COLUMNS + " FROM confidential_values ORDER BY id");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              out.add(read(rs));
            }
          }
          return out;
        });
  }

  @Override
  public boolean unmark(long id) {
    return db.write(
        "unmark confidential value #" + id,
        (c, now) -> {
          try (PreparedStatement s =
              c.prepareStatement("DELETE FROM confidential_values WHERE id = ?")) {
            s.setLong(1, id);
            return s.executeUpdate() == 1;
          }
        });
  }

  private static ConfidentialValue read(ResultSet rs) throws SQLException {
    return new ConfidentialValue(
        rs.getLong(1),
        rs.getString(2),
        ConfidentialKind.fromId(rs.getString(3)),
        rs.getString(4),
        Instant.parse(rs.getString(5)));
  }

  @Override
  public void close() {
    db.close();
  }

  @Override
  public String toString() {
    return "SqliteSensitivityStore[" + db.config().databaseFile() + "]";
  }
}
