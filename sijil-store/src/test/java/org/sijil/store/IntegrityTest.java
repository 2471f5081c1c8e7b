package org.sijil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.Sha256;
import org.sijil.store.bench.SyntheticDocuments;

class IntegrityTest {
  @TempDir Path dir;

  @Test
  void anIntactStoreVerifiesCleanAndReportsProgressToTheEnd() {
    List<long[]> progress = new ArrayList<>();
    try (SqliteDocumentStore store = SqliteDocumentStore.open(StoreConfig.at(dir))) {
      store.putAll(documents(new Random(1), 2_100));

      VerifyReport report = store.verify((done, total) -> progress.add(new long[] {done, total}));

      assertThat(report.checked()).isEqualTo(2_100);
      assertThat(report.mismatches()).isEmpty();
      assertThat(report.ok()).isTrue();
    }
    assertThat(progress).extracting(p -> p[0]).containsExactly(0L, 1_000L, 2_000L, 2_100L);
    assertThat(progress).allSatisfy(p -> assertThat(p[1]).isEqualTo(2_100L));
  }

  @Test
  void oneFlippedByteInAStoredOriginalIsReportedWithThatDocumentsId() throws SQLException {
    Random random = new Random(2);
    List<IncomingDocument> docs = documents(random, 50);
    IncomingDocument victim = docs.get(random.nextInt(docs.size()));
    try (SqliteDocumentStore store = SqliteDocumentStore.open(StoreConfig.at(dir))) {
      store.putAll(docs);
    }
    byte[] corrupted = victim.original().clone();
    int at = random.nextInt(corrupted.length);
    corrupted[at] ^= (byte) (1 << random.nextInt(8));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sijil.db"));
        PreparedStatement s =
            c.prepareStatement("UPDATE originals SET bytes = ? WHERE sha256 = ?")) {
      s.setBytes(1, corrupted);
      s.setString(2, victim.sha256().hex());
      assertThat(s.executeUpdate()).isEqualTo(1);
    }

    try (SqliteDocumentStore store = SqliteDocumentStore.open(StoreConfig.at(dir))) {
      VerifyReport report = store.verify(VerifyListener.NONE);

      assertThat(report.checked()).isEqualTo(50);
      assertThat(report.mismatches())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.id()).isEqualTo(victim.sha256());
                assertThat(m.actualSha()).isEqualTo(Sha256.of(corrupted).hex());
                assertThat(m.detail()).contains("hash to " + Sha256.of(corrupted).hex());
              });
      assertThat(report.ok()).isFalse();
    }
  }

  @Test
  void aTruncatedOriginalIsReportedWithItsRecordedSize() throws SQLException {
    IncomingDocument doc = SyntheticDocuments.generate(new Random(3), "truncated", 100);
    try (SqliteDocumentStore store = SqliteDocumentStore.open(StoreConfig.at(dir))) {
      store.put(doc);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sijil.db"))) {
      // The size CHECK guards ordinary writes; drop it as a damaged file would, then truncate.
      c.createStatement().execute("PRAGMA ignore_check_constraints = ON");
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE originals SET bytes = substr(bytes, 1, 10) WHERE sha256 = ?")) {
        s.setString(1, doc.sha256().hex());
        s.executeUpdate();
      }
      try (ResultSet rs = c.createStatement().executeQuery("SELECT length(bytes) FROM originals")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(10);
      }
    }

    try (SqliteDocumentStore store = SqliteDocumentStore.open(StoreConfig.at(dir))) {
      assertThat(store.verify(VerifyListener.NONE).mismatches())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.id()).isEqualTo(doc.sha256());
                assertThat(m.detail())
                    .startsWith("stored 10 bytes")
                    .endsWith("recorded size was " + doc.original().length);
              });
    }
  }

  private static List<IncomingDocument> documents(Random random, int n) {
    List<IncomingDocument> docs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      docs.add(SyntheticDocuments.generate(random, "doc-" + i, 40));
    }
    return docs;
  }
}
