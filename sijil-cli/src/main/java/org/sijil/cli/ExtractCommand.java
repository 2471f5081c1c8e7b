package org.sijil.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sijil.ingest.DocumentReader;
import org.sijil.ingest.ReadOutcome;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.Language;
import org.sijil.resolve.ReportExtraction;
import org.sijil.resolve.ReportExtractor;
import org.sijil.server.core.ExtractionJson;
import org.sijil.server.core.ExtractionScope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sijil extract}: events, places and times of a JSONL batch, as JSONL. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract events (type, actors, place, date, counts, attribution, certainty), places and"
          + " time expressions from a JSONL batch of documents (docs/jsonl-format.md).",
      "Output: one JSON object a line, keys in docs/extraction-output.md; offsets are half-open"
          + " UTF-16 code units of each input's text.",
      "A bad input line is reported with its line number; the others go on."
    })
final class ExtractCommand implements Callable<Integer> {
  private static final int CHUNK = 256;

  @ParentCommand SijilCommand parent;

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "DOCS.jsonl",
      description = "Documents, one JSON object a line.")
  Path input;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "OUT.jsonl",
      description = "Where to write the results (written atomically; - for stdout).")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(input)) {
      throw new CommandException(
          ExitCode.SOME_INPUTS_FAILED, input + ": expected a JSONL file, found none");
    }
    PrintWriter err = spec.commandLine().getErr();
    ReportExtractor extractor = ReportExtractor.bundled();
    ExtractionJson json = new ExtractionJson();
    boolean toStdout = output.toString().equals("-");
    Path tmp =
        toStdout
            ? null
            : Files.createTempFile(output.toAbsolutePath().getParent(), ".sijil-extract", ".tmp");
    long[] counts = new long[4]; // documents, events, failed, not read (language)
    try {
      Writer w =
          toStdout
              ? spec.commandLine().getOut()
              : new BufferedWriter(
                  new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8));
      try (ProgressBar bar = new ProgressBar(err, parent.global.progressEnabled(), "extract")) {
        List<IncomingDocument> chunk = new ArrayList<>();
        DocumentReader.builder()
            .build()
            .read(
                List.of(input.toString()),
                outcome -> {
                  if (outcome instanceof ReadOutcome.Read r) {
                    chunk.add(r.document());
                    if (chunk.size() == CHUNK) {
                      writeChunk(chunk, extractor, json, w, counts);
                      bar.update(counts[0], 0);
                    }
                  } else if (outcome instanceof ReadOutcome.Failed f) {
                    counts[2]++;
                    err.println("error: " + f.input() + ": " + f.problem());
                  } else if (outcome instanceof ReadOutcome.Skipped s) {
                    counts[2]++;
                    err.println("skipped: " + s.input() + ": " + s.reason());
                  }
                });
        writeChunk(chunk, extractor, json, w, counts);
      } finally {
        if (!toStdout) {
          w.close();
        } else {
          w.flush();
        }
      }
      if (!toStdout) {
        Files.move(
            tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } finally {
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
    }
    err.println(
        "extract: "
            + counts[0]
            + " documents, "
            + counts[1]
            + " events, "
            + counts[2]
            + " failed"
            + (counts[3] == 0
                ? ""
                : ", "
                    + counts[3]
                    + " read for places only or not at all (no event rules for their language"
                    + " yet; each line says so)")
            + (toStdout ? "" : "; written to " + output));
    return counts[2] > 0 ? ExitCode.SOME_INPUTS_FAILED : ExitCode.OK;
  }

  /** One extracted document, as its output line. */
  private record Extracted(String line, int events, boolean read) {}

  /** Extracts a chunk on all cores and writes it in input order. */
  private static void writeChunk(
      List<IncomingDocument> chunk,
      ReportExtractor extractor,
      ExtractionJson json,
      Writer w,
      long[] counts) {
    List<Extracted> done =
        chunk.parallelStream()
            .map(
                d -> {
                  if (!ExtractionScope.covers(d.metadata().language())) {
                    return new Extracted(partialLine(d, extractor, json), 0, false);
                  }
                  ReportExtraction x =
                      extractor.extract(
                          d.text().text(),
                          d.metadata().language(),
                          d.metadata().published(),
                          d.metadata().retrievedAt().atZone(ZoneOffset.UTC).toLocalDate());
                  return new Extracted(json.line(id(d), x), x.events().size(), true);
                })
            .toList();
    try {
      for (Extracted x : done) {
        w.write(x.line());
        w.write('\n');
        counts[0]++;
        counts[1] += x.events();
        counts[3] += x.read() ? 0 : 1;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    chunk.clear();
  }

  /**
   * The output line of a document outside the {@link ExtractionScope}: its places where the
   * geoparser reads its language, else nothing; the notice says which.
   */
  static String partialLine(IncomingDocument d, ReportExtractor extractor, ExtractionJson json) {
    Language language = d.metadata().language();
    return ExtractionScope.readsPlaces(language)
        ? json.placesOnly(id(d), language, extractor.places(d.text().text(), language))
        : json.notExtracted(id(d), language);
  }

  static String id(IncomingDocument d) {
    return d.metadata().externalId() != null ? d.metadata().externalId() : d.sha256().hex();
  }
}
