package org.sijil.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sijil.model.audit.MerkleAccumulator;
import org.sijil.model.audit.TreeHead;
import org.sijil.store.StoreConfig;
import org.sijil.store.TickingClock;

/**
 * Any edit, deletion or reordering of entries, done directly in SQLite by someone who also drops
 * the append-only triggers, is detected by verify against a head exported before. Half the time the
 * tamperer also rewrites the recorded heads to match, so that only the held head can catch it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTamperingTest {
  private static final int ENTRIES = 48;
  private static final String[] FIELDS = {"at", "actor", "action", "subject", "detail"};

  private SqliteAuditLog log;
  private Connection raw;
  private final List<TreeHead> exported = new ArrayList<>();
  private final List<Object[]> originalEntries = new ArrayList<>();
  private final List<Object[]> originalHeads = new ArrayList<>();

  @BeforeAll
  void buildALog(@TempDir Path dir) throws SQLException {
    log =
        SqliteAuditLog.open(
            StoreConfig.at(dir)
                .withClock(
                    new TickingClock(
                        Instant.parse("2026-03-01T08:00:00Z"), Duration.ofMillis(1500))));
    AuditAction[] actions = AuditAction.values();
    for (int i = 1; i <= ENTRIES; i++) {
      log.append(
          "user-" + (i % 4),
          actions[i % actions.length],
          "item-" + (i % 7),
          "{\"step\":" + i + "}");
      exported.add(log.head());
    }
    raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sijil.db"));
    try (Statement s = raw.createStatement()) {
      s.execute("PRAGMA synchronous = OFF");
      for (String t :
          List.of(
              "audit_entries_append_only_update",
              "audit_entries_append_only_delete",
              "audit_heads_append_only_update",
              "audit_heads_append_only_delete")) {
        s.execute("DROP TRIGGER " + t);
      }
      try (ResultSet rs =
          s.executeQuery("SELECT seq, at, actor, action, subject, detail FROM audit_entries")) {
        while (rs.next()) {
          originalEntries.add(
              new Object[] {
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6)
              });
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT size, root, at, signature FROM audit_heads")) {
        while (rs.next()) {
          originalHeads.add(
              new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
    }
  }

  @AfterAll
  void closeAll() throws SQLException {
    if (raw != null) {
      raw.close();
    }
    if (log != null) {
      log.close();
    }
  }

  static IntStream tries() {
    return IntStream.range(0, 1000);
  }

  @ParameterizedTest(name = "try {0}")
  @MethodSource("tries")
  void anyEditDeletionOrReorderingIsDetectedAgainstAnExportedHead(int seed) throws SQLException {
    Random random = new Random(seed);
    TreeHead held = exported.get(random.nextInt(ENTRIES));
    long m = held.size();
    try {
      String tampering = tamper(random, m);
      boolean forgedHeads = random.nextBoolean();
      if (forgedHeads) {
        forgeHeads();
      }

      AuditVerification v = log.verify(Optional.of(held));

      assertThat(v.ok())
          .as("%s, held size %d, heads forged: %s", tampering, m, forgedHeads)
          .isFalse();
      if (forgedHeads && !tampering.endsWith(" gap")) {
        // with matching heads and no gap in the numbering, only the held head and the heads'
        // signatures (the tamperer has no key here) tell
        assertThat(log.verify(Optional.empty()).problems())
            .as(tampering)
            .isNotEmpty()
            .allMatch(p -> p.contains("signature"));
      }
    } finally {
      restore();
    }
    assertThat(log.verify(Optional.of(held)).ok()).isTrue();
  }

  /** Changes the log so that its first {@code m} entries are no longer what they were. */
  private String tamper(Random random, long m) throws SQLException {
    long target = 1 + random.nextInt((int) m);
    switch (random.nextInt(4)) {
      case 0 -> {
        String field = FIELDS[random.nextInt(FIELDS.length)];
        String value =
            switch (field) {
              case "at" ->
                  Instant.parse("2026-03-01T08:00:00Z")
                      .plusMillis(random.nextInt(1_000_000) * 7 + 1)
                      .toString();
              case "action" ->
                  AuditAction.values()[random.nextInt(AuditAction.values().length)].name();
              case "detail" -> "{\"step\":" + (1000 + random.nextInt(1000)) + "}";
              default -> "forged-" + random.nextInt(1_000_000);
            };
        int changed =
            update(
                "UPDATE audit_entries SET " + field + " = ? WHERE seq = ? AND " + field + " <> ?",
                value,
                target,
                value);
        if (changed == 0) {
          // the value happened to be the same: edit the detail instead, which is unique per entry
          update("UPDATE audit_entries SET detail = '{\"edited\":true}' WHERE seq = ?", target);
          return "edit detail of entry " + target;
        }
        return "edit " + field + " of entry " + target;
      }
      case 1 -> {
        update("DELETE FROM audit_entries WHERE seq = ?", target);
        if (random.nextBoolean()) {
          // close the gap, as a careful tamperer would
          update("UPDATE audit_entries SET seq = seq - 1 WHERE seq > ?", target);
          return "delete entry " + target + " and renumber";
        }
        return "delete entry " + target + ", leaving a gap";
      }
      case 2 -> {
        long other = 1 + random.nextInt(ENTRIES);
        if (other == target) {
          other = target == ENTRIES ? target - 1 : target + 1;
        }
        // swap the two rows' places in the sequence
        update("UPDATE audit_entries SET seq = 1000000 WHERE seq = ?", target);
        update("UPDATE audit_entries SET seq = ? WHERE seq = ?", target, other);
        update("UPDATE audit_entries SET seq = ? WHERE seq = 1000000", other);
        return "swap entries " + target + " and " + other;
      }
      default -> {
        // move one entry to the end and shift the rest up: a reordering without gaps
        update("UPDATE audit_entries SET seq = 1000000 WHERE seq = ?", target);
        update("UPDATE audit_entries SET seq = seq - 1 WHERE seq > ? AND seq < 1000000", target);
        update("UPDATE audit_entries SET seq = ? WHERE seq = 1000000", (long) ENTRIES);
        return "move entry " + target + " to the end";
      }
    }
  }

  /** Rewrites the recorded heads so that they match the tampered entries. */
  private void forgeHeads() throws SQLException {
    update("DELETE FROM audit_heads");
    MerkleAccumulator acc = new MerkleAccumulator();
    for (AuditEntry e : log.entries(1, 10_000)) {
      acc.append(e.leafHash());
      update(
          "INSERT INTO audit_heads (size, root, at, signature) VALUES (?, ?, ?, 'forged')",
          acc.size(),
          acc.root().hex(),
          e.at().toString());
    }
  }

  private void restore() throws SQLException {
    raw.setAutoCommit(false);
    update("DELETE FROM audit_entries");
    update("DELETE FROM audit_heads");
    for (Object[] row : originalEntries) {
      update(
          "INSERT INTO audit_entries (seq, at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?, ?)",
          row);
    }
    for (Object[] row : originalHeads) {
      update("INSERT INTO audit_heads (size, root, at, signature) VALUES (?, ?, ?, ?)", row);
    }
    raw.commit();
    raw.setAutoCommit(true);
  }

  private int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement s = raw.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    }
  }
}
