package org.sijil.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sijil.ingest.DocumentReader;
import org.sijil.ingest.ReadOutcome;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.Language;
import org.sijil.resolve.ReportExtraction;
import org.sijil.resolve.ReportExtractor;
import org.sijil.server.core.DocumentEvents;
import org.sijil.server.core.EventJson;
import org.sijil.server.core.ExtractionJson;
import org.sijil.server.core.ExtractionScope;
import org.sijil.server.core.IncidentPipeline;
import org.sijil.store.DocumentStore;
import org.sijil.store.PutResult;
import org.sijil.store.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sijil ingest}: reads inputs and stores them, never altering what is already stored. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Store reports: files, directories (recursively), http(s) URLs and RSS/Atom feeds.",
      "Formats: .txt .md .html .htm .pdf .jsonl .warc .warc.gz, feeds .rss .atom .xml.",
      "The same bytes again are reported as 'already stored'; a known URL or id with new bytes"
          + " becomes a new version linked to the earlier one."
    })
final class IngestCommand implements Callable<Integer> {
  private static final int BATCH_DOCUMENTS = 500;
  private static final long BATCH_BYTES = 32L << 20;

  /** The producer name under which extraction results are stored. */
  static final String PRODUCER = "sijil-extract";

  @ParentCommand SijilCommand parent;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, directories or URLs.")
  List<String> inputs;

  @Option(
      names = "--published",
      paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD) for inputs that carry none of their own.")
  LocalDate published;

  @Option(names = "--source", paramLabel = "NAME", description = "Outlet or organisation.")
  String source;

  @Option(names = "--language", paramLabel = "CODE", description = "ISO 639-1 code, e.g. en, ar.")
  String language;

  @Option(
      names = "--max-size",
      paramLabel = "MB",
      defaultValue = "50",
      description = "Refuse inputs larger than this many megabytes (default: ${DEFAULT-VALUE}).")
  long maxSizeMb;

  @Option(
      names = "--allow-private-network",
      description = "Allow URLs that resolve to loopback, link-local or private addresses.")
  boolean allowPrivateNetwork;

  @Option(names = "--quiet", description = "Print only the summary and the problems.")
  boolean quiet;

  @Option(
      names = "--no-extract",
      description = "Store only; do not extract events from the new documents.")
  boolean noExtract;

