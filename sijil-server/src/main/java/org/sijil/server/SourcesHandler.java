package org.sijil.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Locale;
import org.sijil.resolve.source.Source;

/** {@code /api/v1/sources}: the source registry with each source's reliability grade. */
final class SourcesHandler {
  private final ServerRecord record;
  private final JsonResponder json;

  SourcesHandler(ServerRecord record, JsonResponder json) {
    this.record = record;
    this.json = json;
  }

  /** GET /api/v1/sources: every registered source. */
  void list(Context ctx) {
    ObjectNode o = json.mapper().createObjectNode();
    ArrayNode hits = o.putArray("hits");
    for (Source s : record.sources().sources()) {
      ObjectNode so = hits.addObject();
      so.put("id", s.id());
      so.put("name", s.name());
      so.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
      so.put("reliability", s.reliability().name());
      so.put("reliabilityMeaning", s.reliability().meaning());
      so.put("gradedBy", s.gradedBy());
      so.put("gradedOn", s.gradedOn().toString());
      ArrayNode aliases = so.putArray("aliases");
      s.aliases().forEach(aliases::add);
      ArrayNode domains = so.putArray("domains");
      s.domains().forEach(domains::add);
    }
    o.put("total", hits.size());
    json.send(ctx, o);
  }
}
