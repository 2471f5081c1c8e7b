package org.sijil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sijil.ingest.DocumentReader;
import org.sijil.resolve.ReportExtractor;
import org.sijil.server.core.IncidentPipeline;
import org.sijil.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sijil demo}: a fresh demo database from the bundled example reports. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest the example reports (examples/reports) into a fresh demo database (default"
          + " ./sijil-demo/) and print what was found.",
      "A directory is only wiped when an earlier demo made it."
    })
final class DemoCommand implements Callable<Integer> {
  static final String MARKER = ".sijil-demo";

  @ParentCommand SijilCommand parent;

  @Spec CommandSpec spec;

  @Option(
      names = "--examples",
      paramLabel = "DIR",
      description = "Example reports (default: examples/reports under the Sijil home).")
  Path examples;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = parent.global.dbOr(Path.of("sijil-demo"));
    Path reports = examples != null ? examples : defaultExamples();
    if (!Files.isDirectory(reports)) {
      throw new CommandException(
          ExitCode.SOME_INPUTS_FAILED,
          "expected a directory of example reports, found none at " + reports);
    }
    prepareFreshDirectory(dir);
    out.println("demo: fresh database in " + dir.toAbsolutePath());
    IngestCommand.IngestRun run;
    try (DocumentStore store = StoreOpener.open(dir);
        ProgressBar bar = new ProgressBar(err, parent.global.progressEnabled(), "demo")) {
      run = new IngestCommand.IngestRun(store, out, err, false, bar, ReportExtractor.bundled());
      DocumentReader.builder().build().read(List.of(reports.toString()), run::accept);
      run.flush();
      out.println(run.summary());
      out.println();
      new EventSummary(out).print(store);
      out.println();
      out.println(new IncidentPipeline().resolve(store).line());
    }
    // the incident list exactly as 'sijil incidents' prints it
    picocli.CommandLine incidents = new picocli.CommandLine(new SijilCommand());
    incidents.setOut(out);
    incidents.setErr(err);
    incidents.execute("--db", dir.toString(), "incidents");
    out.println();
    out.println("Next:");
    out.println("  ./sijil --db " + dir + " docs            list the stored reports");
    out.println("  ./sijil --db " + dir + " show ID         one report with its metadata");
    out.println("  ./sijil --db " + dir + " verify          check every original's SHA-256");
    out.println(
        "  ./sijil --db "
            + dir
            + " incident ID     one incident: sources, figures, grade, reasons");
    out.println("  ./sijil extract --input DOCS.jsonl --output OUT.jsonl   extract a batch");
    out.println(
        "  ./sijil --db " + dir + " serve           the web application (map, timeline, search)");
    return run.failed > 0 ? ExitCode.SOME_INPUTS_FAILED : ExitCode.OK;
  }

  private static Path defaultExamples() {
    String home = System.getProperty("sijil.home", ".");
    return Path.of(home, "examples", "reports");
  }

  /** Empties a directory an earlier demo made; refuses to touch anything else. */
  private static void prepareFreshDirectory(Path dir) throws IOException {
    if (Files.exists(dir)) {
      boolean empty;
      try (Stream<Path> s = Files.list(dir)) {
        empty = s.findAny().isEmpty();
      }
      if (!empty && !Files.exists(dir.resolve(MARKER))) {
        throw new CommandException(
            ExitCode.STORE_ERROR,
            "refusing to wipe "
                + dir
                + ": it is not empty and no earlier demo made it; choose another --db");
      }
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          if (!p.equals(dir)) {
            Files.delete(p);
          }
        }
      }
    }
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(MARKER), "made by 'sijil demo'; the next demo may wipe it\n");
  }
}
