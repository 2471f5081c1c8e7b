package org.sijil.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.sijil.server.core.DocumentJson;
import org.sijil.server.core.EventExport;
import org.sijil.store.DocumentQuery;
import org.sijil.store.DocumentStore;
import org.sijil.store.StoredIncident;
import org.sijil.store.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sijil export}: writes stored records as JSONL. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export stored records as JSONL: incidents by default, one a line with their sources"
          + " (each naming its document by the id it was ingested with, else its SHA-256),"
          + " figures, grade and events (docs/incidents.md); --kind events for one event a line;"
          + " --kind documents for documents in the document format (docs/jsonl-format.md), so"
          + " that the export can be ingested elsewhere.",
      "Written to a temporary file and moved into place, so a failed export never leaves half a"
          + " file."
    })
final class ExportCommand implements Callable<Integer> {
  /** The record kinds that can be exported. */
  enum Kind {
    incidents,
    events,
    documents
  }

  @ParentCommand SijilCommand parent;

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--kind",
      defaultValue = "incidents",
      description = "What to export: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Kind kind;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Output file (default: stdout).")
  Path output;

  /** Output formats. */
  enum Format {
    jsonl
  }

  @Override
  public Integer call() throws IOException {
    DocumentJson json = new DocumentJson();
    try (DocumentStore store = StoreOpener.open(parent.global.db())) {
      if (kind != Kind.documents) {
        ResolveCommand.refreshIfStale(parent.global.db(), store, spec.commandLine().getErr());
      }
      if (output == null) {
        Writer w = spec.commandLine().getOut();
        long n = write(store, json, w);
        w.flush();
        audit(n, "stdout");
        spec.commandLine().getErr().println("export: " + n + " " + kind);
        return ExitCode.OK;
      }
      Path dir = output.toAbsolutePath().getParent();
      Path tmp = Files.createTempFile(dir, ".sijil-export", ".tmp");
      try {
        long n;
        try (Writer w =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
          n = write(store, json, w);
        }
        Files.move(
            tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        audit(n, "file");
        spec.commandLine().getOut().println("export: " + n + " " + kind + " written to " + output);
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    return ExitCode.OK;
  }

  private void audit(long count, String to) {
    CommandAudit.record(
        parent.global.db(),
        AuditAction.EXPORT,
        kind.name(),
        "{\"count\":" + count + ",\"to\":\"" + to + "\"}");
  }

  private long write(DocumentStore store, DocumentJson json, Writer w) throws IOException {
    if (kind == Kind.incidents) {
      long n = 0;
      for (StoredIncident i : store.incidents()) {
        w.write(i.json());
        w.write('\n');
        n++;
      }
      return n;
    }
    if (kind == Kind.events) {
      return EventExport.write(store, w);
    }
    long[] n = {0};
    store.forEach(
        DocumentQuery.all(),
        doc -> {
          try {
            w.write(json.line(doc));
            w.write('\n');
            n[0]++;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return n[0];
  }
}
