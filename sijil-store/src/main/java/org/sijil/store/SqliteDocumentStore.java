package org.sijil.store;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.sijil.model.doc.DateSource;
import org.sijil.model.doc.DocumentMetadata;
import org.sijil.model.doc.ExtractedText;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.Language;
import org.sijil.model.doc.MediaType;
import org.sijil.model.doc.Sha256;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A {@link DocumentStore} in one SQLite database, {@code <directory>/sijil.db}, in WAL mode with
 * {@code synchronous=FULL}, so that a committed transaction survives a crash or power loss and a
 * crash never leaves half a document. The schema is created and upgraded by Flyway migrations
 * ({@code db/migration}) when the store is opened.
 *
 * <p>Thread-safe. Writes go through one connection, one transaction at a time; reads borrow
 * connections from a small pool and see the last committed state, so readers never wait for
 * writers. Several processes may open the same directory: writers then wait for each other up to
 * the configured busy timeout.
 */
public final class SqliteDocumentStore implements DocumentStore {

  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
  private static final int MIN_PREFIX = 8;
  private static final int PROGRESS_EVERY = 1_000;

  /** Metadata columns, in the order {@link #readDocument} reads them. */
  private static final String META_COLUMNS =
      "sha256, external_id, source, url, origin, title, author, published, published_from,"
          + " retrieved_at, language, media_type, previous_sha256, version, stored_at, offsets";

  private final StoreConfig config;
  private final SQLiteDataSource readers;
  private final ConcurrentLinkedDeque<Connection> idleReaders = new ConcurrentLinkedDeque<>();
  private final ReentrantLock writeLock = new ReentrantLock();
  private final Connection writer; // guarded by writeLock
  private final WriteStatements statements; // guarded by writeLock
  private final int schemaVersion;
  private volatile boolean closed;

  private SqliteDocumentStore(
      StoreConfig config,
      SQLiteDataSource readers,
      Connection writer,
      WriteStatements statements,
      int schemaVersion) {
    this.config = config;
    this.readers = readers;
    this.writer = writer;
    this.statements = statements;
    this.schemaVersion = schemaVersion;
  }

