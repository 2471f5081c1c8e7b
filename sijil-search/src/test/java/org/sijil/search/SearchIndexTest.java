package org.sijil.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.model.event.EventType;
import org.sijil.model.event.SubEventType;
import org.sijil.model.event.Tag;
import org.sijil.model.incident.EventKey;

class SearchIndexTest {
  private static final String DOC_A = "a".repeat(64);
  private static final String DOC_B = "b".repeat(64);

  private static EventEntry event(String doc, int index, SubEventType type, String evidence) {
    return new EventEntry(
        new EventKey(doc, index),
        "inc-1",
        type,
        Set.of(Tag.DRONE),
        "Islamic State",
        "civilians",
        Set.of("Islamic State"),
        "Raqqa",
        "Syria",
        "Ar-Raqqa",
        35.95,
        39.01,
        LocalDate.of(2017, 6, 1),
        null,
        "Outlet One",
        "fair",
        3,
        evidence,
        "A title",
        "en",
        0.8);
  }

  private static List<String> evidenceFound(SearchIndex index, String text) {
    return index.searchEvents(EventQuery.builder().text(text).build()).hits().stream()
        .map(EventEntry::evidence)
        .toList();
  }

  @Test
  void englishQueriesMatchOtherFormsOfTheSameWord() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.putEvents(
          List.of(
              event(DOC_A, 0, SubEventType.ATTACK, "Gunmen were killing shepherds near the river."),
              event(
                  DOC_A, 1, SubEventType.ARMED_CLASH, "Two patrols exchanged fire at a bridge.")));
      index.commit();

