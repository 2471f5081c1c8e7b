package org.sijil.store.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.sijil.model.Span;
import org.sijil.store.SqliteDatabase;
import org.sijil.store.StoreConfig;

/**
 * A {@link ReviewStore} in the store's SQLite database (tables {@code review_items} and {@code
 * review_versions}, the latter append-only). Edits are applied to the item's JSON with SQLite's
 * JSON functions. Thread-safe.
 */
public final class SqliteReviewStore implements ReviewStore {
  private static final String ITEM_COLUMNS = "kind, id, machine_json, confidence, day";
  private static final String VERSION_COLUMNS =
      "kind, id, version, action, field, value_json, span_start, span_end, targets, before_json,"
          + " after_json, reviewer, reason, at";

  private final SqliteDatabase db;

  private SqliteReviewStore(SqliteDatabase db) {
    this.db = db;
  }

  /** Opens the review tables of the store in {@code config.directory()}, migrating if needed. */
  public static SqliteReviewStore open(StoreConfig config) {
    return new SqliteReviewStore(SqliteDatabase.open(config));
  }

  @Override
  public void putMachine(List<MachineItem> items) {
    Objects.requireNonNull(items, "items");
    if (items.isEmpty()) {
      return;
    }
    db.write(
        "store " + items.size() + " machine items for review",
        (c, now) -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO review_items (kind, id, machine_json, confidence, day, updated)"
                      + " VALUES (?, ?, json(?), ?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET"
                      + " machine_json = excluded.machine_json, confidence = excluded.confidence,"
                      + " day = excluded.day, updated = excluded.updated")) {
            for (MachineItem item : items) {
              requireObject(c, item.json(), "the machine value of " + item.ref());
              s.setString(1, item.ref().kind().id());
              s.setString(2, item.ref().id());
              s.setString(3, item.json());
              s.setDouble(4, item.confidence());
              s.setString(5, item.day() == null ? null : item.day().toString());
              s.setString(6, now.toString());
              s.executeUpdate();
            }
          }
          return null;
        });
  }

  @Override
  public List<MachineItem> queue(Optional<ItemKind> kind, QueueOrder order, int limit) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(order, "order");
    if (limit < 0) {
      throw new IllegalArgumentException("expected a limit >= 0, found " + limit);
    }
    String orderBy =
        switch (order) {
          case LEAST_CONFIDENT_FIRST -> "confidence, day IS NULL, day, id";
          case NEWEST_FIRST -> "day IS NULL, day DESC, id";
        };
    return db.read(
        "read the review queue",
        (c, now) -> {
          List<MachineItem> out = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT "
                      + ITEM_COLUMNS
                      + " FROM review_items i WHERE (? IS NULL OR kind = ?) AND NOT EXISTS"
                      + " (SELECT 1 FROM review_versions v WHERE v.kind = i.kind AND v.id = i.id)"
                      + " ORDER BY "
                      + orderBy
                      + " LIMIT ?")) {
            String k = kind.map(ItemKind::id).orElse(null);
            s.setString(1, k);
            s.setString(2, k);
            s.setInt(3, limit);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                out.add(readItem(rs));
              }
            }
          }
          return out;
        });
  }

  @Override
  public long queueSize() {
    return db.read(
        "count the review queue",
        (c, now) -> {
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT count(*) FROM review_items i WHERE NOT EXISTS (SELECT 1 FROM"
                          + " review_versions v WHERE v.kind = i.kind AND v.id = i.id)");
              ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Override
  public ReviewVersion record(
      ItemRef ref,
      ReviewChange change,
      String reviewer,
      String reason,
      java.util.function.Consumer<String> check) {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(reviewer, "reviewer");
    if (reviewer.isBlank()) {
      throw new IllegalArgumentException("expected a reviewer, found a blank string");
    }
    String why = change instanceof ReviewChange.Reject r ? r.reason() : reason;
    return db.write(
        "record a review of " + ref,
        (c, now) -> {
          MachineItem machine =
              findItem(c, ref)
                  .orElseThrow(() -> new NoSuchElementException("no " + ref + " to review"));
          List<ReviewVersion> versions = versions(c, ref);
          String before =
              versions.isEmpty() ? machine.json() : versions.get(versions.size() - 1).afterJson();
          String after = change instanceof ReviewChange.Edit e ? apply(c, ref, before, e) : before;
          check.accept(after);
          ReviewVersion v =
              new ReviewVersion(
                  ref, versions.size() + 1, change, before, after, reviewer, why, now);
          insert(c, v);
          return v;
        });
  }

  /** The item's JSON with the edit applied, checked to hold the new value. */
  private static String apply(Connection c, ItemRef ref, String before, ReviewChange.Edit e)
      throws SQLException {
    SqliteDatabase.requireJson(c, e.valueJson(), "the new value of " + e.field());
    String path = "$." + e.field();
    String spanPath;
    boolean object = "object".equals(scalar(c, "SELECT json_type(?)", e.valueJson()));
    int dot = e.field().lastIndexOf('.');
    if (object) {
      spanPath = path + ".span";
    } else if (dot > 0) {
      spanPath = "$." + e.field().substring(0, dot) + ".span";
    } else {
      spanPath = "$.evidence";
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT CASE WHEN ? IS NULL THEN x ELSE json_set(x, ?, json_array(?, ?)) END,"
                + " json_extract(x, ?) IS NOT NULL AND (x -> ?) = json(?)"
                + " FROM (SELECT json_set(?, ?, json(?)) AS x)")) {
      Span span = e.evidence();
      s.setObject(1, span == null ? null : span.start(), Types.INTEGER);
      s.setString(2, spanPath);
      s.setObject(3, span == null ? null : span.start(), Types.INTEGER);
      s.setObject(4, span == null ? null : span.end(), Types.INTEGER);
      s.setString(5, path);
      s.setString(6, path);
      s.setString(7, e.valueJson());
      s.setString(8, before);
      s.setString(9, path);
      s.setString(10, e.valueJson());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        boolean set = rs.getInt(2) == 1 || "null".equals(e.valueJson().strip());
        if (!set) {
          throw new IllegalArgumentException(
              "expected a field " + e.field() + " that can be set in " + ref + ", found none");
        }
        return rs.getString(1);
      }
    }
  }

  private static String scalar(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, arg);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static void requireObject(Connection c, String json, String what) throws SQLException {
    SqliteDatabase.requireJson(c, json, what);
    if (!"object".equals(scalar(c, "SELECT json_type(?)", json))) {
      throw new IllegalArgumentException("expected a JSON object for " + what);
    }
  }

  private static void insert(Connection c, ReviewVersion v) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO review_versions ("
                + VERSION_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, v.ref().kind().id());
      s.setString(2, v.ref().id());
      s.setInt(3, v.version());
      s.setString(4, v.change().action());
      String field = null;
      String value = null;
      Integer start = null;
      Integer end = null;
      String targets = null;
      if (v.change() instanceof ReviewChange.Edit e) {
        field = e.field();
        value = e.valueJson();
        if (e.evidence() != null) {
          start = e.evidence().start();
          end = e.evidence().end();
        }
      } else if (v.change() instanceof ReviewChange.Merge m) {
        targets = jsonArray(m.others());
      } else if (v.change() instanceof ReviewChange.Split sp) {
        targets = jsonArray(sp.events());
      }
      s.setString(5, field);
      s.setString(6, value);
      s.setObject(7, start, Types.INTEGER);
      s.setObject(8, end, Types.INTEGER);
      s.setString(9, targets);
      s.setString(10, v.beforeJson());
      s.setString(11, v.afterJson());
      s.setString(12, v.reviewer());
      s.setString(13, v.reason());
      s.setString(14, v.at().toString());
      s.executeUpdate();
    }
  }

  @Override
  public Optional<ReviewedItem> item(ItemRef ref) {
    Objects.requireNonNull(ref, "ref");
    return db.read(
        "read " + ref,
        (c, now) -> {
          Optional<MachineItem> machine = findItem(c, ref);
          if (machine.isEmpty()) {
            return Optional.empty();
          }
          List<ReviewVersion> versions = versions(c, ref);
          if (versions.isEmpty()) {
            return Optional.of(
                new ReviewedItem(
                    machine.get(), machine.get().json(), ReviewStatus.PENDING, 0, false));
          }
          ReviewVersion last = versions.get(versions.size() - 1);
          ReviewStatus status = last.change().status();
          boolean changed = !sameJson(c, machine.get().json(), versions.get(0).beforeJson());
          return Optional.of(
              new ReviewedItem(machine.get(), last.afterJson(), status, versions.size(), changed));
        });
  }

  private static boolean sameJson(Connection c, String a, String b) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT json(?) = json(?)")) {
      s.setString(1, a);
      s.setString(2, b);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getInt(1) == 1;
      }
    }
  }

  @Override
  public List<ReviewVersion> history(ItemRef ref) {
    Objects.requireNonNull(ref, "ref");
    return db.read("read the history of " + ref, (c, now) -> versions(c, ref));
  }

  private static Optional<MachineItem> findItem(Connection c, ItemRef ref) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT " + ITEM_COLUMNS + " FROM review_items WHERE kind = ? AND id = ?")) {
      s.setString(1, ref.kind().id());
      s.setString(2, ref.id());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(readItem(rs)) : Optional.empty();
      }
    }
  }

  private static MachineItem readItem(ResultSet rs) throws SQLException {
    String day = rs.getString(5);
    return new MachineItem(
        new ItemRef(ItemKind.fromId(rs.getString(1)), rs.getString(2)),
        rs.getString(3),
        rs.getDouble(4),
        day == null ? null : LocalDate.parse(day));
  }

  @Override
  public java.util.Set<String> reviewedIds(ItemKind kind) {
    Objects.requireNonNull(kind, "kind");
    return db.read(
        "read the reviewed " + kind.id() + " ids",
        (c, now) -> {
          java.util.Set<String> out = new java.util.HashSet<>();
          try (PreparedStatement s =
              c.prepareStatement("SELECT DISTINCT id FROM review_versions WHERE kind = ?")) {
            s.setString(1, kind.id());
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                out.add(rs.getString(1));
              }
            }
          }
          return java.util.Set.copyOf(out);
        });
  }

  private static List<ReviewVersion> versions(Connection c, ItemRef ref) throws SQLException {
    List<ReviewVersion> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT "
                + VERSION_COLUMNS
                + " FROM review_versions WHERE kind = ? AND id = ? ORDER BY version")) {
      s.setString(1, ref.kind().id());
      s.setString(2, ref.id());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String action = rs.getString(4);
          String reason = rs.getString(13);
          ReviewChange change =
              switch (action.toLowerCase(Locale.ROOT)) {
                case "confirm" -> new ReviewChange.Confirm();
                case "edit" -> {
                  int start = rs.getInt(7);
                  Span span = rs.wasNull() ? null : new Span(start, rs.getInt(8));
                  yield new ReviewChange.Edit(rs.getString(5), rs.getString(6), span);
                }
                case "reject" -> new ReviewChange.Reject(reason);
                case "merge" -> new ReviewChange.Merge(strings(c, rs.getString(9)));
                case "split" -> new ReviewChange.Split(strings(c, rs.getString(9)));
                default ->
                    throw new SQLException(
                        "expected a review action, found \"" + action + "\" in " + ref);
              };
          out.add(
              new ReviewVersion(
                  ref,
                  rs.getInt(3),
                  change,
                  rs.getString(10),
                  rs.getString(11),
                  rs.getString(12),
                  reason,
                  Instant.parse(rs.getString(14))));
        }
      }
    }
    return out;
  }

  private static List<String> strings(Connection c, String jsonArray) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT value FROM json_each(?)")) {
      s.setString(1, jsonArray);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** A JSON array of strings, escaped by RFC 8259. */
  private static String jsonArray(List<String> values) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append('"');
      for (char ch : values.get(i).toCharArray()) {
        switch (ch) {
          case '"' -> b.append("\\\"");
          case '\\' -> b.append("\\\\");
          default -> {
            if (ch < 0x20) {
              b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
            } else {
              b.append(ch);
            }
          }
        }
      }
      b.append('"');
    }
    return b.append(']').toString();
  }

  @Override
  public void close() {
    db.close();
  }

  @Override
  public String toString() {
    return "SqliteReviewStore[" + db.config().databaseFile() + "]";
  }
}
