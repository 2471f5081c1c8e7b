package org.sijil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sijil.server.core.DocumentJson;
import org.sijil.store.DocumentStore;
import org.sijil.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sijil show}: one document's metadata and text. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show a document's metadata and text (or its original bytes).")
final class ShowCommand implements Callable<Integer> {
  @ParentCommand SijilCommand parent;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "DOC",
      description =
          "SHA-256, a unique prefix of it (8+ hex digits), or the id it was ingested with.")
  String ref;

  @Option(names = "--original", description = "Write the original bytes to stdout, unchanged.")
  boolean original;

  @Option(names = "--json", description = "As one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (DocumentStore store = StoreOpener.open(parent.global.db())) {
      StoredDocument doc =
          store
              .find(ref)
              .orElseThrow(
                  () ->
                      new CommandException(
                          ExitCode.SOME_INPUTS_FAILED, "no document matches '" + ref + "'"));
      if (original) {
        out.flush();
        System.out.write(store.original(doc.id()));
        System.out.flush();
        return ExitCode.OK;
      }
      if (json) {
        out.println(new DocumentJson().line(doc));
        return ExitCode.OK;
      }
      var m = doc.metadata();
      out.println("id:          " + doc.id());
      field(out, "external id", m.externalId());
      field(out, "title", m.title());
      field(out, "source", m.source());
      field(out, "author", m.author());
      field(out, "url", m.url());
      out.println(
          "published:   "
              + (m.published() == null
                  ? "unknown"
                  : m.published() + " (from " + m.publishedFrom().name().toLowerCase() + ")"));
      out.println("language:    " + m.language().code());
      out.println("media type:  " + m.mediaType().mime());
      out.println("origin:      " + m.origin());
      out.println("retrieved:   " + m.retrievedAt());
      out.println(
          "version:     "
              + doc.version()
              + (doc.previousVersion() == null ? "" : " (previous " + doc.previousVersion() + ")"));
      out.println();
      out.println(doc.text() == null ? "" : doc.text());
    }
    return ExitCode.OK;
  }

  private static void field(PrintWriter out, String name, String value) {
    if (value != null) {
      out.println(String.format("%-12s %s", name + ":", value));
    }
  }
}