  @Override
  public Integer call() {
    if (maxSizeMb <= 0) {
      throw new IllegalArgumentException("expected --max-size > 0, found " + maxSizeMb);
    }
    DocumentReader.Builder builder =
        DocumentReader.builder()
            .maxBytes(maxSizeMb * 1024 * 1024)
            .allowPrivateNetwork(allowPrivateNetwork);
    if (published != null) {
      builder.published(published);
    }
    if (source != null) {
      builder.source(source);
    }
    if (language != null) {
      builder.language(Language.parse(language));
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (DocumentStore store = StoreOpener.open(parent.global.db());
        ProgressBar bar = new ProgressBar(err, parent.global.progressEnabled(), "ingest")) {
      IndexSync index = IndexSync.snapshot(parent.global.db(), store);
      IngestRun run =
          new IngestRun(store, out, err, quiet, bar, noExtract ? null : ReportExtractor.bundled());
      builder.build().read(inputs, run::accept);
      run.flush();
      out.println(run.summary());
      CommandAudit.record(
          parent.global.db(),
          AuditAction.INGEST,
          "documents",
          String.format(
              Locale.ROOT,
              "{\"stored\":%d,\"alreadyStored\":%d,\"newVersions\":%d,\"skipped\":%d,"
                  + "\"failed\":%d}",
              run.stored,
              run.alreadyStored,
              run.newVersions,
              run.skipped,
              run.failed));
      if (!noExtract && run.stored + run.newVersions > 0) {
        CommandAudit.record(
            parent.global.db(), AuditAction.EXTRACT, "events", "{\"events\":" + run.events + "}");
        // near-duplicates are linked and incidents updated as part of ingest
        IncidentPipeline.Summary resolved = new IncidentPipeline().resolve(store);
        CommandAudit.resolved(parent.global.db(), resolved);
        out.println(resolved.line());
      }
      if (!run.freshIds.isEmpty()) {
        index.sync(store, run.freshIds, err);
      }
      return run.failed > 0 ? ExitCode.SOME_INPUTS_FAILED : ExitCode.OK;
    }
  }

  /** Batches documents into store transactions and counts what happened. Not thread-safe. */
  static final class IngestRun {
    private final DocumentStore store;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final ProgressBar bar;
    private final ReportExtractor extractor;
    private final ExtractionJson json = new ExtractionJson();
    private final EventJson eventJson = new EventJson();
    private final List<IncomingDocument> batch = new ArrayList<>();

    /** SHA-256 hex of the documents stored by this run (new ones and new versions). */
    final java.util.Set<String> freshIds = new java.util.LinkedHashSet<>();

    private long batchBytes;
    long stored;
    long alreadyStored;
    long newVersions;
    long failed;
    long skipped;
    long events;
    long notRead;

    /**
     * @param extractor extracts events from newly stored documents and stores the results, or null
     *     to store only
     */
    IngestRun(
        DocumentStore store,
        PrintWriter out,
        PrintWriter err,
        boolean quiet,
        ProgressBar bar,
        ReportExtractor extractor) {
      this.store = store;
      this.out = out;
      this.err = err;
      this.quiet = quiet;
      this.bar = bar;
      this.extractor = extractor;
    }

    void accept(ReadOutcome outcome) {
      // Java 17 has no pattern switch; the sealed interface keeps this chain complete.
      if (outcome instanceof ReadOutcome.Read r) {
        batch.add(r.document());
        batchBytes += r.document().original().length;
        if (batch.size() >= BATCH_DOCUMENTS || batchBytes >= BATCH_BYTES) {
          flush();
        }
      } else if (outcome instanceof ReadOutcome.Failed f) {
        failed++;
        err.println("error: " + f.input() + ": " + f.problem());
      } else if (outcome instanceof ReadOutcome.Skipped s) {
        skipped++;
        err.println("skipped: " + s.input() + ": " + s.reason());
      }
    }

    void flush() {
      if (batch.isEmpty()) {
        return;
      }
      List<PutResult> results = store.putAll(batch);
      List<IncomingDocument> fresh = new ArrayList<>();
      for (int i = 0; i < results.size(); i++) {
        report(results.get(i), batch.get(i));
        if (!(results.get(i) instanceof PutResult.AlreadyStored)) {
          fresh.add(batch.get(i));
          freshIds.add(results.get(i).id().hex());
        }
      }
      if (extractor != null) {
        extract(fresh);
      }
      batch.clear();
      batchBytes = 0;
      bar.update(stored + alreadyStored + newVersions, 0);
    }

    /**
     * Extracts the newly stored documents on all cores and stores the results. The documents are
     * already durable, so a failure here loses no original: it is reported and the run goes on.
     */
    private void extract(List<IncomingDocument> docs) {
      record Done(
          IncomingDocument doc,
          String json,
          String events,
          int eventCount,
          RuntimeException failure) {}
      List<Done> done =
          docs.parallelStream()
              .map(
                  d -> {
                    try {
                      if (!ExtractionScope.covers(d.metadata().language())) {
                        // -1: not read for events (the summary counts these apart)
                        return new Done(
                            d,
                            ExtractCommand.partialLine(d, extractor, json),
                            eventJson.write(List.of()),
                            -1,
                            null);
                      }
                      ReportExtraction x =
                          extractor.extract(
                              d.text().text(),
                              d.metadata().language(),
                              d.metadata().published(),
                              d.metadata().retrievedAt().atZone(ZoneOffset.UTC).toLocalDate());
                      return new Done(
                          d,
                          json.line(ExtractCommand.id(d), x),
                          eventJson.write(x.events()),
                          x.events().size(),
                          null);
                    } catch (RuntimeException e) {
                      return new Done(d, null, null, 0, e);
                    }
                  })
              .toList();
      for (Done d : done) {
        if (d.failure() != null) {
          failed++;
          err.println(
              "error: "
                  + d.doc().metadata().origin()
                  + ": stored, but extraction failed: "
                  + d.failure());
        } else {
          store.putExtraction(d.doc().sha256(), PRODUCER, d.json());
          // the events incident resolution reads, so that it need not extract again
          store.putExtraction(d.doc().sha256(), DocumentEvents.PRODUCER, d.events());
          if (d.eventCount() < 0) {
            notRead++;
            err.println(
                "notice: "
                    + d.doc().metadata().origin()
                    + ": stored; "
                    + ExtractionScope.notice(d.doc().metadata().language()));
          } else {
            events += d.eventCount();
          }
        }
      }
    }

    private void report(PutResult result, IncomingDocument doc) {
      String origin = doc.metadata().origin();
      String line;
      if (result instanceof PutResult.NewVersion v) {
        newVersions++;
        line =
            "new version     "
                + v.id().shortForm()
                + "  "
                + origin
                + "  (previous "
                + v.previous().shortForm()
                + ")";
      } else if (result instanceof PutResult.AlreadyStored) {
        alreadyStored++;
        line = "already stored  " + result.id().shortForm() + "  " + origin;
      } else {
        stored++;
        line = "stored          " + result.id().shortForm() + "  " + origin;
      }
      if (!quiet) {
        out.println(line);
      }
    }

    String summary() {
      return String.format(
          Locale.ROOT,
          "ingest: %d stored, %d already stored, %d new versions, %d skipped, %d failed%s",
          stored,
          alreadyStored,
          newVersions,
          skipped,
          failed,
          extractor == null
              ? ""
              : "; "
                  + events
                  + " events extracted"
                  + (notRead == 0
                      ? ""
                      : " ("
                          + notRead
                          + " documents without events: no event rules for their language yet)"));
    }
  }
}