      assertThat(evidenceFound(index, "killed shepherd"))
          .containsExactly("Gunmen were killing shepherds near the river.");
      assertThat(evidenceFound(index, "bridges"))
          .containsExactly("Two patrols exchanged fire at a bridge.");
      assertThat(evidenceFound(index, "the killed")).hasSize(1);
    }
  }

  @Test
  void arabicQueriesMatchWithAndWithoutTheArticleAndPluralSuffix() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      // "the aircraft struck the market" / "a protest in the town"
      index.putEvents(
          List.of(
              event(DOC_A, 0, SubEventType.AIR_DRONE_STRIKE, "قصفت الطائرات السوق"),
              event(DOC_A, 1, SubEventType.PEACEFUL_PROTEST, "مظاهرة في البلدة")));
      index.commit();

      assertThat(evidenceFound(index, "طائرات")).containsExactly("قصفت الطائرات السوق");
      assertThat(evidenceFound(index, "سوق")).containsExactly("قصفت الطائرات السوق");
      // Alef with hamza is normalised to bare alef.
      assertThat(evidenceFound(index, "بلدة")).containsExactly("مظاهرة في البلدة");
    }
  }

  @Test
  void aQueryWithBrokenSyntaxIsRefusedNamingTheQuery() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      assertThatThrownBy(() -> index.searchEvents(EventQuery.builder().text("\"unclosed").build()))
          .isInstanceOf(SearchSyntaxException.class)
          .hasMessageContaining("\"\"unclosed\"");
      assertThatThrownBy(() -> index.searchEvents(EventQuery.builder().text("(a AND").build()))
          .isInstanceOf(SearchSyntaxException.class)
          .hasMessageStartingWith("cannot parse the search query \"(a AND\"");
      assertThatThrownBy(() -> index.searchDocuments(DocumentQuery.builder().text("*x").build()))
          .isInstanceOf(SearchSyntaxException.class);
    }
  }

  @Test
  void aQueryNamingAnUnknownFieldIsRefusedListingTheKnownOnes() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      assertThatThrownBy(() -> index.searchEvents(EventQuery.builder().text("colour:red").build()))
          .isInstanceOf(SearchSyntaxException.class)
          .hasMessageContaining("found \"colour\"")
          .hasMessageContaining("subtype");
    }
  }

  @Test
  void fieldQueriesOnFacetsAreCaseInsensitiveWhereTheFacetIs() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.putEvents(
          List.of(
              event(DOC_A, 0, SubEventType.ATTACK, "one"),
              event(DOC_A, 1, SubEventType.ARMED_CLASH, "two")));
      index.commit();
      assertThat(evidenceFound(index, "type:battles")).containsExactly("two");
      assertThat(evidenceFound(index, "subtype:attack")).containsExactly("one");
      assertThat(
              index
                  .searchEvents(EventQuery.builder().filter(Facet.EVENT_TYPE, "Battles").build())
                  .total())
          .isEqualTo(1);
    }
  }

  @Test
  void puttingAnEventAgainReplacesItAndDeletingADocumentsEventsLeavesOthers() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.putEvents(
          List.of(
              event(DOC_A, 0, SubEventType.ATTACK, "first version"),
              event(DOC_A, 1, SubEventType.ATTACK, "another"),
              event(DOC_B, 0, SubEventType.ATTACK, "other document")));
      index.commit();
      index.putEvents(List.of(event(DOC_A, 0, SubEventType.ARMED_CLASH, "second version")));
      index.commit();
      assertThat(index.eventCount()).isEqualTo(3);
      assertThat(evidenceFound(index, "version")).containsExactly("second version");

      index.deleteDocumentEvents(DOC_A);
      assertThat(index.eventCount()).as("invisible until commit").isEqualTo(3);
      index.commit();
      assertThat(index.eventCount()).isEqualTo(1);
      assertThat(evidenceFound(index, "document")).containsExactly("other document");
    }
  }

  @Test
  void anEntryComesBackFromTheIndexEqualToWhatWasPut() {
    EventGenerator gen = new EventGenerator(7);
    try (SearchIndex index = SearchIndex.inMemory()) {
      List<EventEntry> entries = List.of(gen.next(), gen.next(), gen.next());
      index.putEvents(entries);
      index.commit();
      assertThat(index.searchEvents(EventQuery.builder().build()).hits())
          .containsExactlyInAnyOrderElementsOf(entries);
    }
  }

  @Test
  void anIndexReopenedAfterCloseHasWhatWasCommittedAndNotWhatWasNot(@TempDir Path dir) {
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.putEvents(List.of(event(DOC_A, 0, SubEventType.ATTACK, "kept")));
      index.putDocuments(
          List.of(new DocumentEntry(DOC_A, "T", "Body text", "Outlet", null, null, "en")));
      index.commit();
      index.putEvents(List.of(event(DOC_A, 1, SubEventType.ATTACK, "lost")));
    }
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertThat(index.eventCount()).isEqualTo(1);
      assertThat(index.documentCount()).isEqualTo(1);
      assertThat(evidenceFound(index, "kept")).hasSize(1);
    }
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsRefusedWithAClearMessage(@TempDir Path dir) throws Exception {
    try (FSDirectory d = FSDirectory.open(dir.resolve("events"));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.setLiveCommitData(Map.of(LuceneSearchIndex.SCHEMA_KEY, "0").entrySet());
      w.commit();
    }
    assertThatThrownBy(() -> SearchIndex.open(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "expected a search index of schema version " + LuceneSearchIndex.SCHEMA_VERSION)
        .hasMessageContaining("found version 0")
        .hasMessageContaining("sijil index rebuild");
  }

  @Test
  void clearEmptiesBothIndexes() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.putEvents(List.of(event(DOC_A, 0, SubEventType.ATTACK, "x")));
      index.putDocuments(List.of(new DocumentEntry(DOC_A, null, "y", null, null, null, null)));
      index.commit();
      index.clear();
      index.commit();
      assertThat(index.eventCount()).isZero();
      assertThat(index.documentCount()).isZero();
    }
  }

  @Test
  void aDocumentHitHasASnippetWithTheMatchedWordsHighlighted() {
    String filler = "Nothing of note happened in the morning. ".repeat(20);
    String text = filler + "Later, rockets struck the grain silos and a fire spread. " + filler;
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.putDocuments(
          List.of(
              new DocumentEntry(
                  DOC_A,
                  "Silo fire",
                  text,
                  "Outlet",
                  "https://example.org/a",
                  LocalDate.of(2019, 3, 2),
                  "en"),
              new DocumentEntry(DOC_B, "Other", "A quiet day.", "Outlet", null, null, "en")));
      index.commit();
      DocumentResults r =
          index.searchDocuments(DocumentQuery.builder().text("rocket struck silo").build());
      assertThat(r.total()).isEqualTo(1);
      DocumentHit hit = r.hits().get(0);
      assertThat(hit.snippet()).contains("rockets struck the grain silos");
      assertThat(hit.highlights())
          .extracting(h -> hit.snippet().substring(h.start(), h.end()))
          .containsExactly("rockets", "struck", "silos");
      assertThat(hit.document().url()).isEqualTo("https://example.org/a");
      assertThat(hit.document().published()).isEqualTo(LocalDate.of(2019, 3, 2));
      assertThat(hit.score()).isPositive();
    }
  }

  @Test
  void documentsWithoutTextAreFilteredBySourceAndDateNewestFirst() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.putDocuments(
          List.of(
              new DocumentEntry(DOC_A, null, "x", "One", null, LocalDate.of(2018, 1, 1), "en"),
              new DocumentEntry(DOC_B, null, "y", "One", null, LocalDate.of(2019, 1, 1), "en"),
              new DocumentEntry(
                  "c".repeat(64), null, "z", "Two", null, LocalDate.of(2020, 1, 1), "en")));
      index.commit();
      DocumentResults r = index.searchDocuments(DocumentQuery.builder().source("One").build());
      assertThat(r.hits()).extracting(h -> h.document().id()).containsExactly(DOC_B, DOC_A);
      assertThat(
              index
                  .searchDocuments(
                      DocumentQuery.builder()
                          .from(LocalDate.of(2018, 6, 1))
                          .to(LocalDate.of(2019, 6, 1))
                          .build())
                  .hits())
          .extracting(h -> h.document().id())
          .containsExactly(DOC_B);
    }
  }

  @Test
  void aHistogramIncludesEmptyBucketsBetweenTheFirstAndTheLast() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      EventEntry jan = event(DOC_A, 0, SubEventType.ATTACK, "x");
      EventEntry apr = event(DOC_A, 1, SubEventType.ARMED_CLASH, "y");
      index.putEvents(
          List.of(
              jan.withDays(LocalDate.of(2020, 1, 15), null),
              apr.withDays(LocalDate.of(2020, 4, 3), null)));
      index.commit();
      List<Bucket> buckets = index.histogram(EventQuery.builder().build(), Interval.MONTH);
      assertThat(buckets)
          .extracting(Bucket::start)
          .containsExactly(
              LocalDate.of(2020, 1, 1),
              LocalDate.of(2020, 2, 1),
              LocalDate.of(2020, 3, 1),
              LocalDate.of(2020, 4, 1));
      assertThat(buckets.get(0).counts())
          .isEqualTo(Map.of(EventType.VIOLENCE_AGAINST_CIVILIANS, 1L));
      assertThat(buckets.get(1).counts()).isEmpty();
      assertThat(buckets.get(3).counts()).isEqualTo(Map.of(EventType.BATTLES, 1L));
    }
  }
}