  /**
   * Opens the store in {@code config.directory()}, creating the directory and database when missing
   * and applying pending schema migrations.
   *
   * @throws StoreException when the directory cannot be created or the database cannot be opened or
   *     migrated
   */
  public static SqliteDocumentStore open(StoreConfig config) {
    Objects.requireNonNull(config, "config");
    SQLiteDataSource readers =
        SqliteDatabase.dataSource(config, SQLiteConfig.TransactionMode.DEFERRED);
    // The writer begins IMMEDIATE: it takes the write lock at BEGIN, so two writers never both
    // read under a shared lock and then deadlock trying to upgrade.
    SQLiteDataSource writers =
        SqliteDatabase.dataSource(config, SQLiteConfig.TransactionMode.IMMEDIATE);
    SqliteDatabase.migrate(config, writers);
    Connection writer = null;
    try {
      writer = writers.getConnection();
      int version = readSchemaVersion(writer);
      return new SqliteDocumentStore(config, readers, writer, new WriteStatements(writer), version);
    } catch (SQLException e) {
      if (writer != null) {
        try {
          writer.close();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new StoreException("cannot open " + config.databaseFile() + ": " + e.getMessage(), e);
    }
  }

  private static int readSchemaVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT"
                    + " NULL ORDER BY installed_rank DESC LIMIT 1")) {
      if (!rs.next()) {
        throw new SQLException(
            "expected a migration recorded in flyway_schema_history, found none");
      }
      String version = rs.getString(1);
      try {
        return Integer.parseInt(version);
      } catch (NumberFormatException e) {
        throw new SQLException("expected an integer schema version, found " + version, e);
      }
    }
  }

  // ---------------------------------------------------------------- writes

  @Override
  public PutResult put(IncomingDocument doc) {
    return putAll(List.of(doc)).get(0);
  }

  @Override
  public List<PutResult> putAll(List<IncomingDocument> docs) {
    Objects.requireNonNull(docs, "docs");
    MessageDigest digest = Sha256.newDigest();
    for (int i = 0; i < docs.size(); i++) {
      IncomingDocument doc = Objects.requireNonNull(docs.get(i), "docs[" + i + "]");
      String actual = HexFormat.of().formatHex(digest.digest(doc.original()));
      if (!actual.equals(doc.sha256().hex())) {
        throw new IllegalArgumentException(
            "expected the original of "
                + doc.metadata().origin()
                + " to hash to "
                + doc.sha256()
                + ", found "
                + actual);
      }
    }
    if (docs.isEmpty()) {
      return List.of();
    }
    writeLock.lock();
    try {
      ensureOpen();
      List<PutResult> results = new ArrayList<>(docs.size());
      try {
        writer.setAutoCommit(false);
        try {
          for (IncomingDocument doc : docs) {
            results.add(statements.put(doc, config.clock().instant()));
          }
          writer.commit();
        } catch (SQLException | RuntimeException e) {
          rollback(e);
          throw e;
        } finally {
          writer.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw failure("store " + docs.size() + " documents", e);
      }
      return results;
    } finally {
      writeLock.unlock();
    }
  }

  private void rollback(Exception cause) {
    try {
      writer.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public void putExtraction(Sha256 id, String producer, String json) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(producer, "producer");
    Objects.requireNonNull(json, "json");
    if (producer.isBlank()) {
      throw new IllegalArgumentException("expected a producer name, found a blank string");
    }
    writeLock.lock();
    try {
      ensureOpen();
      statements.putExtraction(id, producer, json, config.clock().instant());
    } catch (SQLException e) {
      throw failure("store extraction " + producer + " of " + id, e);
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * The writer's prepared statements, kept for the life of the store so that a batch of puts reuses
   * compiled SQL. Guarded by the store's write lock.
   */
  private static final class WriteStatements implements AutoCloseable {
    private final PreparedStatement originalExists;
    private final PreparedStatement latestByUrl;
    private final PreparedStatement latestByExternalId;
    private final PreparedStatement insertOriginal;
    private final PreparedStatement insertDocument;
    private final PreparedStatement documentExists;
    private final PreparedStatement jsonValid;
    private final PreparedStatement insertExtraction;

    WriteStatements(Connection c) throws SQLException {
      originalExists = c.prepareStatement("SELECT 1 FROM originals WHERE sha256 = ?");
      latestByUrl =
          c.prepareStatement(
              "SELECT id, sha256, version FROM documents WHERE url = ? ORDER BY id DESC LIMIT 1");
      latestByExternalId =
          c.prepareStatement(
              "SELECT id, sha256, version FROM documents WHERE external_id = ?"
                  + " ORDER BY id DESC LIMIT 1");
      insertOriginal =
          c.prepareStatement("INSERT INTO originals (sha256, size, bytes) VALUES (?, ?, ?)");
      insertDocument =
          c.prepareStatement(
              "INSERT INTO documents (sha256, external_id, source, url, origin, title, author,"
                  + " published, published_from, retrieved_at, language, media_type,"
                  + " previous_sha256, version, stored_at, text_stage, text_resource_version,"
                  + " offsets, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  + " ?)");
      documentExists = c.prepareStatement("SELECT 1 FROM documents WHERE sha256 = ?");
      jsonValid = c.prepareStatement("SELECT json_valid(?)");
      insertExtraction =
          c.prepareStatement(
              "INSERT INTO extractions (document_sha256, producer, json, stored_at)"
                  + " VALUES (?, ?, ?, ?)");
    }

    PutResult put(IncomingDocument doc, Instant now) throws SQLException {
      String sha = doc.sha256().hex();
      originalExists.setString(1, sha);
      try (ResultSet rs = originalExists.executeQuery()) {
        if (rs.next()) {
          return new PutResult.AlreadyStored(doc.sha256());
        }
      }
      DocumentMetadata m = doc.metadata();
      Latest previous = latest(latestByUrl, m.url());
      Latest byExternalId = latest(latestByExternalId, m.externalId());
      if (previous == null || (byExternalId != null && byExternalId.rowId > previous.rowId)) {
        previous = byExternalId; // the most recently stored of the two lineages
      }
      insertOriginal.setString(1, sha);
      insertOriginal.setLong(2, doc.original().length);
      insertOriginal.setBytes(3, doc.original());
      insertOriginal.executeUpdate();

      ExtractedText text = doc.text();
      PreparedStatement d = insertDocument;
      d.setString(1, sha);
      d.setString(2, m.externalId());
      d.setString(3, m.source());
      d.setString(4, m.url());
      d.setString(5, m.origin());
      d.setString(6, m.title());
      d.setString(7, m.author());
      d.setString(8, m.published() == null ? null : m.published().toString());
      d.setString(9, m.publishedFrom().name());
      d.setString(10, m.retrievedAt().toString());
      d.setString(11, m.language().code());
      d.setString(12, m.mediaType().mime());
      d.setString(13, previous == null ? null : previous.sha256);
      d.setInt(14, previous == null ? 1 : previous.version + 1);
      d.setString(15, now.toString());
      d.setString(16, text.provenance().stage());
      d.setString(17, text.provenance().resourceVersion());
      d.setBytes(18, OffsetMapCodec.encode(text.toOriginalBytes(), text.text().length()));
      d.setString(19, text.text());
      d.executeUpdate();
      return previous == null
          ? new PutResult.Stored(doc.sha256())
          : new PutResult.NewVersion(doc.sha256(), new Sha256(previous.sha256));
    }

    private static Latest latest(PreparedStatement query, String key) throws SQLException {
      if (key == null) {
        return null;
      }
      query.setString(1, key);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() ? new Latest(rs.getLong(1), rs.getString(2), rs.getInt(3)) : null;
      }
    }

    void putExtraction(Sha256 id, String producer, String json, Instant now) throws SQLException {
      documentExists.setString(1, id.hex());
      try (ResultSet rs = documentExists.executeQuery()) {
        if (!rs.next()) {
          throw new NoSuchElementException("no document stored with id " + id);
        }
      }
      jsonValid.setString(1, json);
      try (ResultSet rs = jsonValid.executeQuery()) {
        if (!rs.next() || rs.getInt(1) != 1) {
          throw new IllegalArgumentException(
              "expected valid JSON from "
                  + producer
                  + " for document "
                  + id
                  + ", found: "
                  + abbreviate(json));
        }
      }
      insertExtraction.setString(1, id.hex());
      insertExtraction.setString(2, producer);
      insertExtraction.setString(3, json);
      insertExtraction.setString(4, now.toString());
      insertExtraction.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement s :
          List.of(
              originalExists,
              latestByUrl,
              latestByExternalId,
              insertOriginal,
              insertDocument,
              documentExists,
              jsonValid,
              insertExtraction)) {
        s.close();
      }
    }
  }

  /** The newest document of a lineage. */
  private record Latest(long rowId, String sha256, int version) {}

  // ---------------------------------------------------------------- incidents

  /** A write step that runs in one transaction on the writer connection. */
  @FunctionalInterface
  private interface Write<T> {
    T run(Connection c, Instant now) throws SQLException;
  }

  private <T> T write(String what, Write<T> step) {
    writeLock.lock();
    try {
      ensureOpen();
      try {
        writer.setAutoCommit(false);
        try {
          T result = step.run(writer, config.clock().instant());
          writer.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          rollback(e);
          throw e;
        } finally {
          writer.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw failure(what, e);
      }
    } finally {
      writeLock.unlock();
    }
  }

  private static void requireDocument(Connection c, Sha256 id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM documents WHERE sha256 = ?")) {
      s.setString(1, id.hex());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new NoSuchElementException("no document stored with id " + id);
        }
      }
    }
  }

  private static void requireJson(Connection c, String json, String what) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT json_valid(?)")) {
      s.setString(1, json);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next() || rs.getInt(1) != 1) {
          throw new IllegalArgumentException(
              "expected valid JSON for " + what + ", found: " + abbreviate(json));
        }
      }
    }
  }

  @Override
  public void putNearDuplicate(NearDuplicate link) {
    Objects.requireNonNull(link, "link");
    write(
        "store near-duplicate link " + link.copy() + " -> " + link.original(),
        (c, now) -> {
          requireDocument(c, link.copy());
          requireDocument(c, link.original());
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT OR REPLACE INTO near_duplicates"
                      + " (copy_sha256, original_sha256, similarity, stored_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, link.copy().hex());
            s.setString(2, link.original().hex());
            s.setDouble(3, link.similarity());
            s.setString(4, now.toString());
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public List<NearDuplicate> nearDuplicates() {
    return read(
        "read near-duplicate links",
        c -> {
          List<NearDuplicate> out = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT copy_sha256, original_sha256, similarity FROM near_duplicates"
                          + " ORDER BY rowid")) {
            while (rs.next()) {
              out.add(
                  new NearDuplicate(
                      new Sha256(rs.getString(1)), new Sha256(rs.getString(2)), rs.getDouble(3)));
            }
          }
          return out;
        });
  }

  @Override
  public void replaceIncidents(List<StoredIncident> incidents) {
    Objects.requireNonNull(incidents, "incidents");
    write(
        "replace " + incidents.size() + " incidents",
        (c, now) -> {
          try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM incident_members");
            s.executeUpdate("DELETE FROM incidents");
          }
          java.util.Set<String> ids = new java.util.HashSet<>();
          java.util.Set<org.sijil.model.incident.EventKey> members = new java.util.HashSet<>();
          try (PreparedStatement inc =
                  c.prepareStatement(
                      "INSERT INTO incidents (id, json, stored_at) VALUES (?, ?, ?)");
              PreparedStatement mem =
                  c.prepareStatement(
                      "INSERT INTO incident_members (incident_id, document_sha256, event_index)"
                          + " VALUES (?, ?, ?)")) {
            for (StoredIncident i : incidents) {
              if (!ids.add(i.id())) {
                throw new IllegalArgumentException(
                    "expected unique incident ids, found " + i.id() + " twice");
              }
              requireJson(c, i.json(), "incident " + i.id());
              inc.setString(1, i.id());
              inc.setString(2, i.json());
              inc.setString(3, now.toString());
              inc.executeUpdate();
              for (org.sijil.model.incident.EventKey k : i.events()) {
                if (!members.add(k)) {
                  throw new IllegalArgumentException(
                      "expected each event in one incident, found " + k + " again in " + i.id());
                }
                mem.setString(1, i.id());
                mem.setString(2, k.document());
                mem.setInt(3, k.index());
                mem.addBatch();
              }
            }
            mem.executeBatch();
          }
          return null;
        });
  }

  @Override
  public List<StoredIncident> incidents() {
    return read("read incidents", c -> readIncidents(c, null));
  }

  @Override
  public Optional<StoredIncident> incident(String id) {
    Objects.requireNonNull(id, "id");
    return read("read incident " + id, c -> readIncidents(c, id)).stream().findFirst();
  }

  private static List<StoredIncident> readIncidents(Connection c, String only) throws SQLException {
    java.util.Map<String, List<org.sijil.model.incident.EventKey>> members =
        new java.util.HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT incident_id, document_sha256, event_index FROM incident_members"
                + (only == null ? "" : " WHERE incident_id = ?")
                + " ORDER BY incident_id, rowid")) {
      if (only != null) {
        s.setString(1, only);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          members
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new org.sijil.model.incident.EventKey(rs.getString(2), rs.getInt(3)));
        }
      }
    }
    List<StoredIncident> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, json FROM incidents"
                + (only == null ? "" : " WHERE id = ?")
                + " ORDER BY id")) {
      if (only != null) {
        s.setString(1, only);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              new StoredIncident(
                  rs.getString(1),
                  members.getOrDefault(rs.getString(1), List.of()),
                  rs.getString(2)));
        }
      }
    }
    return out;
  }

  @Override
  public int appendIncidentOperation(String json) {
    Objects.requireNonNull(json, "json");
    return write(
        "append an incident operation",
        (c, now) -> {
          requireJson(c, json, "an incident operation");
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO incident_operations (json, stored_at) VALUES (?, ?)")) {
            s.setString(1, json);
            s.setString(2, now.toString());
            s.executeUpdate();
          }
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT count(*) FROM incident_operations")) {
            rs.next();
            return rs.getInt(1);
          }
        });
  }

  @Override
  public List<String> incidentOperations() {
    return read(
        "read incident operations",
        c -> {
          List<String> out = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT json FROM incident_operations ORDER BY seq")) {
            while (rs.next()) {
              out.add(rs.getString(1));
            }
          }
          return out;
        });
  }

  // ---------------------------------------------------------------- reads

  /** A read-only step that runs on a borrowed connection. */
  @FunctionalInterface
  private interface Read<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T read(String what, Read<T> step) {
    ensureOpen();
    Connection c = idleReaders.pollFirst();
    try {
      if (c == null) {
        c = readers.getConnection();
      }
      return step.run(c);
    } catch (SQLException e) {
      throw failure(what, e);
    } finally {
      if (c != null) {
        release(c);
      }
    }
  }

  private void release(Connection c) {
    idleReaders.addFirst(c);
    if (closed && idleReaders.remove(c)) {
      closeQuietly(c); // close() ran while this connection was out
    }
  }

  @Override
  public Optional<StoredDocument> find(String ref) {
    Objects.requireNonNull(ref, "ref");
    String trimmed = ref.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException(
          "expected a SHA-256, a hex prefix of at least 8 digits or an external id, found a blank"
              + " reference");
    }
    return read(
        "find " + trimmed,
        c -> {
          List<String> matches = new ArrayList<>(3);
          boolean hex = HEX.matcher(trimmed).matches();
          if (hex && trimmed.length() == 64) {
            return loadDocument(c, trimmed.toLowerCase(Locale.ROOT));
          }
          if (hex && trimmed.length() >= MIN_PREFIX && trimmed.length() < 64) {
            String prefix = trimmed.toLowerCase(Locale.ROOT);
            try (PreparedStatement s =
                c.prepareStatement(
                    "SELECT sha256 FROM documents WHERE sha256 >= ? AND sha256 < ?"
                        + " ORDER BY sha256 LIMIT 3")) {
              s.setString(1, prefix);
              s.setString(2, prefix + "g"); // 'g' sorts after every hex digit
              try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                  matches.add(rs.getString(1));
                }
              }
            }
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT sha256 FROM documents WHERE external_id = ? ORDER BY id DESC LIMIT 1")) {
            s.setString(1, trimmed);
            try (ResultSet rs = s.executeQuery()) {
              if (rs.next() && !matches.contains(rs.getString(1))) {
                matches.add(rs.getString(1));
              }
            }
          }
          if (matches.size() > 1) {
            throw new IllegalArgumentException(
                "expected "
                    + trimmed
                    + " to identify one document, found several: "
                    + String.join(", ", matches.subList(0, Math.min(3, matches.size())))
                    + (matches.size() > 2 ? ", ..." : "")
                    + "; give more digits");
          }
          return matches.isEmpty() ? Optional.empty() : loadDocument(c, matches.get(0));
        });
  }

  private static Optional<StoredDocument> loadDocument(Connection c, String sha)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT " + META_COLUMNS + ", text FROM documents WHERE sha256 = ?")) {
      s.setString(1, sha);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(readDocument(rs, true)) : Optional.empty();
      }
    }
  }

  private static StoredDocument readDocument(ResultSet rs, boolean withText) throws SQLException {
    String sha = rs.getString(1);
    try {
      String published = rs.getString(8);
      String previous = rs.getString(13);
      DocumentMetadata metadata =
          new DocumentMetadata(
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getString(5),
              rs.getString(6),
              rs.getString(7),
              published == null ? null : LocalDate.parse(published),
              DateSource.valueOf(rs.getString(9)),
              Instant.parse(rs.getString(10)),
              new Language(rs.getString(11)),
              MediaType.ofMime(rs.getString(12)));
      return new StoredDocument(
          new Sha256(sha),
          metadata,
          withText ? rs.getString(17) : null,
          OffsetMapCodec.decode(rs.getBytes(16)),
          previous == null ? null : new Sha256(previous),
          rs.getInt(14),
          Instant.parse(rs.getString(15)));
    } catch (RuntimeException e) {
      throw new SQLException("cannot read the stored row of document " + sha, e);
    }
  }

  @Override
  public byte[] original(Sha256 id) {
    Objects.requireNonNull(id, "id");
    return read(
        "read the original " + id,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT bytes FROM originals WHERE sha256 = ?")) {
            s.setString(1, id.hex());
            try (ResultSet rs = s.executeQuery()) {
              if (!rs.next()) {
                throw new NoSuchElementException("no original stored with id " + id);
              }
              byte[] bytes = rs.getBytes(1);
              return bytes == null ? new byte[0] : bytes;
            }
          }
        });
  }

  @Override
  public List<StoredDocument> list(DocumentQuery query) {
    List<StoredDocument> out = new ArrayList<>();
    scan(query, false, out::add);
    return out;
  }

  @Override
  public void forEach(DocumentQuery query, Consumer<StoredDocument> action) {
    Objects.requireNonNull(action, "action");
    scan(query, true, action);
  }

  private void scan(DocumentQuery query, boolean withText, Consumer<StoredDocument> action) {
    Objects.requireNonNull(query, "query");
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(META_COLUMNS)
            .append(withText ? ", text" : "")
            .append(" FROM documents WHERE 1 = 1");
    List<String> args = new ArrayList<>();
    if (query.source() != null) {
      sql.append(" AND source = ?");
      args.add(query.source());
    }
    if (query.publishedFrom() != null) {
      sql.append(" AND published >= ?");
      args.add(query.publishedFrom().toString());
    }
    if (query.publishedTo() != null) {
      sql.append(" AND published <= ?");
      args.add(query.publishedTo().toString());
    }
    if (query.language() != null) {
      sql.append(" AND language = ?");
      args.add(query.language().code());
    }
    sql.append(" ORDER BY id LIMIT ? OFFSET ?");
    read(
        "list documents matching " + query,
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (String arg : args) {
              s.setString(i++, arg);
            }
            s.setInt(i++, query.limit());
            s.setInt(i, query.offset());
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                action.accept(readDocument(rs, withText));
              }
            }
          }
          return null;
        });
  }

  @Override
  public long count() {
    return read("count documents", c -> queryLong(c, "SELECT count(*) FROM documents"));
  }

  private static long queryLong(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public VerifyReport verify(VerifyListener listener) {
    Objects.requireNonNull(listener, "listener");
    return read(
        "verify originals",
        c -> {
          // One read transaction, so the total and the scan see the same snapshot.
          c.setAutoCommit(false);
          try {
            long total = queryLong(c, "SELECT count(*) FROM originals");
            List<VerifyReport.Mismatch> mismatches = new ArrayList<>();
            MessageDigest digest = Sha256.newDigest();
            long done = 0;
            listener.progress(0, total);
            try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT sha256, size, bytes FROM originals")) {
              while (rs.next()) {
                String key = rs.getString(1);
                long size = rs.getLong(2);
                byte[] bytes = rs.getBytes(3);
                if (bytes == null) {
                  bytes = new byte[0];
                }
                String actual = HexFormat.of().formatHex(digest.digest(bytes));
                if (!actual.equals(key) || bytes.length != size) {
                  mismatches.add(
                      new VerifyReport.Mismatch(
                          new Sha256(key),
                          actual,
                          "stored "
                              + bytes.length
                              + " bytes hash to "
                              + actual
                              + (bytes.length != size ? "; recorded size was " + size : "")));
                }
                done++;
                if (done % PROGRESS_EVERY == 0 && done < total) {
                  listener.progress(done, total);
                }
              }
            }
            listener.progress(done, Math.max(done, total));
            return new VerifyReport(done, mismatches);
          } finally {
            c.commit();
            c.setAutoCommit(true);
          }
        });
  }

  @Override
  public Optional<String> extraction(Sha256 id, String producer) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(producer, "producer");
    return read(
        "read extraction " + producer + " of " + id,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT json FROM extractions WHERE document_sha256 = ? AND producer = ?"
                      + " ORDER BY id DESC LIMIT 1")) {
            s.setString(1, id.hex());
            s.setString(2, producer);
            try (ResultSet rs = s.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  /** The value of a PRAGMA on a read connection; for tests that check connection settings. */
  String pragma(String name) {
    if (!name.matches("[a-z_]+")) {
      throw new IllegalArgumentException("expected a pragma name, found " + name);
    }
    return read(
        "read pragma " + name,
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : null;
          }
        });
  }

  @Override
  public int schemaVersion() {
    return schemaVersion;
  }

  // ---------------------------------------------------------------- lifecycle

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the store at " + config.directory() + " is closed");
    }
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException(
        "cannot " + what + " in " + config.databaseFile() + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      try {
        statements.close();
        writer.close();
      } catch (SQLException e) {
        throw failure("close", e);
      } finally {
        for (Connection c; (c = idleReaders.pollFirst()) != null; ) {
          closeQuietly(c);
        }
      }
    } finally {
      writeLock.unlock();
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // Nothing was written on a reader; a failure to release it loses no data.
      System.Logger log = System.getLogger(SqliteDocumentStore.class.getName());
      log.log(System.Logger.Level.WARNING, "cannot close a reader connection", e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  @Override
  public String toString() {
    return "SqliteDocumentStore[" + config.databaseFile() + "]";
  }
}
