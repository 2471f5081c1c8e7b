package org.sijil.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.model.audit.MerkleHash;
import org.sijil.model.audit.MerkleTree;
import org.sijil.model.audit.TreeHead;
import org.sijil.store.StoreConfig;
import org.sijil.store.StoreException;
import org.sijil.store.TickingClock;

class SqliteAuditLogTest {
  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  @TempDir Path dir;
  private SqliteAuditLog log;

  private StoreConfig config() {
    return StoreConfig.at(dir).withClock(new TickingClock(T0, Duration.ofSeconds(1)));
  }

  @BeforeEach
  void open() {
    log = SqliteAuditLog.open(config());
  }

  @AfterEach
  void close() {
    log.close();
  }

  @Test
  void entriesAreNumberedFromOneAndTheHeadIsTheRootOfTheirLeaves() {
    AuditEntry first = log.append("cli:amal", AuditAction.INGEST, "doc-1", "{\"stored\":3}");
    AuditEntry second = log.append("amal", AuditAction.LOGIN, "amal", "{}");

    assertThat(first.sequence()).isEqualTo(1);
    assertThat(second.sequence()).isEqualTo(2);
    assertThat(log.size()).isEqualTo(2);
    TreeHead head = log.head();
    assertThat(head.size()).isEqualTo(2);
    assertThat(head.root())
        .isEqualTo(MerkleTree.root(List.of(first.leafHash(), second.leafHash())));
    assertThat(log.entries(1, 10)).containsExactly(first, second);
    assertThat(log.entry(2)).contains(second);
    assertThat(log.entry(3)).isEmpty();
  }

  @Test
  void anEmptyLogHasTheEmptyRootAndVerifies() {
    assertThat(log.head().size()).isZero();
    assertThat(log.head().root()).isEqualTo(MerkleTree.emptyRoot());
    assertThat(log.verify(Optional.empty()).ok()).isTrue();
  }

  @Test
  void theLeafEncodingSeparatesFieldsByLengthSoShiftedTextGivesAnotherLeaf() {
    AuditEntry a = new AuditEntry(1, T0, "ab", AuditAction.EDIT, "c", "{}");
    AuditEntry b = new AuditEntry(1, T0, "a", AuditAction.EDIT, "bc", "{}");
    assertThat(a.leafHash()).isNotEqualTo(b.leafHash());
    assertThat(a.leafBytes()[0]).isEqualTo(AuditEntry.ENCODING_VERSION);
  }

