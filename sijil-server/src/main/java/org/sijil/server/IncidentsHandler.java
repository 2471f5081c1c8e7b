package org.sijil.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.sijil.store.StoredIncident;

/** {@code /api/v1/incidents}: resolved incidents with merged figures, grade and sources. */
final class IncidentsHandler {
  private static final List<String> SUMMARY =
      List.of(
          "id",
          "type",
          "subType",
          "start",
          "end",
          "place",
          "lat",
          "lon",
          "grade",
          "independentSources",
          "figures");

  private final ServerRecord record;
  private final JsonResponder json;

  IncidentsHandler(ServerRecord record, JsonResponder json) {
    this.record = record;
    this.json = json;
  }

  /** GET /api/v1/incidents: a page of incidents ordered by id, as summaries. */
  void list(Context ctx) {
    QueryParams p = new QueryParams(ctx);
    int offset = p.offset();
    int limit = p.limit(50);
    List<StoredIncident> all = record.store().incidents();
    ObjectNode o = json.mapper().createObjectNode();
    o.put("total", all.size());
    o.put("offset", offset);
    o.put("limit", limit);
    ArrayNode hits = o.putArray("hits");
    for (StoredIncident i :
        all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit))) {
      JsonNode full = record.json(i);
      ObjectNode s = hits.addObject();
      for (String k : SUMMARY) {
        if (full.has(k)) {
          s.set(k, full.get(k));
        }
      }
      s.put("sources", full.path("sources").size());
      s.put("events", i.events().size());
    }
    json.send(ctx, o);
  }

  /**
   * GET /api/v1/incidents/{id}: the incident as resolved, each member event with its document's
   * SHA-256 and evidence span so that a client can show the evidence inside the source text.
   */
  void one(Context ctx) {
    String id = ctx.pathParam("id");
    StoredIncident i =
        record
            .incident(id)
            .orElseThrow(() -> ApiProblem.notFound("no incident with id '" + id + "'"));
    ObjectNode full = (ObjectNode) record.json(i);
    JsonNode events = full.path("events");
    for (int n = 0; n < events.size() && n < i.events().size(); n++) {
      ((ObjectNode) events.get(n)).put("sha256", events.get(n).path("key").asText().split("#")[0]);
    }
    json.send(ctx, full);
  }
}
