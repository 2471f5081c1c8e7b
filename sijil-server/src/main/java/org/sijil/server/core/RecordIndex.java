package org.sijil.server.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sijil.model.incident.EventKey;
import org.sijil.search.DocumentEntry;
import org.sijil.search.EventEntry;
import org.sijil.search.SearchIndex;
import org.sijil.store.DocumentQuery;
import org.sijil.store.DocumentStore;
import org.sijil.store.StoredDocument;

/**
 * The search index of a data directory ({@code <data dir>/search}, beside the store that {@code
 * StoreConfig.at(dir)} opens), kept in step with the store: {@link #rebuild} makes it again from
 * scratch; {@link #sync} re-indexes what an ingest, a resolution or an analyst's split or merge
 * changed. Thread-safe: searches may run during a sync and see the index as of its last commit.
 *
 * <p>Typical use after an ingest:
 *
 * <pre>{@code
 * var before = recordIndex.snapshot(store);      // incidents before
 * ... ingest (new document ids), resolve ...
 * recordIndex.sync(store, newDocumentIds, before);
 * }</pre>
 */
public final class RecordIndex implements AutoCloseable {
  /** The index directory's name inside the data directory. */
  public static final String DIRECTORY = "search";

  /**
   * A file in the data directory that says the store changed while another process (a running
   * {@code sijil serve}) held the index: that process rebuilds the index when it sees it.
   */
  public static final String STALE_MARKER = "search.stale";

  /** Notes that the store of this data directory changed without the index following. */
  public static void markStale(Path dataDirectory) {
    try {
      java.nio.file.Files.writeString(
          dataDirectory.resolve(STALE_MARKER), java.time.Instant.now().toString() + "\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(
          "cannot write " + dataDirectory.resolve(STALE_MARKER), e);
    }
  }

  /** Whether the index was marked stale, clearing the mark. */
  public static boolean takeStale(Path dataDirectory) {
    try {
      return java.nio.file.Files.deleteIfExists(dataDirectory.resolve(STALE_MARKER));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(
          "cannot remove " + dataDirectory.resolve(STALE_MARKER), e);
    }
  }

  private final SearchIndex index;
  private final EventReviews reviews;
  private final SearchEntries entries;

  private RecordIndex(SearchIndex index, EventReviews reviews) {
    this.index = index;
    this.reviews = reviews;
    this.entries = new SearchEntries(reviews);
  }

  /**
   * Opens (creating when absent) the index of this data directory.
   *
   * @throws IllegalStateException when it holds an index of another schema version; rebuild it
   */
  public static RecordIndex open(Path dataDirectory) {
    return open(dataDirectory, EventReviews.NONE);
  }

  /**
   * Opens the index of this data directory, indexing events as the analysts' reviews leave them.
   *
   * @throws IllegalStateException when it holds an index of another schema version; rebuild it
   */
  public static RecordIndex open(Path dataDirectory, EventReviews reviews) {
    return new RecordIndex(SearchIndex.open(dataDirectory.resolve(DIRECTORY)), reviews);
  }

  /** Wraps an index, e.g. {@link SearchIndex#inMemory()} in tests. */
  public static RecordIndex of(SearchIndex index) {
    return of(index, EventReviews.NONE);
  }

  /** Wraps an index, indexing events as the analysts' reviews leave them. */
  public static RecordIndex of(SearchIndex index, EventReviews reviews) {
    return new RecordIndex(Objects.requireNonNull(index, "index"), reviews);
  }

  /** The index, for searches. */
  public SearchIndex index() {
    return index;
  }

  /** Reports progress: documents done out of the total. */
  @FunctionalInterface
  public interface Progress {
    void update(long done, long total);
  }

  /** What a rebuild or a sync wrote. */
  public record Counts(long documents, long events) {}

  /**
   * The incidents as the index should record them; take one before a change and pass it to sync.
   */
  public Map<EventKey, SearchEntries.IncidentInfo> snapshot(DocumentStore store) {
    return entries.incidents(store);
  }

  /** Empties the index and indexes every stored document and event, then commits. */
  public Counts rebuild(DocumentStore store, Progress progress) {
    long total = store.count();
    SearchEntries pass = new SearchEntries(reviews.forPass());
    Map<EventKey, SearchEntries.IncidentInfo> incidents = pass.incidents(store);
    index.clear();
    long[] n = {0, 0};
    List<DocumentEntry> docs = new ArrayList<>();
    List<EventEntry> events = new ArrayList<>();
    store.forEach(
        DocumentQuery.all(),
        doc -> {
          docs.add(pass.document(doc));
          events.addAll(pass.events(doc, store, incidents));
          n[0]++;
          if (docs.size() >= 500) {
            flush(docs, events, n);
          }
          progress.update(n[0], total);
        });
    flush(docs, events, n);
    index.commit();
    return new Counts(n[0], n[1]);
  }

  private void flush(List<DocumentEntry> docs, List<EventEntry> events, long[] n) {
    index.putDocuments(docs);
    index.putEvents(events);
    n[1] += events.size();
    docs.clear();
    events.clear();
  }

  /**
   * Re-indexes these documents only (e.g. after an analyst reviewed one of their events), with the
   * store's current incidents, then commits. Cheaper than {@link #rebuild}: the other documents'
   * entries cannot have changed when no incident did.
   *
   * @param documentIds SHA-256 hex ids of the documents to re-index; ids no longer stored lose
   *     their entries
   */
  public Counts reindex(DocumentStore store, Set<String> documentIds) {
    return write(store, documentIds, entries.incidents(store));
  }

  /**
   * Re-indexes these documents (e.g. just ingested) and every document with an event whose
   * incident, grade or killed figure differs from {@code before}, then commits.
   *
   * @param documentIds SHA-256 hex ids of documents to (re)index
   * @param before the {@link #snapshot} taken before the change
   */
  public Counts sync(
      DocumentStore store,
      Set<String> documentIds,
      Map<EventKey, SearchEntries.IncidentInfo> before) {
    Map<EventKey, SearchEntries.IncidentInfo> after = entries.incidents(store);
    Set<String> changed = new HashSet<>(documentIds);
    after.forEach(
        (k, v) -> {
          if (!v.equals(before.get(k))) {
            changed.add(k.document());
          }
        });
    before.keySet().stream()
        .filter(k -> !after.containsKey(k))
        .forEach(k -> changed.add(k.document()));
    return write(store, changed, after);
  }

  private Counts write(
      DocumentStore store, Set<String> ids, Map<EventKey, SearchEntries.IncidentInfo> incidents) {
    long events = 0;
    List<DocumentEntry> docs = new ArrayList<>();
    for (String id : ids) {
      Optional<StoredDocument> doc = store.find(id);
      index.deleteDocumentEvents(id);
      if (doc.isEmpty()) {
        continue;
      }
      docs.add(entries.document(doc.get()));
      List<EventEntry> es = entries.events(doc.get(), store, incidents);
      index.putEvents(es);
      events += es.size();
    }
    index.putDocuments(docs);
    index.commit();
    return new Counts(docs.size(), events);
  }

  @Override
  public void close() {
    index.close();
  }
}
