package org.sijil.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.sijil.server.core.IncidentPipeline;
import org.sijil.store.StoreConfig;
import org.sijil.store.audit.AuditAction;
import org.sijil.store.audit.SqliteAuditLog;

/**
 * Appends the audit entries of CLI commands to the data directory's audit log. The actor is {@code
 * cli:} and the operating-system user (or the analyst a command names). Details hold counts and
 * ids, never text from documents.
 */
final class CommandAudit {
  private CommandAudit() {}

  /** The actor of a command run by the current operating-system user. */
  static String actor() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }

  static void record(Path dir, String actor, AuditAction action, String subject, String detail) {
    try (SqliteAuditLog log = SqliteAuditLog.open(StoreConfig.at(dir))) {
      log.append(actor, action, subject, detail);
    } catch (RuntimeException e) {
      throw new CommandException(
          ExitCode.STORE_ERROR,
          "the command's work is stored, but its audit entry could not be written in "
              + dir
              + ": "
              + e.getMessage(),
          e);
    }
  }

  static void record(Path dir, AuditAction action, String subject, String detail) {
    record(dir, actor(), action, subject, detail);
  }

  /** The audit entry of one incident resolution. */
  static void resolved(Path dir, IncidentPipeline.Summary s) {
    record(
        dir,
        AuditAction.RESOLVE,
        "incidents",
        String.format(
            Locale.ROOT,
            "{\"documents\":%d,\"extracted\":%d,\"events\":%d,\"nearDuplicates\":%d,"
                + "\"incidents\":%d}",
            s.documents(),
            s.extracted(),
            s.events(),
            s.nearDuplicates(),
            s.incidents()));
  }
}
