package org.sijil.server.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sijil.model.event.Count;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;
import org.sijil.model.incident.EventKey;
import org.sijil.search.DocumentEntry;
import org.sijil.search.EventEntry;
import org.sijil.store.DocumentStore;
import org.sijil.store.StoredDocument;
import org.sijil.store.StoredIncident;

/**
 * Builds the search index's entries from the store: a {@link DocumentEntry} per stored document and
 * an {@link EventEntry} per stored event ({@link DocumentEvents#PRODUCER} extraction), joined with
 * the stored incident the event belongs to (its id, grade and best killed figure). Thread-safe.
 */
public final class SearchEntries {
  private final EventJson eventJson = new EventJson();
  private final EventReviews reviews;

  /** Entries of the machine's events as they are. */
  public SearchEntries() {
    this(EventReviews.NONE);
  }

  /** Entries of the events as reviewed: edited values win, rejected events are left out. */
  public SearchEntries(EventReviews reviews) {
    this.reviews = Objects.requireNonNull(reviews, "reviews");
  }

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * What the index keeps of an event's incident.
   *
   * @param id the incident id
   * @param grade the grade's id, e.g. {@code fair}
   * @param killed the incident's best killed figure, or null when it has none
   */
  public record IncidentInfo(String id, String grade, Integer killed) {}

  /** The incident of every event that belongs to one. */
  public Map<EventKey, IncidentInfo> incidents(DocumentStore store) {
    Map<EventKey, IncidentInfo> out = new HashMap<>();
    for (StoredIncident i : store.incidents()) {
      IncidentInfo info = info(i);
      i.events().forEach(k -> out.put(k, info));
    }
    return out;
  }

  private IncidentInfo info(StoredIncident i) {
    try {
      JsonNode o = mapper.readTree(i.json());
      JsonNode grade = o.get("grade");
      JsonNode killed = o.path("figures").path(CountKind.KILLED.id()).get("best");
      return new IncidentInfo(
          i.id(),
          grade == null ? null : grade.asText(),
          killed == null || !killed.canConvertToInt() ? null : killed.asInt());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stored incident " + i.id() + " as JSON", e);
    }
  }

  /** The document as the index holds it; {@code doc} must carry its text. */
  public DocumentEntry document(StoredDocument doc) {
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

  /**
   * The document's stored events as index entries, as reviewed (a rejected event has none), empty
   * when none are stored. An event without a date stays undated; its killed figure is the
   * incident's best figure, else the event's own lowest.
   */
  public List<EventEntry> events(
      StoredDocument doc, DocumentStore store, Map<EventKey, IncidentInfo> incidents) {
    Optional<String> stored = store.extraction(doc.id(), DocumentEvents.PRODUCER);
    if (stored.isEmpty()) {
      return List.of();
    }
    List<Event> events = eventJson.read(stored.get());
    var m = doc.metadata();
    String text = doc.text() == null ? "" : doc.text();
    List<EventEntry> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      EventKey key = new EventKey(doc.id().hex(), i);
      Optional<Event> reviewed = reviews.current(key, events.get(i));
      if (reviewed.isEmpty()) {
        continue;
      }
      Event e = reviewed.get();
      IncidentInfo inc = incidents.get(key);
      Set<String> actors = new LinkedHashSet<>();
      String perpetrator = e.perpetrator() == null ? null : e.perpetrator().name();
      String victim = e.victim() == null ? null : e.victim().name();
      if (perpetrator != null) {
        actors.add(perpetrator);
      }
      if (victim != null) {
        actors.add(victim);
      }
      var place = e.location();
      // The extractor already dates an event its text leaves undated to the report's own date when
      // that is known; an event still undated stays so rather than taking, say, the retrieval day.
      LocalDate start = e.date() == null ? null : e.date().start();
      LocalDate end = e.date() == null ? null : e.date().end();
      if (end != null && (end.isBefore(start) || end.equals(start))) {
        end = null;
      }
      Count killed = e.counts().get(CountKind.KILLED);
      Integer best =
          inc != null && inc.killed() != null ? inc.killed() : killed == null ? null : killed.min();
      String evidence =
          e.evidence().end() <= text.length()
              ? text.substring(e.evidence().start(), e.evidence().end())
              : "";
      out.add(
          new EventEntry(
              key,
              inc == null ? null : inc.id(),
              e.subType(),
              e.tags(),
              perpetrator,
              victim,
              actors,
              place == null ? null : place.name(),
              place == null ? null : place.country(),
              place == null ? null : place.admin1(),
              place == null ? null : place.lat(),
              place == null ? null : place.lon(),
              start,
              end,
              m.source(),
              inc == null ? null : inc.grade(),
              best,
              evidence,
              m.title(),
              m.language().code(),
              e.confidence()));
    }
    return out;
  }
}
