package org.sijil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.model.doc.Sha256;

/**
 * Kills a child JVM that is ingesting documents with SIGKILL at random moments and checks that
 * every document it reported committed survived, byte for byte, in a database that passes {@code
 * PRAGMA integrity_check}. The store directory accumulates across rounds, as a real one would.
 *
 * <p>Rounds default to 20; soak with {@code ./mvnw -B -pl sijil-store -am verify
 * -Dsijil.crash.rounds=100 -Dtest=CrashSafetyTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CrashSafetyTest {
  private static final Pattern COMMITTED = Pattern.compile("COMMITTED ([0-9a-f]{64})");
  private static final String EOF = "\u0000EOF";
  private static final int DOCUMENTS = 10_000;
  private static final int MAX_KILL_AFTER_LINES = 400;
  private static final long LINE_TIMEOUT_SECONDS = 120;

  @TempDir Path dir;

  @Test
  void everyDocumentReportedCommittedSurvivesSigkillAndTheDatabaseStaysIntact() throws Exception {
    int rounds = Integer.getInteger("sijil.crash.rounds", 20);
    Random random = new Random(0x5171L);
    Path store = dir.resolve("store");
    Set<String> everCommitted = new LinkedHashSet<>();
    for (int round = 0; round < rounds; round++) {
      int killAfterLines = random.nextInt(MAX_KILL_AFTER_LINES);
      int extraMillis = random.nextInt(50);
      int batch = 1 + random.nextInt(40);
      Path stderr = dir.resolve("child-" + round + ".err");
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-XX:TieredStopAtLevel=1",
                  "-XX:+UseSerialGC",
                  "-Xmx256m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  CrashIngestMain.class.getName(),
                  store.toString(),
                  Long.toString(random.nextLong()),
                  Integer.toString(DOCUMENTS),
                  Integer.toString(batch))
              .redirectError(stderr.toFile())
              .start();
      BlockingQueue<String> lines = drain(child);
      List<String> committed = new ArrayList<>();
      // Wait for the store to open, then for a random number of commits, then a little more so
      // that the kill lands anywhere in a batch, its commit included.
      String first = take(lines, child, stderr);
      if (!first.equals("OPENED")) {
        fail(
            "expected the child to open the store in round "
                + round
                + ", found "
                + first
                + ": "
                + Files.readString(stderr));
      }
      while (committed.size() < killAfterLines) {
        String line = take(lines, child, stderr);
        if (line.equals(EOF)) {
          fail("the child ended on its own in round " + round + ": " + Files.readString(stderr));
        }
        committed.add(line);
      }
      Thread.sleep(extraMillis);
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child exited after SIGKILL").isTrue();
      for (String line; !(line = take(lines, child, stderr)).equals(EOF); ) {
        assertThat(line).as("child output in round %d", round).isNotEqualTo("DONE");
        committed.add(line);
      }
      Set<String> shas = new LinkedHashSet<>();
      for (String line : committed) {
        Matcher m = COMMITTED.matcher(line);
        assertThat(m.matches()).as("line %s in round %d", line, round).isTrue();
        shas.add(m.group(1));
      }
      long stored = assertIntact(store, shas, round);
      everCommitted.addAll(shas);
      // Surefire keeps this in the test's output file: evidence of where the kills landed.
      System.out.printf(
          "round %d: batch %d, killed %d ms after commit report %d; %d reported, %d stored in all%n",
          round, batch, extraMillis, killAfterLines, shas.size(), stored);
    }
    assertIntact(store, everCommitted, rounds);
  }

  /** Checks the store and returns how many documents it holds. */
  private static long assertIntact(Path dir, Set<String> shas, int round) throws SQLException {
    long count;
    try (SqliteDocumentStore store = SqliteDocumentStore.open(StoreConfig.at(dir))) {
      count = store.count();
      for (String sha : shas) {
        Sha256 id = new Sha256(sha);
        byte[] bytes = store.original(id);
        assertThat(Sha256.of(bytes)).as("original %s after round %d", sha, round).isEqualTo(id);
        assertThat(store.find(sha)).as("document %s after round %d", sha, round).isPresent();
      }
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sijil.db"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).as("integrity_check after round %d", round).isEqualTo("ok");
    }
    return count;
  }

  /** Reads the child's stdout on a thread of its own, so the test can wait with a timeout. */
  private static BlockingQueue<String> drain(Process child) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  lines.add(line);
                }
              } catch (IOException e) {
                lines.add("READ FAILED " + e);
              } finally {
                lines.add(EOF);
              }
            },
            "crash-child-stdout");
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  private static String take(BlockingQueue<String> lines, Process child, Path stderr)
      throws InterruptedException, IOException {
    String line = lines.poll(LINE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (line == null) {
      child.destroyForcibly();
      fail(
          "no output from the child for "
              + LINE_TIMEOUT_SECONDS
              + " s: "
              + Files.readString(stderr));
    }
    return line;
  }
}
