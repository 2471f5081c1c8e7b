package org.sijil.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.sijil.search.Bucket;
import org.sijil.search.EventEntry;
import org.sijil.search.Facet;
import org.sijil.search.FacetCount;

/** Index entries, facets and timeline buckets as the API's JSON. Thread-safe. */
final class EntryJson {
  private final ObjectMapper mapper;

  EntryJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode event(EventEntry e) {
    ObjectNode o = mapper.createObjectNode();
    o.put("key", e.key().toString());
    o.put("document", e.key().document());
    o.put("index", e.key().index());
    o.put("incident", e.incidentId());
    o.put("type", e.type().name());
    o.put("typeLabel", e.type().label());
    o.put("subType", e.subType().name());
    o.put("subTypeLabel", e.subType().label());
    ArrayNode tags = o.putArray("tags");
    e.tags().stream().map(t -> t.id()).sorted().forEach(tags::add);
    o.put("perpetrator", e.perpetrator());
    o.put("victim", e.victim());
    o.put("place", e.place());
    o.put("country", e.country());
    o.put("admin1", e.admin1());
    if (e.lat() != null) {
      o.put("lat", e.lat());
      o.put("lon", e.lon());
    } else {
      o.putNull("lat");
      o.putNull("lon");
    }
    if (e.dated()) {
      o.put("start", e.start().toString());
      o.put("end", e.lastDay().toString());
    } else {
      o.putNull("start");
      o.putNull("end");
    }
    o.put("source", e.source());
    o.put("grade", e.grade());
    if (e.killed() != null) {
      o.put("killed", e.killed());
    } else {
      o.putNull("killed");
    }
    o.put("evidence", e.evidence());
    o.put("title", e.title());
    o.put("language", e.language());
    o.put("confidence", e.confidence());
    return o;
  }

  ObjectNode facets(Map<Facet, List<FacetCount>> facets) {
    ObjectNode o = mapper.createObjectNode();
    for (Facet f : Facet.values()) {
      List<FacetCount> counts = facets.get(f);
      if (counts == null) {
        continue;
      }
      ArrayNode a = o.putArray(f.key());
      for (FacetCount c : counts) {
        a.addObject().put("value", c.value()).put("count", c.count());
      }
    }
    return o;
  }

  ArrayNode buckets(List<Bucket> buckets) {
    ArrayNode a = mapper.createArrayNode();
    for (Bucket b : buckets) {
      ObjectNode bo = a.addObject();
      bo.put("start", b.start().toString());
      bo.put("total", b.total());
      ObjectNode counts = bo.putObject("counts");
      b.counts().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(en -> counts.put(en.getKey().name(), en.getValue()));
    }
    return a;
  }
}
