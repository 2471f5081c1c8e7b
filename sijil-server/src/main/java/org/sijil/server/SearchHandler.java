package org.sijil.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.sijil.search.DocumentHit;
import org.sijil.search.DocumentQuery;
import org.sijil.search.DocumentResults;
import org.sijil.search.Highlight;
import org.sijil.server.auth.Redactor;

/** {@code /api/v1/search}: full-text search over documents, with snippets and highlights. */
final class SearchHandler {
  private final ServerRecord record;
  private final JsonResponder json;

  SearchHandler(ServerRecord record, JsonResponder json) {
    this.record = record;
    this.json = json;
  }

  /** GET /api/v1/search?q=...: documents by relevance, each with a snippet and its highlights. */
  void documents(Context ctx) {
    QueryParams p = new QueryParams(ctx);
    var from = p.date("from");
    var to = p.date("to");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiProblem.badParameter("to", "a date on or after from=" + from, to.toString());
    }
    DocumentQuery q =
        DocumentQuery.builder()
            .text(p.text("q"))
            .source(p.text("source"))
            .from(from)
            .to(to)
            .offset(p.offset())
            .limit(p.limit(20))
            .build();
    DocumentResults r = record.index().searchDocuments(q);
    ObjectNode o = json.mapper().createObjectNode();
    o.put("total", r.total());
    o.put("offset", q.offset());
    o.put("limit", q.limit());
    o.put("tookMicros", r.tookMicros());
    ArrayNode hits = o.putArray("hits");
    for (DocumentHit h : r.hits()) {
      ObjectNode ho = hits.addObject();
      ho.put("id", h.document().id());
      ho.put("title", h.document().title());
      ho.put("source", h.document().source());
      ho.put(
          "published",
          h.document().published() == null ? null : h.document().published().toString());
      ho.put("language", h.document().language());
      Redactor redactor = JsonResponder.caller(ctx).redactor();
      boolean redacted = redactor.leaks(h.snippet());
      ho.put("snippet", h.snippet());
      ArrayNode hl = ho.putArray("highlights");
      // Why: offsets into a snippet that redaction shortens would point at the wrong words and
      // would tell how long the hidden name is.
      if (!redacted) {
        for (Highlight x : h.highlights()) {
          hl.addArray().add(x.start()).add(x.end());
        }
      }
      ho.put("score", h.score());
    }
    json.send(ctx, o);
  }
}
