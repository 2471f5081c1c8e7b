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
import org.sijil.store.DocumentQuery;
import org.sijil.store.DocumentStore;
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
      "Export stored documents as JSONL in the document format (docs/jsonl-format.md), so that"
          + " the export can be ingested elsewhere.",
      "Written to a temporary file and moved into place, so a failed export never leaves half a"
          + " file."
    })
final class ExportCommand implements Callable<Integer> {
  /** The record kinds that can be exported. */
  enum Kind {
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
      defaultValue = "documents",
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
      if (output == null) {
        Writer w = spec.commandLine().getOut();
        long n = write(store, json, w);
        w.flush();
        spec.commandLine().getErr().println("export: " + n + " documents");
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
        spec.commandLine().getOut().println("export: " + n + " documents written to " + output);
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    return ExitCode.OK;
  }

  private static long write(DocumentStore store, DocumentJson json, Writer w) {
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
