package org.sijil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "reports");

  @TempDir Path tmp;

  @Test
  void aFlippedByteInAStoredOriginalIsReportedWithTheDocumentIdAndExitCodeThree() throws Exception {
    Path db = tmp.resolve("db");
    assertThat(CliRun.of("ingest", "--db", db.toString(), EXAMPLES.toString()).exitCode()).isZero();
    assertThat(CliRun.of("verify", "--db", db.toString()).exitCode()).isZero();

    String victim;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.resolve("sijil.db"))) {
      byte[] bytes;
      try (ResultSet rs =
          c.createStatement().executeQuery("SELECT sha256, bytes FROM originals LIMIT 1")) {
        rs.next();
        victim = rs.getString(1);
        bytes = rs.getBytes(2);
      }
      bytes[bytes.length / 2] ^= 0x01;
      try (PreparedStatement ps =
          c.prepareStatement("UPDATE originals SET bytes = ? WHERE sha256 = ?")) {
        ps.setBytes(1, bytes);
        ps.setString(2, victim);
        assertThat(ps.executeUpdate()).isEqualTo(1);
      }
    }

    CliRun run = CliRun.of("verify", "--db", db.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INTEGRITY_FAILURE);
    assertThat(run.out()).contains("MISMATCH " + victim).contains("1 do not match");
  }
}
