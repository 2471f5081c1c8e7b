package org.sijil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sijil.model.audit.MerkleHash;
import org.sijil.model.audit.TreeHead;
import org.sijil.store.StoreConfig;
import org.sijil.store.audit.AuditAction;
import org.sijil.store.audit.AuditEntry;
import org.sijil.store.audit.AuditVerification;
import org.sijil.store.audit.SignedTreeHead;
import org.sijil.store.audit.SqliteAuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sijil audit}: the Merkle-tree audit log (docs/audit.md). */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "The audit log: every ingest, extraction, edit, review, export, login and account change,"
          + " hashed into an RFC 6962 Merkle tree (docs/audit.md)."
    },
    subcommands = {
      AuditCommand.Verify.class,
      AuditCommand.Root.class,
      AuditCommand.Export.class,
      AuditCommand.ListEntries.class
    })
final class AuditCommand implements Runnable {
  @ParentCommand SijilCommand parent;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  SqliteAuditLog open() {
    Path dir = parent.global.db();
    try {
      return SqliteAuditLog.open(StoreConfig.at(dir));
    } catch (RuntimeException e) {
      throw new CommandException(
          ExitCode.STORE_ERROR, "cannot open the audit log in " + dir + ": " + e.getMessage(), e);
    }
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Recompute every leaf and root from the entries and check them against the recorded tree"
            + " heads; with --size and --root, also check that a head held elsewhere is a prefix of"
            + " the log (RFC 6962 consistency proof).",
        "Exit code 3 when a problem is found."
      })
  static final class Verify implements Callable<Integer> {
    @ParentCommand AuditCommand audit;
    @Spec CommandSpec spec;

    @Option(names = "--root", paramLabel = "HEX", description = "A held root, 64 hex digits.")
    String root;

    @Option(names = "--size", paramLabel = "N", description = "The held root's tree size.")
    Long size;

    @Override
    public Integer call() {
      if ((root == null) != (size == null)) {
        throw new IllegalArgumentException(
            "expected --root and --size together, found only "
                + (root == null ? "--size" : "--root"));
      }
      Optional<TreeHead> held =
          root == null
              ? Optional.empty()
              : Optional.of(new TreeHead(size, MerkleHash.fromHex(root), Instant.EPOCH));
      PrintWriter out = spec.commandLine().getOut();
      AuditVerification v;
      try (SqliteAuditLog log = audit.open()) {
        v = log.verify(held);
      }
      for (String p : v.problems()) {
        spec.commandLine().getErr().println("audit: " + p);
      }
      out.printf(
          Locale.ROOT,
          "audit: %s; %d entries, root %s; %d recorded heads checked%s%n",
          v.ok() ? "verified" : v.problems().size() + " problems",
          v.size(),
          v.root().hex(),
          v.headsChecked(),
          v.externalHeadChecked() ? "; the held head is a prefix" + (v.ok() ? "" : "?") : "");
      return v.ok() ? ExitCode.OK : ExitCode.INTEGRITY_FAILURE;
    }
  }

  @Command(
      name = "root",
      mixinStandardHelpOptions = true,
      description = "Print the current tree head.")
  static final class Root implements Callable<Integer> {
    @ParentCommand AuditCommand audit;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (SqliteAuditLog log = audit.open()) {
        TreeHead h = log.head();
        PrintWriter out = spec.commandLine().getOut();
        out.println("size: " + h.size());
        out.println("root: " + h.root().hex());
        out.println("time: " + h.time());
      }
      return ExitCode.OK;
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Write the current tree head as JSON for a third party to hold; later, 'sijil audit verify"
            + " --size N --root HEX' shows the log only grew since. The export itself is then"
            + " audited, after the exported head."
      })
  static final class Export implements Callable<Integer> {
    @ParentCommand AuditCommand audit;
    @Spec CommandSpec spec;

    @Option(
        names = {"-o", "--output"},
        required = true,
        paramLabel = "FILE",
        description = "Where to write the head.")
    Path output;

    @Override
    public Integer call() throws IOException {
      try (SqliteAuditLog log = audit.open()) {
        SignedTreeHead signed = log.signedHead();
        TreeHead h = signed.head();
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("log", "sijil-audit");
        json.put("hashing", "RFC 6962, SHA-256");
        json.put("leafEncoding", AuditEntry.ENCODING_VERSION);
        json.put("size", h.size());
        json.put("root", h.root().hex());
        json.put("time", h.time().toString());
        json.put("signature", signed.signature());
        json.put("publicKey", signed.publicKey());
        json.put("signatureAlgorithm", "Ed25519");
        Path dir = output.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".sijil-audit", ".tmp");
        try {
          Files.writeString(
              tmp,
              new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n",
              StandardCharsets.UTF_8);
          Files.move(
              tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(tmp);
        }
        log.append(
            CommandAudit.actor(),
            AuditAction.EXPORT,
            "audit-head",
            "{\"size\":" + h.size() + ",\"root\":\"" + h.root().hex() + "\"}");
        spec.commandLine()
            .getOut()
            .println("audit: head of size " + h.size() + " written to " + output);
      }
      return ExitCode.OK;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Print entries in order.")
  static final class ListEntries implements Callable<Integer> {
    @ParentCommand AuditCommand audit;
    @Spec CommandSpec spec;

    @Option(
        names = "--from",
        defaultValue = "1",
        description = "First sequence number (default: 1).")
    long from;

    @Option(
        names = "--limit",
        defaultValue = "100",
        description = "At most this many (default: 100).")
    int limit;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (SqliteAuditLog log = audit.open()) {
        for (AuditEntry e : log.entries(from, limit)) {
          out.printf(
              Locale.ROOT,
              "%6d  %s  %-14s %-16s %-20s %s%n",
              e.sequence(),
              e.at(),
              e.action(),
              e.actor(),
              e.subject(),
              e.detail());
        }
      }
      return ExitCode.OK;
    }
  }
}
