package org.sijil.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sijil.model.audit.MerkleAccumulator;
import org.sijil.model.audit.MerkleHash;
import org.sijil.model.audit.MerkleTree;
import org.sijil.model.audit.TreeHead;
import org.sijil.store.SqliteDatabase;
import org.sijil.store.StoreConfig;

/**
 * An {@link AuditLog} in the store's SQLite database (tables {@code audit_entries} and {@code
 * audit_heads}). Each append runs in an IMMEDIATE transaction, so entries from several processes
 * are numbered without gaps; the root is kept in a {@link MerkleAccumulator} that catches up with
 * entries other processes appended, so an append costs O(log n) hashes.
 *
 * <p>Thread-safe.
 */
public final class SqliteAuditLog implements AuditLog {
  private static final String COLUMNS = "seq, at, actor, action, subject, detail";

  private final SqliteDatabase db;
  private final HeadSigner signer;

  /** The tree of the entries read so far; advanced only from stored rows. Guarded by db's lock. */
  private MerkleAccumulator tree = new MerkleAccumulator();

  private SqliteAuditLog(SqliteDatabase db, HeadSigner signer) {
    this.db = db;
    this.signer = signer;
  }

  /**
   * Opens the log of the store in {@code config.directory()}, migrating the schema if needed, with
   * the directory's signing key ({@link HeadSigner}), created on first use.
   */
  public static SqliteAuditLog open(StoreConfig config) {
    SqliteDatabase db = SqliteDatabase.open(config);
    try {
      return new SqliteAuditLog(db, HeadSigner.forDirectory(config.directory()));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  @Override
  public AuditEntry append(String actor, AuditAction action, String subject, String detail) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(detail, "detail");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("expected an actor, found a blank string");
    }
    return db.write(
        "append an audit entry (" + action + ")",
        (c, now) -> {
          requireJsonObject(c, detail);
          MerkleAccumulator next = catchUp(c);
          AuditEntry entry = new AuditEntry(next.size() + 1, now, actor, action, subject, detail);
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO audit_entries (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, entry.sequence());
            s.setString(2, entry.at().toString());
            s.setString(3, actor);
            s.setString(4, action.name());
            s.setString(5, subject);
            s.setString(6, detail);
            s.executeUpdate();
          }
          next.append(entry.leafHash());
          TreeHead head = new TreeHead(next.size(), next.root(), now);
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO audit_heads (size, root, at, signature) VALUES (?, ?, ?, ?)")) {
            s.setLong(1, head.size());
            s.setString(2, head.root().hex());
            s.setString(3, now.toString());
            s.setString(4, signer.sign(head));
            s.executeUpdate();
          }
          // The kept tree advances only from committed rows (in catchUp), so a rolled-back append
          // never leaves it ahead of the database.
          return entry;
        });
  }

  /**
   * A copy of the kept tree brought up to the entries in the database; rebuilds it from scratch
   * when the database holds fewer entries than it (a failed commit, or rows removed).
   */
  private MerkleAccumulator catchUp(Connection c) throws SQLException {
    long stored = count(c);
    if (stored < tree.size()) {
      rebuild(c);
    }
    if (stored > tree.size()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT " + COLUMNS + " FROM audit_entries WHERE seq > ? ORDER BY seq")) {
        s.setLong(1, tree.size());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            tree.append(read(rs).leafHash());
          }
        }
      }
    }
    return tree.copy();
  }

  private void rebuild(Connection c) throws SQLException {
    tree = new MerkleAccumulator();
    try (PreparedStatement s =
            c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entries ORDER BY seq");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        tree.append(read(rs).leafHash());
      }
    }
  }

  private static long count(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM audit_entries");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void requireJsonObject(Connection c, String json) throws SQLException {
    // json_type raises on malformed JSON, so it is asked only of valid JSON
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT CASE WHEN json_valid(?) THEN json_type(?) = 'object' ELSE 0 END")) {
      s.setString(1, json);
      s.setString(2, json);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next() || rs.getInt(1) != 1) {
          throw new IllegalArgumentException(
              "expected a JSON object as audit detail, found: "
                  + (json.length() <= 80 ? json : json.substring(0, 77) + "..."));
        }
      }
    }
  }

  @Override
  public long size() {
    return db.read("count audit entries", (c, now) -> count(c));
  }

  @Override
  public TreeHead head() {
    return db.read(
        "read the audit tree head",
        (c, now) -> {
          catchUp(c);
          try (PreparedStatement s =
                  c.prepareStatement("SELECT at FROM audit_heads ORDER BY size DESC LIMIT 1");
              ResultSet rs = s.executeQuery()) {
            Instant at = rs.next() ? Instant.parse(rs.getString(1)) : Instant.EPOCH;
            return new TreeHead(tree.size(), tree.root(), at);
          }
        });
  }

  @Override
  public SignedTreeHead signedHead() {
    return db.read(
        "read the signed audit tree head",
        (c, now) -> {
          catchUp(c);
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT size, root, at, signature FROM audit_heads ORDER BY size DESC LIMIT 1");
              ResultSet rs = s.executeQuery()) {
            if (rs.next() && rs.getLong(1) == tree.size()) {
              TreeHead h =
                  new TreeHead(
                      rs.getLong(1),
                      MerkleHash.fromHex(rs.getString(2)),
                      Instant.parse(rs.getString(3)));
              return new SignedTreeHead(h, rs.getString(4), signer.publicKey());
            }
            // no head recorded for this size (an empty log): sign one now
            TreeHead h = new TreeHead(tree.size(), tree.root(), now);
            return new SignedTreeHead(h, signer.sign(h), signer.publicKey());
          }
        });
  }

  @Override
  public List<AuditEntry> entries(long from, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("expected a limit >= 0, found " + limit);
    }
    return db.read(
        "read audit entries",
        (c, now) -> {
          List<AuditEntry> out = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM audit_entries WHERE seq >= ? ORDER BY seq LIMIT ?")) {
            s.setLong(1, from);
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                out.add(read(rs));
              }
            }
          }
          return out;
        });
  }

  @Override
  public Optional<AuditEntry> entry(long sequence) {
    List<AuditEntry> one = entries(sequence, 1);
    return one.isEmpty() || one.get(0).sequence() != sequence
        ? Optional.empty()
        : Optional.of(one.get(0));
  }

  @Override
  public List<MerkleHash> inclusionProof(long sequence, long size) {
    return db.read(
        "prove inclusion of audit entry " + sequence,
        (c, now) -> {
          long stored = count(c);
          if (sequence < 1 || sequence > size || size > stored) {
            throw new IllegalArgumentException(
                "expected 1 <= sequence <= size <= "
                    + stored
                    + ", found sequence "
                    + sequence
                    + " and size "
                    + size);
          }
          return MerkleTree.inclusionProof(leafHashes(c, size), sequence - 1);
        });
  }

  @Override
  public List<MerkleHash> consistencyProof(long oldSize, long newSize) {
    return db.read(
        "prove consistency of audit tree sizes " + oldSize + " and " + newSize,
        (c, now) -> {
          long stored = count(c);
          if (oldSize < 0 || oldSize > newSize || newSize > stored) {
            throw new IllegalArgumentException(
                "expected 0 <= old size <= new size <= "
                    + stored
                    + ", found "
                    + oldSize
                    + " and "
                    + newSize);
          }
          return MerkleTree.consistencyProof(leafHashes(c, newSize), oldSize);
        });
  }

  private static List<MerkleHash> leafHashes(Connection c, long size) throws SQLException {
    List<MerkleHash> leaves = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM audit_entries WHERE seq <= ? ORDER BY seq")) {
      s.setLong(1, size);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          leaves.add(read(rs).leafHash());
        }
      }
    }
    return leaves;
  }

  @Override
  public AuditVerification verify(Optional<TreeHead> externalHead) {
    Objects.requireNonNull(externalHead, "externalHead");
    return db.read(
        "verify the audit log",
        (c, now) -> {
          List<String> problems = new ArrayList<>();
          Map<Long, String> heads = new HashMap<>();
          Map<Long, String[]> signedHeads = new HashMap<>();
          try (PreparedStatement s =
                  c.prepareStatement("SELECT size, root, at, signature FROM audit_heads");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              heads.put(rs.getLong(1), rs.getString(2));
              signedHeads.put(
                  rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
            }
          }
          List<MerkleHash> leaves = new ArrayList<>();
          MerkleAccumulator acc = new MerkleAccumulator();
          long headsChecked = 0;
          try (PreparedStatement s =
                  c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entries ORDER BY seq");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              long expected = acc.size() + 1;
              AuditEntry entry;
              try {
                entry = read(rs);
              } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add("entry " + rs.getLong(1) + " cannot be read: " + e.getMessage());
                continue;
              }
              if (entry.sequence() != expected) {
                problems.add(
                    "expected entry " + expected + " next, found entry " + entry.sequence());
              }
              MerkleHash leaf = entry.leafHash();
              leaves.add(leaf);
              acc.append(leaf);
              String recorded = heads.remove(acc.size());
              if (recorded != null) {
                headsChecked++;
                if (!recorded.equals(acc.root().hex())) {
                  problems.add(
                      "the head recorded at size "
                          + acc.size()
                          + " has root "
                          + recorded
                          + ", the entries give "
                          + acc.root().hex());
                }
              }
            }
          }
          heads.keySet().stream()
              .sorted()
              .forEach(
                  size ->
                      problems.add(
                          "a head was recorded at size "
                              + size
                              + " but the log has "
                              + acc.size()
                              + " entries"));
          // The last head's root commits to every entry (and every earlier root matched above), so
          // its signature is the one that says the key's holder wrote this log; checking each
          // earlier signature too would cost a millisecond per entry and prove nothing more.
          if (acc.size() > 0) {
            String[] last = signedHeads.get(acc.size());
            if (last == null) {
              problems.add("no head was recorded at the log's size " + acc.size());
            } else if (!signedBy(acc.size(), last)) {
              problems.add(
                  "the head recorded at size "
                      + acc.size()
                      + " does not carry the log key's signature");
            }
          }
          boolean externalChecked = false;
          if (externalHead.isPresent()) {
            externalChecked = true;
            TreeHead held = externalHead.get();
            if (held.size() > acc.size()) {
              problems.add(
                  "the held head has size "
                      + held.size()
                      + " but the log has only "
                      + acc.size()
                      + " entries");
            } else {
              List<MerkleHash> proof = MerkleTree.consistencyProof(leaves, held.size());
              if (!MerkleTree.verifyConsistency(
                  held.size(), acc.size(), held.root(), acc.root(), proof)) {
                problems.add(
                    "the held head (size "
                        + held.size()
                        + ", root "
                        + held.root().hex()
                        + ") is not a prefix of the log: its first "
                        + held.size()
                        + " entries give root "
                        + MerkleTree.root(leaves.subList(0, (int) held.size())).hex());
              }
            }
          }
          return new AuditVerification(
              acc.size(), acc.root(), headsChecked, externalChecked, problems);
        });
  }

  private boolean signedBy(long size, String[] rootAtSignature) {
    try {
      TreeHead h =
          new TreeHead(
              size, MerkleHash.fromHex(rootAtSignature[0]), Instant.parse(rootAtSignature[1]));
      return signer.verify(h, rootAtSignature[2]);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return false;
    }
  }

  private static AuditEntry read(ResultSet rs) throws SQLException {
    return new AuditEntry(
        rs.getLong(1),
        Instant.parse(rs.getString(2)),
        rs.getString(3),
        AuditAction.valueOf(rs.getString(4)),
        rs.getString(5),
        rs.getString(6));
  }

  @Override
  public void close() {
    db.close();
  }

  @Override
  public String toString() {
    return "SqliteAuditLog[" + db.config().databaseFile() + "]";
  }
}
