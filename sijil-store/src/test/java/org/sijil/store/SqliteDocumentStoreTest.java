package org.sijil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sijil.store.IncomingDocumentBuilder.plain;
import static org.sijil.store.IncomingDocumentBuilder.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.Language;
import org.sijil.model.doc.Sha256;
import org.sijil.store.bench.SyntheticDocuments;

class SqliteDocumentStoreTest {
  private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

  @TempDir Path dir;
  private SqliteDocumentStore store;

  @BeforeEach
  void open() {
    store = SqliteDocumentStore.open(config());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private StoreConfig config() {
    return StoreConfig.at(dir).withClock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void aStoredDocumentRoundTripsItsBytesMetadataTextAndOffsets() {
    IncomingDocument doc = SyntheticDocuments.generate(new Random(7), "round-trip", 300);

    PutResult result = store.put(doc);

    assertThat(result).isEqualTo(new PutResult.Stored(doc.sha256()));
    assertThat(store.original(doc.sha256())).isEqualTo(doc.original());
    StoredDocument stored = store.find(doc.sha256().hex()).orElseThrow();
    assertThat(stored.id()).isEqualTo(doc.sha256());
    assertThat(stored.metadata()).isEqualTo(doc.metadata());
    assertThat(stored.text()).isEqualTo(doc.text().text());
    assertThat(stored.offsets()).isEqualTo(doc.text().toOriginalBytes());
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.previousVersion()).isNull();
    assertThat(stored.storedAt()).isEqualTo(NOW);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void aBatchOfRandomDocumentsRoundTripsExactly(long seed) {
    Random random = new Random(seed);
    List<IncomingDocument> docs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      docs.add(SyntheticDocuments.generate(random, seed + "-" + i, 1 + random.nextInt(800)));
    }

    store.putAll(docs);

    for (IncomingDocument doc : docs) {
      StoredDocument stored = store.find(doc.sha256().hex()).orElseThrow();
      assertThat(store.original(doc.sha256())).isEqualTo(doc.original());
      assertThat(stored.metadata()).isEqualTo(doc.metadata());
      assertThat(stored.text()).isEqualTo(doc.text().text());
      assertThat(stored.offsets()).isEqualTo(doc.text().toOriginalBytes());
    }
  }

  @Test
  void aDocumentMatchingTwoLineagesContinuesTheMoreRecentOne() {
    IncomingDocument byUrl = text("Posted at the url.").url("https://example.org/x").build();
    IncomingDocument byId = text("Sent with the id.").externalId("x-1").build();
    IncomingDocument both =
        text("Carries both.").url("https://example.org/x").externalId("x-1").build();
    store.putAll(List.of(byUrl, byId));

    PutResult result = store.put(both);

    assertThat(result).isEqualTo(new PutResult.NewVersion(both.sha256(), byId.sha256()));
    assertThat(store.find(both.sha256().hex()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void bytesThatAreNotValidUtf8AreKeptExactly() {
    byte[] bytes = new byte[256];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    IncomingDocument plainDoc = plain("x");
    IncomingDocument doc = IncomingDocument.of(bytes, plainDoc.metadata(), plainDoc.text());

    store.put(doc);

    assertThat(store.original(doc.sha256())).isEqualTo(bytes);
  }

  @Test
  void theSameBytesAgainAreAlreadyStoredAndKeepTheFirstMetadata() {
    IncomingDocument first = text("Shelling was reported near the bridge.").source("One").build();
    IncomingDocument again = text("Shelling was reported near the bridge.").source("Two").build();
    store.put(first);

    PutResult result = store.put(again);

    assertThat(result).isEqualTo(new PutResult.AlreadyStored(first.sha256()));
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.find(first.sha256().hex()).orElseThrow().metadata().source()).isEqualTo("One");
  }

  @Test
  void differentBytesAtTheSameUrlBecomeANewVersionOfTheLatest() {
    String url = "https://example.org/a";
    IncomingDocument v1 = text("First telling.").url(url).build();
    IncomingDocument v2 = text("Second telling.").url(url).build();
    IncomingDocument v3 = text("Third telling.").url(url).build();

    store.put(v1);
    PutResult r2 = store.put(v2);
    PutResult r3 = store.put(v3);

    assertThat(r2).isEqualTo(new PutResult.NewVersion(v2.sha256(), v1.sha256()));
    assertThat(r3).isEqualTo(new PutResult.NewVersion(v3.sha256(), v2.sha256()));
    StoredDocument third = store.find(v3.sha256().hex()).orElseThrow();
    assertThat(third.version()).isEqualTo(3);
    assertThat(third.previousVersion()).isEqualTo(v2.sha256());
  }

  @Test
  void differentBytesWithTheSameExternalIdBecomeANewVersion() {
    IncomingDocument v1 = text("Report as first sent.").externalId("bulletin-17").build();
    IncomingDocument v2 = text("Report as corrected.").externalId("bulletin-17").build();
    IncomingDocument other = text("Another report.").externalId("bulletin-18").build();

    store.put(v1);
    PutResult r2 = store.put(v2);
    PutResult r3 = store.put(other);

    assertThat(r2).isEqualTo(new PutResult.NewVersion(v2.sha256(), v1.sha256()));
    assertThat(r3).isEqualTo(new PutResult.Stored(other.sha256()));
    assertThat(store.find("bulletin-17").orElseThrow().id()).isEqualTo(v2.sha256());
  }

  @Test
  void putAllLinksVersionsAndRepeatsWithinOneBatch() {
    IncomingDocument a1 = text("Alpha one.").url("https://example.org/alpha").build();
    IncomingDocument b = text("Beta.").build();
    IncomingDocument a2 = text("Alpha two.").url("https://example.org/alpha").build();

    List<PutResult> results = store.putAll(List.of(a1, b, a2, b));

    assertThat(results)
        .containsExactly(
            new PutResult.Stored(a1.sha256()),
            new PutResult.Stored(b.sha256()),
            new PutResult.NewVersion(a2.sha256(), a1.sha256()),
            new PutResult.AlreadyStored(b.sha256()));
    assertThat(store.count()).isEqualTo(3);
  }

  @Test
  void aDocumentWhoseBytesDoNotMatchItsDigestFailsTheWholeBatch() {
    IncomingDocument good = plain("Good document.");
    IncomingDocument bad =
        new IncomingDocument(
            "Altered.".getBytes(StandardCharsets.UTF_8),
            good.sha256(),
            good.metadata(),
            good.text());

    assertThatThrownBy(() -> store.putAll(List.of(good, bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected the original of " + good.metadata().origin())
        .hasMessageContaining("to hash to " + good.sha256());
    assertThat(store.count()).isZero();
  }

  @Test
  void aFailureInsideTheTransactionRollsBackTheBatchAndTheStoreStaysUsable() {
    IncomingDocument first = plain("Stored before the failure.");
    IncomingDocument failing =
        SyntheticDocuments.generate(new Random(3), "fails-midway", 20); // valid on its own
    store.put(first);
    IncomingDocument second = plain("In the failed batch.");

    // A trigger makes the database refuse the batch's second document after the first went in.
    execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON documents WHEN NEW.url LIKE '%midway'"
            + " BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
    assertThatThrownBy(() -> store.putAll(List.of(second, failing)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot store 2 documents")
        .hasMessageContaining("refused by test");

    assertThat(store.count()).isEqualTo(1);
    assertThatThrownBy(() -> store.original(second.sha256()))
        .isInstanceOf(NoSuchElementException.class);
    assertThat(store.put(second)).isEqualTo(new PutResult.Stored(second.sha256()));
  }

  /** Runs SQL on a connection of its own; triggers it creates apply to the store's too. */
  private void execute(String sql) {
    try (Connection c = jdbc();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void findsByFullShaByUpperCasePrefixAndByExternalId() {
    IncomingDocument doc = text("Findable.").externalId("jsonl-42").build();
    store.put(doc);
    String hex = doc.sha256().hex();

    assertThat(store.find(hex).orElseThrow().id()).isEqualTo(doc.sha256());
    assertThat(store.find(hex.substring(0, 8)).orElseThrow().id()).isEqualTo(doc.sha256());
    assertThat(store.find(hex.substring(0, 20).toUpperCase()).orElseThrow().id())
        .isEqualTo(doc.sha256());
    assertThat(store.find(" jsonl-42 ").orElseThrow().id()).isEqualTo(doc.sha256());
  }

  @Test
  void shortPrefixesAndUnknownReferencesFindNothing() {
    IncomingDocument doc = plain("Only one.");
    store.put(doc);

    assertThat(store.find(doc.sha256().hex().substring(0, 7))).isEmpty();
    assertThat(store.find("no-such-id")).isEmpty();
    assertThat(store.find("0".repeat(64))).isEmpty();
    assertThatThrownBy(() -> store.find("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found a blank reference");
  }

  @Test
  void anAmbiguousPrefixIsAClearErrorListingTheCandidates() {
    IncomingDocument[] pair = twoDocumentsSharingAnEightDigitPrefix();
    store.putAll(List.of(pair[0], pair[1]));
    String prefix = pair[0].sha256().hex().substring(0, 8);

    assertThatThrownBy(() -> store.find(prefix))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected " + prefix + " to identify one document, found several")
        .hasMessageContaining(pair[0].sha256().hex())
        .hasMessageContaining(pair[1].sha256().hex());
    assertThat(store.find(pair[1].sha256().hex().substring(0, 12)).orElseThrow().id())
        .isEqualTo(pair[1].sha256());
  }

  /** Birthday search: among ~2^16 digests two share 32 leading bits; deterministic. */
  private static IncomingDocument[] twoDocumentsSharingAnEightDigitPrefix() {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; ; i++) {
      String prefix =
          Sha256.of(("doc " + i).getBytes(StandardCharsets.UTF_8)).hex().substring(0, 8);
      Integer earlier = seen.putIfAbsent(prefix, i);
      if (earlier != null) {
        return new IncomingDocument[] {plain("doc " + earlier), plain("doc " + i)};
      }
    }
  }

  @Test
  void theOriginalOfAnUnknownIdIsAnErrorNamingTheId() {
    Sha256 unknown = Sha256.of(new byte[] {1});

    assertThatThrownBy(() -> store.original(unknown))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no original stored with id " + unknown);
  }

  @Test
  void listFiltersBySourceDateAndLanguageInStoredOrderWithoutText() {
    IncomingDocument a = text("A.").source("Monitor").published(LocalDate.of(2018, 1, 10)).build();
    IncomingDocument b = text("B.").source("Monitor").published(LocalDate.of(2018, 2, 10)).build();
    IncomingDocument c =
        text("C.")
            .source("Gazette")
            .published(LocalDate.of(2018, 1, 20))
            .language(Language.ARABIC)
            .build();
    IncomingDocument d = text("D.").source("Monitor").build(); // no date
    store.putAll(List.of(a, b, c, d));

    assertThat(ids(store.list(DocumentQuery.all())))
        .containsExactly(a.sha256(), b.sha256(), c.sha256(), d.sha256());
    assertThat(ids(store.list(DocumentQuery.all().withSource("Monitor"))))
        .containsExactly(a.sha256(), b.sha256(), d.sha256());
    assertThat(
            ids(
                store.list(
                    DocumentQuery.all()
                        .withPublished(LocalDate.of(2018, 1, 10), LocalDate.of(2018, 1, 31)))))
        .containsExactly(a.sha256(), c.sha256());
    assertThat(ids(store.list(DocumentQuery.all().withPublished(LocalDate.of(2018, 1, 15), null))))
        .containsExactly(b.sha256(), c.sha256());
    assertThat(ids(store.list(DocumentQuery.all().withLanguage(Language.ARABIC))))
        .containsExactly(c.sha256());
    assertThat(ids(store.list(DocumentQuery.all().withSource("Monitor").withPage(1, 1))))
        .containsExactly(b.sha256());
    assertThat(store.list(DocumentQuery.all())).allSatisfy(s -> assertThat(s.text()).isNull());
    assertThat(store.list(DocumentQuery.all()).get(0).metadata()).isEqualTo(a.metadata());
  }

  @Test
  void forEachStreamsMatchingDocumentsWithTheirText() {
    IncomingDocument a = text("Alpha text.").source("Monitor").build();
    IncomingDocument b = text("Beta text.").source("Gazette").build();
    store.putAll(List.of(a, b));
    List<String> texts = new ArrayList<>();

    store.forEach(DocumentQuery.all().withSource("Gazette"), s -> texts.add(s.text()));

    assertThat(texts).containsExactly("Beta text.");
  }

  private static List<Sha256> ids(List<StoredDocument> docs) {
    return docs.stream().map(StoredDocument::id).toList();
  }

  @Test
  void theSchemaVersionIsTheLatestMigrationAsFlywayRecordedIt() throws SQLException {
    assertThat(store.schemaVersion()).isEqualTo(5);
    try (Connection c = jdbc();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT group_concat(version, ',') FROM (SELECT version FROM"
                    + " flyway_schema_history WHERE success = 1 ORDER BY installed_rank)")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("1,2,3,4,5");
    }
  }

  @Test
  void connectionsUseWalFullSyncForeignKeysAndABusyTimeout() throws SQLException {
    assertThat(store.pragma("journal_mode")).isEqualTo("wal");
    assertThat(store.pragma("synchronous")).isEqualTo("2"); // FULL
    assertThat(store.pragma("foreign_keys")).isEqualTo("1");
    assertThat(store.pragma("busy_timeout")).isEqualTo("30000");
    try (Connection c = jdbc();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("wal"); // WAL is a property of the file
    }
    IncomingDocument orphanVersion = plain("points nowhere");
    // foreign_keys=ON on the store's connection: a document whose original is missing is refused.
    execute(
        "CREATE TRIGGER drop_original AFTER INSERT ON originals"
            + " BEGIN DELETE FROM originals WHERE sha256 = NEW.sha256; END");
    assertThatThrownBy(() -> store.put(orphanVersion))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("FOREIGN KEY");
  }

  @Test
  void aStoreAtAnOlderSchemaIsMigratedOnOpenAndKeepsItsRows() throws Exception {
    store.close();
    Path older = dir.resolve("older");
    java.nio.file.Files.createDirectories(older);
    String url = "jdbc:sqlite:" + older.resolve("sijil.db");
    Flyway.configure().dataSource(url, null, null).target("1").load().migrate();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO originals (sha256, size, bytes) VALUES ('" + "a".repeat(64) + "', 0, x'')");
    }

    try (SqliteDocumentStore migrated = SqliteDocumentStore.open(StoreConfig.at(older))) {
      assertThat(migrated.schemaVersion()).isEqualTo(5);
      assertThat(migrated.original(new Sha256("a".repeat(64)))).isEmpty();
    }
    store = SqliteDocumentStore.open(config());
  }

  @Test
  void aReopenedStoreHasEverythingThatWasStored() {
    IncomingDocument doc = SyntheticDocuments.generate(new Random(11), "reopen", 200);
    store.put(doc);
    store.putExtraction(doc.sha256(), "events@1", "{\"events\":[]}");
    store.close();

    store = SqliteDocumentStore.open(config());

    assertThat(store.count()).isEqualTo(1);
    assertThat(store.original(doc.sha256())).isEqualTo(doc.original());
    assertThat(store.find(doc.sha256().hex()).orElseThrow().text()).isEqualTo(doc.text().text());
    assertThat(store.extraction(doc.sha256(), "events@1")).contains("{\"events\":[]}");
    assertThat(store.schemaVersion()).isEqualTo(5);
  }

  @Test
  void theLatestExtractionPerProducerIsReturnedAndHistoryIsKept() throws SQLException {
    IncomingDocument doc = plain("Extract me.");
    store.put(doc);

    store.putExtraction(doc.sha256(), "events@1", "{\"n\":1}");
    store.putExtraction(doc.sha256(), "events@1", "{\"n\":2}");
    store.putExtraction(doc.sha256(), "places@1", "[\"Raqqa\"]");

    assertThat(store.extraction(doc.sha256(), "events@1")).contains("{\"n\":2}");
    assertThat(store.extraction(doc.sha256(), "places@1")).contains("[\"Raqqa\"]");
    assertThat(store.extraction(doc.sha256(), "dates@1")).isEmpty();
    try (Connection c = jdbc();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT count(*) FROM extractions WHERE producer = 'events@1'")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(2);
    }
  }

  @Test
  void anExtractionMustBeValidJsonForAStoredDocument() {
    IncomingDocument doc = plain("Extract me.");
    store.put(doc);
    Sha256 unknown = Sha256.of(new byte[] {2});

    assertThatThrownBy(() -> store.putExtraction(doc.sha256(), "events@1", "{not json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected valid JSON from events@1 for document " + doc.sha256())
        .hasMessageContaining("found: {not json");
    assertThatThrownBy(() -> store.putExtraction(unknown, "events@1", "{}"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no document stored with id " + unknown);
    assertThatThrownBy(() -> store.putExtraction(doc.sha256(), " ", "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void threadsWritingAndReadingAtOnceLoseNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Sha256>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  Random random = new Random(100 + thread);
                  List<Sha256> ids = new ArrayList<>();
                  for (int i = 0; i < 25; i++) {
                    IncomingDocument doc =
                        SyntheticDocuments.generate(random, thread + "-" + i, 50);
                    store.put(doc);
                    ids.add(doc.sha256());
                    assertThat(store.original(doc.sha256())).isEqualTo(doc.original());
                    store.count();
                  }
                  return ids;
                }));
      }
      for (Future<List<Sha256>> f : futures) {
        for (Sha256 id : f.get()) {
          assertThat(store.find(id.hex())).isPresent();
        }
      }
      assertThat(store.count()).isEqualTo(100);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aClosedStoreRefusesWorkAndClosesOnlyOnce() {
    store.close();
    store.close();

    assertThatThrownBy(() -> store.count())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is closed");
    assertThatThrownBy(() -> store.put(plain("late"))).isInstanceOf(IllegalStateException.class);
    store = SqliteDocumentStore.open(config());
  }

  private Connection jdbc() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sijil.db"));
  }
}
