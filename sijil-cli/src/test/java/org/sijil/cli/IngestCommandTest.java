package org.sijil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");

  @TempDir Path tmp;

  @Test
  void ingestingTheSeedsStoresFiveAndASecondRunStoresNoneAndSaysSo() {
    Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is beside the clone in CI");
    String db = tmp.resolve("db").toString();

    CliRun first = CliRun.of("ingest", "--db", db, SEEDS.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("ingest: 5 stored, 0 already stored");

    CliRun second = CliRun.of("--db", db, "ingest", SEEDS.toString());
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).contains("ingest: 0 stored, 5 already stored");
    assertThat(second.out()).contains("already stored");
  }

  @Test
  void badInputsAreNamedTheOthersGoOnAndTheExitCodeSaysSomeFailed() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "Gunmen shot dead a teacher in Hajin on Monday.");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("junk.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 0, 0});
    Path missing = tmp.resolve("nowhere.txt");
    String db = tmp.resolve("db").toString();

    CliRun run = CliRun.of("ingest", "--db", db, in.toString(), missing.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_INPUTS_FAILED);
    assertThat(run.out()).contains("ingest: 1 stored").contains("3 failed");
    assertThat(run.err()).contains("empty.txt").contains("junk.txt").contains("nowhere.txt");
    CliRun docs = CliRun.of("docs", "--db", db);
    assertThat(docs.out()).contains("1 of 1 documents");
  }

  @Test
  void anArabicReportIsStoredAndItsEventsAreExtracted() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    // Written for this test: "gunmen abducted a teacher in the city of Hasakah yesterday".
    Files.writeString(
        in.resolve("ar.txt"),
        "خطف مسلحون معلماً" + " في مدينة الحسكة أمس.",
        StandardCharsets.UTF_8);
    String db = tmp.resolve("db").toString();

    CliRun run = CliRun.of("ingest", "--db", db, in.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("ingest: 1 stored").contains("1 events extracted");
    assertThat(run.out()).doesNotContain("documents without events");
    assertThat(run.err()).doesNotContain("language 'ar'");
  }

  @Test
  void aReportInALanguageWithoutRulesIsStoredAndTheRunSaysNoEventsWereExtractedFromIt()
      throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    // Written for this test: "gunmen abducted a teacher in Hasakah yesterday".
    Files.writeString(
        in.resolve("fr.txt"),
        "Des hommes armés ont enlevé un enseignant à Hassaké hier.",
        StandardCharsets.UTF_8);
    String db = tmp.resolve("db").toString();

    CliRun run = CliRun.of("ingest", "--db", db, "--language", "fr", in.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("ingest: 1 stored").contains("1 documents without events");
    assertThat(run.err()).contains("fr.txt").contains("language 'fr'");
    CliRun docs = CliRun.of("docs", "--db", db);
    assertThat(docs.out()).contains("1 of 1 documents");
  }

  @Test
  void aFailedInputLeavesWhatWasStoredBeforeUnchanged() throws IOException {
    Path good = tmp.resolve("a.txt");
    Files.writeString(
        good, "Shelling hit the village of Umm Batna on Friday.", StandardCharsets.UTF_8);
    String db = tmp.resolve("db").toString();
    assertThat(CliRun.of("ingest", "--db", db, good.toString()).exitCode()).isZero();

    Path bad = tmp.resolve("b.txt");
    Files.write(bad, new byte[] {(byte) 0xc3, (byte) 0x28, 'a'});
    CliRun run = CliRun.of("ingest", "--db", db, bad.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_INPUTS_FAILED);
    assertThat(run.err()).contains("b.txt");
    CliRun verify = CliRun.of("verify", "--db", db);
    assertThat(verify.exitCode()).isZero();
    assertThat(verify.out()).contains("1 originals checked");
  }

  @Test
  void aZeroSizeLimitIsAUsageError() {
    CliRun run = CliRun.of("ingest", "--db", tmp.toString(), "--max-size", "0", "x.txt");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("expected --max-size > 0, found 0");
  }
}
