package org.sijil.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sijil.model.doc.Language;
import org.sijil.server.core.DocumentJson;
import org.sijil.store.DocumentQuery;
import org.sijil.store.DocumentStore;
import org.sijil.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sijil docs}: lists stored documents. */
@Command(
    name = "docs",
    mixinStandardHelpOptions = true,
    description =
        "List stored documents, newest publication first; filter by source, date, language.")
final class DocsCommand implements Callable<Integer> {
  @ParentCommand SijilCommand parent;

  @Spec CommandSpec spec;

  @Option(names = "--source", paramLabel = "NAME", description = "Only this outlet.")
  String source;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before.")
  LocalDate to;

  @Option(names = "--language", paramLabel = "CODE", description = "ISO 639-1 code.")
  String language;

  @Option(
      names = "--limit",
      defaultValue = "50",
      description = "At most this many (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Skip this many first.")
  int offset;

  @Option(names = "--json", description = "One JSON object a line (JSONL document format).")
  boolean json;

  @Override
  public Integer call() {
    DocumentQuery query =
        new DocumentQuery(
            source, from, to, language == null ? null : Language.parse(language), limit, offset);
    PrintWriter out = spec.commandLine().getOut();
    try (DocumentStore store = StoreOpener.open(parent.global.db())) {
      List<StoredDocument> docs = store.list(query);
      DocumentJson writer = new DocumentJson();
      for (StoredDocument d : docs) {
        if (json) {
          out.println(writer.line(d));
        } else {
          var m = d.metadata();
          out.println(
              String.format(
                  Locale.ROOT,
                  "%s  %-10s  %-3s  %-20s  %s",
                  d.id().shortForm(),
                  m.published() == null ? "unknown" : m.published().toString(),
                  m.language().code(),
                  clip(m.source() == null ? "-" : m.source(), 20),
                  m.title() != null ? m.title() : m.origin()));
        }
      }
      if (!json) {
        out.println(docs.size() + " of " + store.count() + " documents");
      }
    }
    return ExitCode.OK;
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
