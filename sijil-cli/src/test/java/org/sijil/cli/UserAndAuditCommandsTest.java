package org.sijil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserAndAuditCommandsTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "reports");

  @TempDir Path tmp;

  private String db() {
    return tmp.resolve("db").toString();
  }

  @Test
  void addingAUserPrintsAOneTimePasswordOnceAndTheListShowsNoSecret() {
    CliRun add = CliRun.of("user", "add", "amal", "--role", "analyst", "--db", db());
    assertThat(add.exitCode()).as(add.err()).isZero();
    assertThat(add.out()).contains("user: added amal (analyst)").contains("one-time password");
    String password = add.out().replaceAll("(?s).*shown only now\\): (\\S+).*", "$1");
    assertThat(password).hasSize(20);

    CliRun list = CliRun.of("user", "list", "--db", db());
    assertThat(list.out()).contains("amal").contains("analyst").contains("active");
    assertThat(list.out()).doesNotContain(password).doesNotContain("argon2");

    CliRun again = CliRun.of("user", "add", "amal", "--role", "viewer", "--db", db());
    assertThat(again.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(again.err()).contains("found existing amal");
  }

  @Test
  void aPasswordCanComeFromStandardInput() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream("a long password\n".getBytes(StandardCharsets.UTF_8)));
      CliRun add =
          CliRun.of("user", "add", "basil", "--role", "viewer", "--password-stdin", "--db", db());
      assertThat(add.exitCode()).as(add.err()).isZero();
      assertThat(add.out()).doesNotContain("one-time password");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void clearanceIsSetPerUserListedAndAuditedAndANonsenseValueIsRefused() {
    CliRun.of("user", "add", "amal", "--role", "viewer", "--db", db());
    CliRun set = CliRun.of("user", "clearance", "amal", "granted", "--db", db());
    assertThat(set.exitCode()).as(set.err()).isZero();
    assertThat(set.out()).contains("clearance of amal is now granted");
    assertThat(CliRun.of("user", "list", "--db", db()).out()).contains("granted");
    assertThat(CliRun.of("audit", "list", "--db", db()).out()).contains("CLEARANCE_CHANGE");
    CliRun bad = CliRun.of("user", "clearance", "amal", "maybe", "--db", db());
    assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).contains("role, granted or withheld").contains("maybe");
  }

  @Test
  void resettingAPasswordPrintsANewOneTimePasswordAndIsAudited() {
    CliRun add = CliRun.of("user", "add", "amal", "--role", "analyst", "--db", db());
    String first = add.out().replaceAll("(?s).*shown only now\\): (\\S+).*", "$1");
    CliRun reset = CliRun.of("user", "password", "amal", "--db", db());
    assertThat(reset.exitCode()).as(reset.err()).isZero();
    assertThat(reset.out()).contains("password of amal reset").contains("one-time password");
    String second = reset.out().replaceAll("(?s).*shown only now\\): (\\S+).*", "$1");
    assertThat(second).hasSize(20).isNotEqualTo(first);
    assertThat(CliRun.of("audit", "list", "--db", db()).out()).contains("PASSWORD_CHANGE");

    CliRun unknown = CliRun.of("user", "password", "ghost", "--db", db());
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.SOME_INPUTS_FAILED);
    assertThat(unknown.err()).contains("ghost");
  }

  @Test
  void roleDisableAndTokenChangeTheUserAndEachIsAudited() {
    CliRun.of("user", "add", "amal", "--role", "viewer", "--db", db());
    assertThat(CliRun.of("user", "role", "amal", "admin", "--db", db()).out())
        .contains("amal is now admin");
    CliRun token = CliRun.of("user", "token", "amal", "--db", db());
    assertThat(token.out()).containsPattern("sjl_[A-Za-z0-9_-]{43}");
    assertThat(CliRun.of("user", "disable", "amal", "--db", db()).exitCode()).isZero();
    assertThat(CliRun.of("user", "list", "--db", db()).out()).contains("disabled").contains("yes");
    CliRun unknown = CliRun.of("user", "disable", "ghost", "--db", db());
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.SOME_INPUTS_FAILED);
    assertThat(unknown.err()).contains("ghost");

    CliRun entries = CliRun.of("audit", "list", "--db", db());
    assertThat(entries.out())
        .contains("USER_ADD")
        .contains("ROLE_CHANGE")
        .contains("TOKEN")
        .contains("USER_DISABLE");
    assertThat(entries.out()).doesNotContain("sjl_");
    CliRun verify = CliRun.of("audit", "verify", "--db", db());
    assertThat(verify.exitCode()).as(verify.err()).isZero();
    assertThat(verify.out()).contains("audit: verified; 4 entries");
  }

  @Test
  void ingestResolveAndExportAreAuditedAndAnExportedHeadVerifiesLater() throws Exception {
    assertThat(CliRun.of("ingest", "--db", db(), "--quiet", EXAMPLES.toString()).exitCode())
        .isZero();
    Path head = tmp.resolve("head.json");
    CliRun exported = CliRun.of("audit", "export", "--output", head.toString(), "--db", db());
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    JsonNode h = new ObjectMapper().readTree(Files.readString(head));
    assertThat(h.get("size").asLong()).isEqualTo(3); // ingest, extract, resolve
    assertThat(
            org.sijil.store.audit.HeadSigner.verify(
                h.get("publicKey").asText(),
                new org.sijil.model.audit.TreeHead(
                    h.get("size").asLong(),
                    org.sijil.model.audit.MerkleHash.fromHex(h.get("root").asText()),
                    java.time.Instant.parse(h.get("time").asText())),
                h.get("signature").asText()))
        .isTrue();
    CliRun export =
        CliRun.of("export", "--db", db(), "--output", tmp.resolve("i.jsonl").toString());
    assertThat(export.exitCode()).as(export.err()).isZero();

    CliRun list = CliRun.of("audit", "list", "--db", db());
    assertThat(list.out())
        .contains("INGEST")
        .contains("EXTRACT")
        .contains("RESOLVE")
        .contains("EXPORT");
    CliRun root = CliRun.of("audit", "root", "--db", db());
    assertThat(root.out()).contains("size: 5");

    String[] verify = {
      "audit",
      "verify",
      "--db",
      db(),
      "--size",
      h.get("size").asText(),
      "--root",
      h.get("root").asText()
    };
    CliRun ok = CliRun.of(verify);
    assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains("the held head is a prefix");

    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("db").resolve("sijil.db"));
        Statement s = c.createStatement()) {
      s.execute("DROP TRIGGER audit_entries_append_only_update");
      s.execute("UPDATE audit_entries SET detail = '{\"stored\":0}' WHERE seq = 1");
    }
    CliRun tampered = CliRun.of(verify);
    assertThat(tampered.exitCode()).isEqualTo(ExitCode.INTEGRITY_FAILURE);
    assertThat(tampered.err()).contains("not a prefix");
  }
}