  @Test
  void inclusionAndConsistencyProofsFromTheLogVerifyAgainstItsHeads() {
    List<TreeHead> heads = new ArrayList<>();
    List<AuditEntry> entries = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      entries.add(log.append("amal", AuditAction.EDIT, "ev-" + i, "{\"n\":" + i + "}"));
      heads.add(log.head());
    }
    TreeHead last = heads.get(12);
    for (AuditEntry e : entries) {
      List<MerkleHash> proof = log.inclusionProof(e.sequence(), 13);
      assertThat(MerkleTree.verifyInclusion(e.leafHash(), e.sequence() - 1, 13, proof, last.root()))
          .isTrue();
    }
    for (TreeHead old : heads) {
      List<MerkleHash> proof = log.consistencyProof(old.size(), 13);
      assertThat(MerkleTree.verifyConsistency(old.size(), 13, old.root(), last.root(), proof))
          .isTrue();
      assertThat(log.verify(Optional.of(old)).ok()).isTrue();
    }
    assertThatThrownBy(() -> log.inclusionProof(14, 13)).hasMessageContaining("found sequence 14");
  }

  @Test
  void aDetailThatIsNotAJsonObjectIsRefusedAndNothingIsAppended() {
    assertThatThrownBy(() -> log.append("amal", AuditAction.EDIT, "x", "[1,2]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a JSON object as audit detail, found: [1,2]");
    assertThatThrownBy(() -> log.append("amal", AuditAction.EDIT, "x", "{oops"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> log.append(" ", AuditAction.EDIT, "x", "{}"))
        .hasMessageContaining("expected an actor");
    assertThat(log.size()).isZero();
  }

  @Test
  void theDatabaseRefusesToUpdateOrDeleteEntries() throws SQLException {
    log.append("amal", AuditAction.EXPORT, "incidents", "{}");
    try (Connection c = jdbc();
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("UPDATE audit_entries SET actor = 'eve'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.execute("DELETE FROM audit_entries"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.execute("DELETE FROM audit_heads"))
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void twoOpenLogsOnOneDatabaseNumberTheirEntriesWithoutGapsAndAgreeOnTheRoot() {
    try (SqliteAuditLog other = SqliteAuditLog.open(config())) {
      for (int i = 0; i < 10; i++) {
        (i % 3 == 0 ? other : log).append("amal", AuditAction.REVIEW, "ev-" + i, "{}");
      }
      assertThat(log.entries(1, 100))
          .extracting(AuditEntry::sequence)
          .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
      assertThat(other.head().root()).isEqualTo(log.head().root());
      assertThat(log.verify(Optional.empty()).ok()).isTrue();
      assertThat(log.verify(Optional.empty()).headsChecked()).isEqualTo(10);
    }
  }

  @Test
  void aReopenedLogGoesOnNumberingAndVerifies() {
    log.append("amal", AuditAction.USER_ADD, "basil", "{\"role\":\"viewer\"}");
    TreeHead before = log.head();
    log.close();
    log = SqliteAuditLog.open(config());
    log.append("amal", AuditAction.ROLE_CHANGE, "basil", "{\"role\":\"analyst\"}");
    assertThat(log.size()).isEqualTo(2);
    assertThat(log.verify(Optional.of(before)).ok()).isTrue();
  }

  @Test
  void aScriptedWorkflowOfAThousandActionsGivesAThousandEntriesAndARootThatVerifies() {
    Random random = new Random(1000);
    AuditAction[] actions = AuditAction.values();
    TreeHead exported = null;
    for (int i = 1; i <= 1000; i++) {
      AuditAction action = actions[random.nextInt(actions.length)];
      log.append(
          "user-" + random.nextInt(5),
          action,
          "item-" + random.nextInt(300),
          "{\"step\":" + i + "}");
      if (i == 400) {
        exported = log.head();
      }
    }
    assertThat(log.size()).isEqualTo(1000);
    assertThat(log.entries(1, 2000)).hasSize(1000);
    AuditVerification v = log.verify(Optional.of(exported));
    assertThat(v.problems()).isEmpty();
    assertThat(v.size()).isEqualTo(1000);
    assertThat(v.root()).isEqualTo(log.head().root());
    assertThat(v.headsChecked()).isEqualTo(1000);
    assertThat(v.externalHeadChecked()).isTrue();
  }

  @Test
  void aHeldHeadLargerThanTheLogOrWithAnotherRootFails() {
    for (int i = 0; i < 5; i++) {
      log.append("amal", AuditAction.EDIT, "ev", "{\"n\":" + i + "}");
    }
    TreeHead real = log.head();
    TreeHead larger = new TreeHead(6, real.root(), real.time());
    TreeHead forged = new TreeHead(3, real.root(), real.time());
    assertThat(log.verify(Optional.of(larger)).problems())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("size 6 but the log has only 5");
    assertThat(log.verify(Optional.of(forged)).problems())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("not a prefix");
  }

  @Test
  void headsAreSignedWithTheDirectorysKeyWhichOnlyItsOwnerCanRead() throws Exception {
    log.append("amal", AuditAction.EXPORT, "incidents", "{}");
    SignedTreeHead signed = log.signedHead();
    assertThat(signed.head()).isEqualTo(log.head());
    assertThat(signed.verifies()).isTrue();
    SignedTreeHead altered =
        new SignedTreeHead(
            new TreeHead(1, MerkleTree.leafHash(new byte[] {1}), signed.head().time()),
            signed.signature(),
            signed.publicKey());
    assertThat(altered.verifies()).isFalse();
    Path key = dir.resolve(HeadSigner.KEY_FILE);
    assertThat(java.nio.file.Files.getPosixFilePermissions(key))
        .containsExactlyInAnyOrder(
            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    log.close();
    log = SqliteAuditLog.open(config());
    assertThat(log.signedHead().publicKey()).isEqualTo(signed.publicKey());
  }

  @Test
  void aRecordedHeadWithAForeignSignatureIsReported() throws SQLException {
    log.append("amal", AuditAction.EXPORT, "incidents", "{}");
    try (Connection c = jdbc();
        Statement s = c.createStatement()) {
      s.execute("DROP TRIGGER audit_heads_append_only_update");
      s.execute("UPDATE audit_heads SET signature = 'AAAA'");
    }
    assertThat(log.verify(Optional.empty()).problems())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("size 1 does not carry the log key's signature");
  }

  @Test
  void aClosedLogRefusesWork() {
    log.close();
    assertThatThrownBy(() -> log.size()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> SqliteAuditLog.open(StoreConfig.at(dir.resolve("sijil.db").resolve("x"))))
        .isInstanceOf(StoreException.class);
  }

  private Connection jdbc() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sijil.db"));
  }
}
