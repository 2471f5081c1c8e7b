package org.sijil.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One connection to the store's SQLite database ({@code <directory>/sijil.db}), opened with the
 * same settings as {@link SqliteDocumentStore} (WAL, {@code synchronous=FULL}, foreign keys,
 * IMMEDIATE transactions, busy timeout) after applying the schema migrations. The account, review
 * and audit stores each hold one; they share the file, not the connection, with the document store.
 *
 * <p>Thread-safe: every step runs under one lock, reads included. These tables are small and their
 * queries indexed, so one connection is enough; a step that writes runs in one transaction.
 */
public final class SqliteDatabase implements AutoCloseable {

  /** A step run with the connection; {@code now} is the configured clock's instant. */
  @FunctionalInterface
  public interface Step<T> {
    T run(Connection c, Instant now) throws SQLException;
  }

  private final StoreConfig config;
  private final ReentrantLock lock = new ReentrantLock();
  private final Connection connection; // guarded by lock
  private boolean closed; // guarded by lock

  private SqliteDatabase(StoreConfig config, Connection connection) {
    this.config = config;
    this.connection = connection;
  }

  /**
   * Opens the database in {@code config.directory()}, creating it when missing and applying pending
   * migrations.
   *
   * @throws StoreException when the directory cannot be created or the database cannot be opened or
   *     migrated
   */
  public static SqliteDatabase open(StoreConfig config) {
    Objects.requireNonNull(config, "config");
    SQLiteDataSource ds = dataSource(config, SQLiteConfig.TransactionMode.IMMEDIATE);
    migrate(config, ds);
    try {
      return new SqliteDatabase(config, ds.getConnection());
    } catch (SQLException e) {
      throw new StoreException("cannot open " + config.databaseFile() + ": " + e.getMessage(), e);
    }
  }

  /**
   * A data source for the store's database file with the settings every connection to it uses: WAL,
   * {@code synchronous=FULL}, foreign keys, the configured busy timeout, and this transaction mode.
   */
  static SQLiteDataSource dataSource(StoreConfig config, SQLiteConfig.TransactionMode mode) {
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
    sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    sqlite.enforceForeignKeys(true);
    sqlite.setBusyTimeout((int) config.busyTimeout().toMillis());
    sqlite.setTransactionMode(mode);
    SQLiteDataSource ds = new SQLiteDataSource(sqlite);
    ds.setUrl("jdbc:sqlite:" + config.databaseFile().toAbsolutePath());
    return ds;
  }

  /** Creates the store directory when absent and brings the schema to the latest migration. */
  static void migrate(StoreConfig config, SQLiteDataSource writer) {
    try {
      Files.createDirectories(config.directory());
    } catch (IOException e) {
      throw new StoreException(
          "cannot create the store directory " + config.directory() + ": " + e.getMessage(), e);
    }
    try {
      Flyway.configure(SqliteDatabase.class.getClassLoader())
          .dataSource(writer)
          .locations("classpath:db/migration")
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      throw new StoreException(
          "cannot migrate the schema of " + config.databaseFile() + ": " + e.getMessage(), e);
    }
  }

  /** The configuration it was opened with. */
  public StoreConfig config() {
    return config;
  }

  /**
   * Runs a step in one transaction: committed when it returns, rolled back when it throws.
   *
   * @param what what the step does, for the error message ("append an audit entry")
   * @throws StoreException when the database fails
   */
  public <T> T write(String what, Step<T> step) {
    lock.lock();
    try {
      ensureOpen();
      try {
        connection.setAutoCommit(false);
        try {
          T result = step.run(connection, config.clock().instant());
          connection.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          try {
            connection.rollback();
          } catch (SQLException suppressed) {
            e.addSuppressed(suppressed);
          }
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw failure(what, e);
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs a read-only step outside a transaction.
   *
   * @throws StoreException when the database fails
   */
  public <T> T read(String what, Step<T> step) {
    lock.lock();
    try {
      ensureOpen();
      return step.run(connection, config.clock().instant());
    } catch (SQLException e) {
      throw failure(what, e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Checks that {@code json} is valid JSON for SQLite's JSON functions.
   *
   * @throws IllegalArgumentException naming what it is, when it is not
   */
  public static void requireJson(Connection c, String json, String what) throws SQLException {
    Objects.requireNonNull(json, what);
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

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the database at " + config.directory() + " is closed");
    }
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException(
        "cannot " + what + " in " + config.databaseFile() + ": " + e.getMessage(), e);
  }

  /** Releases the connection; idempotent. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    return "SqliteDatabase[" + config.databaseFile() + "]";
  }
}
