package org.sijil.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to open a {@link SqliteDocumentStore}. Immutable.
 *
 * @param directory the data directory, created when missing; the database is {@code
 *     directory/sijil.db}
 * @param busyTimeout how long to wait for another process's write lock before failing; positive, at
 *     most {@link Integer#MAX_VALUE} milliseconds
 * @param clock the clock that stamps {@code storedAt}
 */
public record StoreConfig(Path directory, Duration busyTimeout, Clock clock) {

  /** The default wait for a lock held by another process. */
  public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(30);

  public StoreConfig {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(busyTimeout, "busyTimeout");
    Objects.requireNonNull(clock, "clock");
    if (busyTimeout.isNegative()
        || busyTimeout.isZero()
        || busyTimeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException(
          "expected a busy timeout between 1 ms and "
              + Integer.MAX_VALUE
              + " ms, found "
              + busyTimeout);
    }
  }

  /** A store in {@code directory} with the default busy timeout and the system UTC clock. */
  public static StoreConfig at(Path directory) {
    return new StoreConfig(directory, DEFAULT_BUSY_TIMEOUT, Clock.systemUTC());
  }

  /** The database file. */
  public Path databaseFile() {
    return directory.resolve("sijil.db");
  }

  /** A copy with another busy timeout. */
  public StoreConfig withBusyTimeout(Duration timeout) {
    return new StoreConfig(directory, timeout, clock);
  }

  /** A copy with another clock. */
  public StoreConfig withClock(Clock newClock) {
    return new StoreConfig(directory, busyTimeout, newClock);
  }
}
