package org.sijil.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sijil.model.event.Event;
import org.sijil.model.incident.EventKey;
import org.sijil.resolve.source.SourceRegistry;
import org.sijil.search.SearchIndex;
import org.sijil.server.core.DocumentEvents;
import org.sijil.server.core.EventJson;
import org.sijil.server.core.EventReviews;
import org.sijil.server.core.RecordIndex;
import org.sijil.server.core.SearchEntries;
import org.sijil.store.DocumentStore;
import org.sijil.store.StoredDocument;
import org.sijil.store.StoredIncident;

/**
 * What the server reads: the store (documents, events, incidents: the source of truth), the search
 * index derived from it (event lists, facets, timeline, full text) and the source registry. The
 * index is filled from the store when the server starts. Thread-safe: the store and the index are.
 */
final class ServerRecord implements AutoCloseable {
  private final DocumentStore store;
  private final SearchIndex index;
  private volatile EventReviews reviews = EventReviews.NONE;
  private final SearchEntries entries = new SearchEntries();
  private final SourceRegistry sources = SourceRegistry.defaults();
  private final EventJson eventJson = new EventJson();
  private final ObjectMapper mapper = new ObjectMapper();

  ServerRecord(DocumentStore store, SearchIndex index) {
    this.store = store;
    this.index = index;
  }

  DocumentStore store() {
    return store;
  }

  SearchIndex index() {
    return index;
  }

  SourceRegistry sources() {
    return sources;
  }

  /** The events stored for a document, in index order; empty when none were extracted. */
  List<Event> events(StoredDocument doc) {
    return store
        .extraction(doc.id(), DocumentEvents.PRODUCER)
        .map(eventJson::read)
        .orElse(List.of());
  }

  /** Each incident's id, grade and best killed figure by member event (as the index keeps them). */
  Map<EventKey, SearchEntries.IncidentInfo> incidentsByEvent() {
    return entries.incidents(store);
  }

  JsonNode json(StoredIncident i) {
    try {
      return mapper.readTree(i.json());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored incident " + i.id() + " is not valid JSON", e);
    }
  }

  Optional<StoredIncident> incident(String id) {
    return store.incident(id);
  }

  /** From now on, events are shown as these reviews leave them. */
  void useReviews(EventReviews r) {
    reviews = java.util.Objects.requireNonNull(r, "reviews");
  }

  /** The event as analysts left it: the machine's when unreviewed; empty when rejected. */
  Optional<Event> current(EventKey key, Event machine) {
    return reviews.current(key, machine);
  }

  /**
   * Replaces the index's content with the store's documents and events as reviewed, and commits:
   * the same mapping ({@link RecordIndex}) the command line uses, so both index an event alike.
   */
  void rebuildIndex() {
    RecordIndex.of(index, reviews).rebuild(store, (done, total) -> {});
  }

  /** Re-indexes one document's entries as reviewed (its events' incidents as stored now). */
  void reindexDocument(String documentId) {
    RecordIndex.of(index, reviews).reindex(store, Set.of(documentId));
  }

  /** The incidents as the index records them; take one before a change and pass it to sync. */
  Map<EventKey, SearchEntries.IncidentInfo> indexSnapshot() {
    return RecordIndex.of(index, reviews).snapshot(store);
  }

  /**
   * Re-indexes only the documents with an event whose incident, grade or killed figure differs from
   * {@code before} (an incident merge or split touches a few documents, not the store).
   */
  void syncIndex(Map<EventKey, SearchEntries.IncidentInfo> before) {
    RecordIndex.of(index, reviews).sync(store, Set.of(), before);
  }

  @Override
  public void close() {
    try {
      index.close();
    } finally {
      store.close();
    }
  }
}
