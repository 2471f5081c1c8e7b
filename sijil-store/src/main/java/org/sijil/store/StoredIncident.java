package org.sijil.store;

import java.util.List;
import java.util.Objects;
import org.sijil.model.incident.EventKey;

/**
 * An incident as the store holds it: its id, its member events and its JSON (sources, figures,
 * grade and merge decisions, in the form the resolver writes). Immutable.
 *
 * @param id the incident id
 * @param events its member events, not empty; an event belongs to at most one incident
 * @param json a JSON text
 */
public record StoredIncident(String id, List<EventKey> events, String json) {
  public StoredIncident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(json, "json");
    events = List.copyOf(events);
    if (id.isBlank()) {
      throw new IllegalArgumentException("expected an incident id, found a blank string");
    }
    if (events.isEmpty()) {
      throw new IllegalArgumentException("expected member events in incident " + id);
    }
  }
}
