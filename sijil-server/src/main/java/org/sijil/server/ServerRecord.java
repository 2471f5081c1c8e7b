package org.sijil.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;
import org.sijil.model.incident.EventKey;
import org.sijil.resolve.source.SourceRegistry;
import org.sijil.search.DocumentEntry;
import org.sijil.search.EventEntry;
import org.sijil.search.SearchIndex;
import org.sijil.server.core.DocumentEvents;
import org.sijil.server.core.EventJson;
import org.sijil.store.DocumentQuery;
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

  /** Each incident's id and grade by member event. */
  Map<EventKey, IncidentRef> incidentsByEvent() {
    Map<EventKey, IncidentRef> out = new HashMap<>();
    for (StoredIncident i : store.incidents()) {
      IncidentRef ref = new IncidentRef(i.id(), json(i).path("grade").asText(null));
      i.events().forEach(k -> out.put(k, ref));
    }
    return out;
  }

  /** An incident's id and grade. */
  record IncidentRef(String id, String grade) {}

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

  /** Replaces the index's content with the store's documents and events, and commits. */
  void rebuildIndex() {
    Map<EventKey, IncidentRef> incidents = incidentsByEvent();
    index.clear();
    List<DocumentEntry> docs = new ArrayList<>();
    List<EventEntry> events = new ArrayList<>();
    store.forEach(
        DocumentQuery.all(),
        doc -> {
          docs.add(documentEntry(doc));
          List<Event> es = events(doc);
          for (int i = 0; i < es.size(); i++) {
            EventKey key = new EventKey(doc.id().hex(), i);
            events.add(eventEntry(key, es.get(i), doc, incidents.get(key)));
          }
          if (docs.size() >= 500) {
            flush(docs, events);
          }
        });
    flush(docs, events);
    index.commit();
  }

  private void flush(List<DocumentEntry> docs, List<EventEntry> events) {
    index.putDocuments(docs);
    index.putEvents(events);
    docs.clear();
    events.clear();
  }

  private static DocumentEntry documentEntry(StoredDocument doc) {
    var m = doc.metadata();
    return new DocumentEntry(
        doc.id().hex(),
        m.title(),
        doc.text(),
        m.source(),
        m.url(),
        m.published(),
        m.language().code());
  }

  static EventEntry eventEntry(EventKey key, Event e, StoredDocument doc, IncidentRef incident) {
    var m = doc.metadata();
    LocalDate start;
    LocalDate end = null;
    if (e.date() != null) {
      start = e.date().start();
      end = e.date().end().equals(start) ? null : e.date().end();
    } else if (m.published() != null) {
      // Why: an undated event is placed on its report's day, as the resolver assumes too.
      start = m.published();
    } else {
      start = m.retrievedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }
    Set<String> actors = new LinkedHashSet<>();
    String perpetrator = e.perpetrator() == null ? null : e.perpetrator().name();
    String victim = e.victim() == null ? null : e.victim().name();
    if (perpetrator != null) {
      actors.add(perpetrator);
    }
    if (victim != null) {
      actors.add(victim);
    }
    var p = e.location();
    boolean placed = p != null && p.isResolved();
    var killed = e.counts().get(CountKind.KILLED);
    String text = doc.text();
    String evidence =
        text != null && e.evidence().end() <= text.length()
            ? text.substring(e.evidence().start(), e.evidence().end())
            : "";
    return new EventEntry(
        key,
        incident == null ? null : incident.id(),
        e.subType(),
        e.tags(),
        perpetrator,
        victim,
        actors,
        p == null ? null : p.name(),
        p == null ? null : p.country(),
        p == null ? null : p.admin1(),
        placed ? p.lat() : null,
        placed ? p.lon() : null,
        start,
        end,
        m.source(),
        incident == null ? null : incident.grade(),
        killed == null ? null : killed.min(),
        evidence,
        m.title(),
        m.language().code(),
        e.confidence());
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
