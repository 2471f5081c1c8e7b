package org.sijil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
  private static final int DOCUMENTS = 10_000;
  private static final int MAX_KILL_AFTER_LINES = 400;
  private static final long CHILD_TIMEOUT_SECONDS = 120;

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
      Path stdout = dir.resolve("child-" + round + ".out");
      Files.createFile(stdout);
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
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
      List<String> lines = new ArrayList<>();
      try (FileTail tail = new FileTail(stdout)) {
        // Wait for the store to open and a random number of commits to be reported, then a
        // little more, so that the kill lands anywhere in a batch, its commit included.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CHILD_TIMEOUT_SECONDS);
        while (lines.size() < 1 + killAfterLines) {
          tail.poll(lines);
          if (!child.isAlive()) {
            tail.poll(lines);
            fail(
                "the child ended on its own in round "
                    + round
                    + " after "
                    + lines.size()
                    + " lines: "
                    + Files.readString(stderr));
          }
          if (System.nanoTime() > deadline) {
            child.destroyForcibly();
            fail(
                "the child reported "
                    + lines.size()
                    + " lines in "
                    + CHILD_TIMEOUT_SECONDS
                    + " s in round "
                    + round
                    + ": "
                    + Files.readString(stderr));
          }
          Thread.sleep(1);
        }
        Thread.sleep(extraMillis);
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child exited after SIGKILL").isTrue();
        tail.poll(lines); // an unterminated last line was not fully reported, so it is left out
      }
      assertThat(lines.get(0)).as("first line in round %d", round).isEqualTo("OPENED");
      List<String> committed = lines.subList(1, lines.size());
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

  /**
   * Complete lines of a file another process is appending to. The child's stdout goes to a file,
   * not a pipe: the JDK closes a pipe's stream under a reading thread when the process dies, which
   * would lose lines the child printed just before it was killed. Not thread-safe.
   */
  private static final class FileTail implements AutoCloseable {
    private final InputStream in;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[8192];

    FileTail(Path file) throws IOException {
      in = Files.newInputStream(file);
    }

    /** Appends the lines completed since the last call; a line counts once its newline is there. */
    void poll(List<String> lines) throws IOException {
      for (int n; (n = in.read(buffer)) > 0; ) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines.add(partial.toString(StandardCharsets.UTF_8));
            partial.reset();
          } else {
            partial.write(buffer[i]);
          }
        }
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
