package org.sijil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class CommandsTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "reports");

  @TempDir Path tmp;

  /** Every subcommand; the help test runs each, and a test checks that none is missing. */
  private static final List<String> COMMANDS =
      List.of(
          "ingest",
          "docs",
          "show",
          "verify",
          "export",
          "demo",
          "bench",
          "extract",
          "locate",
          "eval",
          "resolve",
          "incidents",
          "incident",
          "serve",
          "search",
          "index",
          "user",
          "audit");

  static Stream<String> commandsAndTheTopLevel() {
    return Stream.concat(Stream.of(""), COMMANDS.stream());
  }

  @ParameterizedTest
  @MethodSource("commandsAndTheTopLevel")
  void everyCommandHasHelp(String command) {
    CliRun run = command.isEmpty() ? CliRun.of("--help") : CliRun.of(command, "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage:");
  }

  @Test
  void everyRegisteredSubcommandIsCoveredByTheHelpTest() {
    List<String> names =
        new CommandLine(new SijilCommand()).getSubcommands().keySet().stream().sorted().toList();
    assertThat(names).containsExactlyInAnyOrderElementsOf(COMMANDS);
  }

  @Test
  void locateTakesADistrictHint() {
    // Two villages named Ash Shaykh `Isa lie in Aleppo governorate, in different districts.
    CliRun azaz =
        CliRun.of(
            "locate",
            "Ash Shaykh Isa",
            "--country",
            "SY",
            "--admin1",
            "Aleppo",
            "--admin2",
            "A'zaz",
            "--limit",
            "1");
    CliRun simeon =
        CliRun.of(
            "locate",
            "Ash Shaykh Isa",
            "--country",
            "SY",
            "--admin1",
            "Aleppo",
            "--admin2",
            "Mount Simeon",
            "--limit",
            "1");
    assertThat(azaz.exitCode()).as(azaz.err()).isZero();
    assertThat(azaz.out()).contains("36.47").contains("admin2");
    assertThat(simeon.out()).contains("35.99").contains("admin2");
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithAHint() {
    CliRun run = CliRun.of("docs", "--colour");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--colour").contains("--help");
  }

  @Test
  void theDemoStoresEveryExampleReportAndCanBeRunTwice() {
    String db = tmp.resolve("demo").toString();
    CliRun first = CliRun.of("demo", "--db", db, "--examples", EXAMPLES.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("ingest: 12 stored");

    CliRun again = CliRun.of("demo", "--db", db, "--examples", EXAMPLES.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("ingest: 12 stored");
  }

  @Test
  void theDemoRefusesToWipeADirectoryItDidNotMake() throws IOException {
    Path precious = Files.createDirectories(tmp.resolve("precious"));
    Files.writeString(precious.resolve("notes.txt"), "keep me");
    CliRun run = CliRun.of("demo", "--db", precious.toString(), "--examples", EXAMPLES.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.STORE_ERROR);
    assertThat(run.err()).contains("refusing to wipe");
    assertThat(precious.resolve("notes.txt")).hasContent("keep me");
  }

  @Test
  void anExportCanBeIngestedIntoAnotherStoreWithTheSameTexts() throws IOException {
    String db = tmp.resolve("a").toString();
    assertThat(CliRun.of("ingest", "--db", db, EXAMPLES.toString()).exitCode()).isZero();
    Path export = tmp.resolve("docs.jsonl");
    CliRun exported =
        CliRun.of("export", "--db", db, "--kind", "documents", "--output", export.toString());
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    List<String> lines = Files.readAllLines(export);
    assertThat(lines).hasSize(12);
    ObjectMapper mapper = new ObjectMapper();
    for (String line : lines) {
      assertThat(mapper.readTree(line).get("text").asText()).isNotBlank();
    }

    String db2 = tmp.resolve("b").toString();
    CliRun reingest = CliRun.of("ingest", "--db", db2, export.toString());
    assertThat(reingest.exitCode()).as(reingest.err()).isZero();
    assertThat(reingest.out()).contains("ingest: 12 stored");
  }

  @Test
  void showFindsADocumentByItsShaPrefixAndPrintsTheOriginalBytesUnchanged() throws IOException {
    String db = tmp.resolve("db").toString();
    Path report = EXAMPLES.resolve("11-defection.txt");
    CliRun ingest = CliRun.of("ingest", "--db", db, report.toString());
    String sha = ingest.out().split("\\s+")[1];
    CliRun show = CliRun.of("show", "--db", db, sha);
    assertThat(show.exitCode()).as(show.err()).isZero();
    assertThat(show.out())
        .contains("media type:  text/plain")
        .contains(Files.readString(report).strip());

    CliRun none = CliRun.of("show", "--db", db, "0000000000");
    assertThat(none.exitCode()).isEqualTo(ExitCode.SOME_INPUTS_FAILED);
    assertThat(none.err()).contains("no document matches '0000000000'");
  }
}
