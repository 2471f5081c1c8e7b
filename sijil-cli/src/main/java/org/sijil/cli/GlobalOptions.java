package org.sijil.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts, before or after the subcommand name. */
final class GlobalOptions {

  @Option(
      names = "--db",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "Data directory (default: ./sijil-data/; for demo: ./sijil-demo/).")
  Path db;

  /** The data directory asked for, or {@code fallback} when none was given. */
  Path dbOr(Path fallback) {
    return db != null ? db : fallback;
  }

  /** The data directory: {@code --db}, else {@code ./sijil-data}. */
  Path db() {
    return dbOr(Path.of("sijil-data"));
  }

  @Option(
      names = "--progress",
      negatable = true,
      scope = ScopeType.INHERIT,
      description =
          "Show a progress bar on stderr (default: only when stderr is a terminal; the ./sijil"
              + " launcher tells).")
  Boolean progress;

  boolean progressEnabled() {
    if (progress != null) {
      return progress;
    }
    return "tty".equals(System.getProperty("sijil.stderr"));
  }
}
