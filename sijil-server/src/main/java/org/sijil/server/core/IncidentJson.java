package org.sijil.server.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.sijil.model.incident.EventKey;
import org.sijil.model.incident.Figure;
import org.sijil.model.incident.Incident;
import org.sijil.model.incident.IncidentSource;
import org.sijil.model.incident.MergeDecision;
import org.sijil.resolve.incident.ReportedEvent;

/**
 * Incidents as the JSON the store keeps and {@code sijil export} writes: one object with its
 * sources (each naming its document by the id it was ingested with), figures, grade, member events
 * with their evidence, and the merge decisions. Thread-safe.
 */
public final class IncidentJson {
  private final ObjectMapper mapper = new ObjectMapper();
  private final EventJson events = new EventJson();

  public String write(Incident i, Map<EventKey, ReportedEvent> members, Map<String, String> refs) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", i.id());
    o.put("kind", "incident");
    o.put("subType", i.subType().label());
    o.put("type", i.subType().type().label());
    if (i.start() != null) {
      o.put("start", i.start().toString());
      o.put("end", i.end().toString());
    }
    if (i.place() != null) {
      o.put("place", i.place());
    }
    if (i.lat() != null) {
      o.put("lat", i.lat());
      o.put("lon", i.lon());
    }
    o.put("recurring", i.recurring());
    o.put("grade", i.grade().id());
    o.put("independentSources", i.independentSources());
    ArrayNode sources = o.putArray("sources");
    for (IncidentSource s : i.sources()) {
      ObjectNode so = sources.addObject();
      so.put("document", s.documentRef());
      so.put("sha256", s.document());
      so.put("outlet", s.outlet());
      so.put("credited", s.credited());
      so.put("relays", s.relays());
      so.put("reliability", s.reliability().name());
      so.put("credibility", s.credibility());
      if (s.copyOf() != null) {
        so.put("copyOf", refs.getOrDefault(s.copyOf(), s.copyOf()));
      }
    }
    ObjectNode figures = o.putObject("figures");
    for (Figure f : i.figures()) {
      ObjectNode fo = figures.putObject(f.kind().id());
      fo.put("low", f.low());
      fo.put("best", f.best());
      fo.put("high", f.high());
      fo.put("approximate", f.approximate());
      fo.put("lowSource", refs.getOrDefault(f.lowSource(), f.lowSource()));
      fo.put("bestSource", refs.getOrDefault(f.bestSource(), f.bestSource()));
      fo.put("highSource", refs.getOrDefault(f.highSource(), f.highSource()));
    }
    ArrayNode evs = o.putArray("events");
    for (MergeDecision d : i.decisions()) {
      ReportedEvent r = members.get(d.event());
      ObjectNode eo = evs.addObject();
      eo.put("key", d.event().toString());
      eo.put("document", refs.getOrDefault(d.event().document(), d.event().document()));
      if (r != null) {
        eo.setAll(events.toJson(r.event(), null));
        eo.put("evidenceText", r.evidence());
      }
      ObjectNode mo = eo.putObject("merge");
      if (d.matched() != null) {
        mo.put("matched", d.matched().toString());
      }
      mo.put("score", d.score());
      ArrayNode reasons = mo.putArray("reasons");
      d.reasons().forEach(reasons::add);
    }
    try {
      return mapper.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write incident " + i.id() + " as JSON", e);
    }
  }
}
