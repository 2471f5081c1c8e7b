package org.sijil.server.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sijil.model.doc.Sha256;
import org.sijil.model.event.Event;
import org.sijil.model.incident.AnalystOperation;
import org.sijil.model.incident.EventKey;
import org.sijil.model.incident.Incident;
import org.sijil.resolve.incident.IncidentAssembler;
import org.sijil.resolve.incident.IncidentResolver;
import org.sijil.resolve.incident.NearDuplicateDetector;
import org.sijil.resolve.incident.ReportedEvent;
import org.sijil.resolve.incident.ReportingDocument;
import org.sijil.resolve.source.SourceRegistry;
import org.sijil.store.DocumentQuery;
import org.sijil.store.DocumentStore;
import org.sijil.store.NearDuplicate;
import org.sijil.store.StoredDocument;
import org.sijil.store.StoredIncident;

/**
 * Resolves the stored documents into incidents: reads events (extracting and storing them for
 * documents that have none), links near-duplicates, clusters the events in order of publication,
 * applies the analyst's operations and replaces the stored incidents. Not thread-safe.
 */
public final class IncidentPipeline {
  /** Characters of a document's opening read for relay cues ("according to SOHR"). */
  private static final int LEAD = 600;

  private final DocumentEvents reader = new DocumentEvents();
  private final EventJson eventJson = new EventJson();
  private final IncidentJson incidentJson = new IncidentJson();
  private final OperationJson operationJson = new OperationJson();
  private final SourceRegistry registry = SourceRegistry.defaults();

  /** What one resolution did. */
  public record Summary(
      int documents,
      int extracted,
      int events,
      int nearDuplicates,
      int incidents,
      int multiSource) {
    public String line() {
      return String.format(
          java.util.Locale.ROOT,
          "resolve: %d documents (%d newly read for events, %d near-duplicates), %d events,"
              + " %d incidents (%d with two or more sources)",
          documents,
          extracted,
          nearDuplicates,
          events,
          incidents,
          multiSource);
    }
  }

  /** True when some document has no stored events or no incidents are stored yet. */
  public boolean stale(DocumentStore store) {
    List<StoredDocument> docs = store.list(DocumentQuery.all());
    if (docs.isEmpty()) {
      return false;
    }
    if (store.incidents().isEmpty()) {
      return true;
    }
    for (StoredDocument d : docs) {
      if (store.extraction(d.id(), DocumentEvents.PRODUCER).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  public Summary resolve(DocumentStore store) {
    Map<String, Sha256> storedLinks = new HashMap<>();
    for (NearDuplicate n : store.nearDuplicates()) {
      storedLinks.put(n.copy().hex(), n.original());
    }
    NearDuplicateDetector detector = new NearDuplicateDetector();
    Map<String, ReportingDocument> documents = new HashMap<>();
    Map<String, String> refs = new HashMap<>();
    List<ReportedEvent> events = new ArrayList<>();
    Map<Sha256, List<Event>> toStore = new HashMap<>();
    List<NearDuplicate> newLinks = new ArrayList<>();
    int[] docs = {0};
    store.forEach(
        DocumentQuery.all(),
        doc -> {
          docs[0]++;
          String sha = doc.id().hex();
          List<Event> es;
          Optional<String> stored = store.extraction(doc.id(), DocumentEvents.PRODUCER);
          if (stored.isPresent()) {
            es = eventJson.read(stored.get());
          } else {
            es = reader.read(doc);
            toStore.put(doc.id(), es);
          }
          String copyOf = null;
          Optional<NearDuplicateDetector.Match> match = detector.add(sha, doc.text());
          if (match.isPresent()) {
            copyOf = match.get().original();
            if (!storedLinks.containsKey(sha)) {
              newLinks.add(
                  new NearDuplicate(doc.id(), new Sha256(copyOf), match.get().similarity()));
            }
          }
          var m = doc.metadata();
          String ref = m.externalId() != null ? m.externalId() : sha;
          refs.put(sha, ref);
          String title = m.title() == null ? "" : m.title() + "\n";
          String text = doc.text();
          documents.put(
              sha,
              new ReportingDocument(
                  sha,
                  ref,
                  m.source(),
                  m.url(),
                  m.published(),
                  title + text.substring(0, Math.min(LEAD, text.length())),
                  copyOf));
          for (int i = 0; i < es.size(); i++) {
            Event e = es.get(i);
            String evidence =
                e.evidence().end() <= text.length()
                    ? text.substring(e.evidence().start(), e.evidence().end())
                    : "";
            events.add(new ReportedEvent(new EventKey(sha, i), e, evidence, m.published()));
          }
        });
    toStore.forEach(
        (id, es) -> store.putExtraction(id, DocumentEvents.PRODUCER, eventJson.write(es)));
    newLinks.forEach(store::putNearDuplicate);

    // Reports arrive in order of publication; a stable sort keeps store order within a day.
    events.sort(
        Comparator.comparing(
            (ReportedEvent r) -> r.published() == null ? LocalDate.MAX : r.published()));
    IncidentResolver resolver = new IncidentResolver();
    Map<EventKey, ReportedEvent> byKey = new HashMap<>();
    for (ReportedEvent r : events) {
      resolver.add(r, documents.get(r.key().document()).copyOf());
      byKey.put(r.key(), r);
    }
    List<AnalystOperation> ops = new ArrayList<>();
    for (String json : store.incidentOperations()) {
      ops.add(operationJson.read(json));
    }
    IncidentAssembler assembler = new IncidentAssembler(registry);
    List<StoredIncident> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int multi = 0;
    for (IncidentResolver.Group g : resolver.groups(ops)) {
      Incident inc = assembler.assemble(g, documents);
      if (!ids.add(inc.id())) {
        throw new IllegalStateException(
            "expected unique incident ids, found " + inc.id() + " twice");
      }
      if (inc.independentSources() > 1) {
        multi++;
      }
      out.add(new StoredIncident(inc.id(), inc.events(), incidentJson.write(inc, byKey, refs)));
    }
    store.replaceIncidents(out);
    return new Summary(
        docs[0],
        toStore.size(),
        events.size(),
        (int) documents.values().stream().filter(d -> d.copyOf() != null).count(),
        out.size(),
        multi);
  }
}
