package org.sijil.server.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sijil.model.event.Event;
import org.sijil.model.incident.EventKey;
import org.sijil.store.DocumentQuery;
import org.sijil.store.DocumentStore;
import org.sijil.store.StoredIncident;

/** Writes every stored event as one JSON line, with its document and incident. */
public final class EventExport {
  private EventExport() {}

  public static long write(DocumentStore store, Writer w) {
    Map<EventKey, String> incidentOf = new HashMap<>();
    for (StoredIncident i : store.incidents()) {
      i.events().forEach(k -> incidentOf.put(k, i.id()));
    }
    EventJson json = new EventJson();
    ObjectMapper mapper = new ObjectMapper();
    long[] n = {0};
    store.forEach(
        DocumentQuery.all(),
        doc -> {
          String stored = store.extraction(doc.id(), DocumentEvents.PRODUCER).orElse(null);
          if (stored == null) {
            return;
          }
          List<Event> events = json.read(stored);
          String ref =
              doc.metadata().externalId() != null ? doc.metadata().externalId() : doc.id().hex();
          for (int i = 0; i < events.size(); i++) {
            EventKey key = new EventKey(doc.id().hex(), i);
            ObjectNode o = mapper.createObjectNode();
            o.put("kind", "event");
            o.put("key", key.toString());
            o.put("document", ref);
            String incident = incidentOf.get(key);
            if (incident != null) {
              o.put("incident", incident);
            }
            o.setAll(json.toJson(events.get(i), doc.text()));
            try {
              w.write(mapper.writeValueAsString(o));
              w.write('\n');
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            n[0]++;
          }
        });
    return n[0];
  }
}
