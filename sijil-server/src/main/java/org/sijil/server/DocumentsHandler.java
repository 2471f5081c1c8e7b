package org.sijil.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sijil.model.event.Event;
import org.sijil.model.incident.EventKey;
import org.sijil.server.core.DocumentJson;
import org.sijil.server.core.EventJson;
import org.sijil.server.core.SearchEntries;
import org.sijil.store.DocumentQuery;
import org.sijil.store.StoredDocument;

/** {@code /api/v1/documents}: the stored reports, one with its text and events, and originals. */
final class DocumentsHandler {
  /** Media types an original may be downloaded as; anything else is sent as octet-stream. */
  private static final Set<String> SAFE_TYPES = Set.of("text/plain", "application/pdf");

  private final ServerRecord record;
  private final JsonResponder json;
  private final DocumentJson documentJson = new DocumentJson();
  private final EventJson eventJson = new EventJson();

  DocumentsHandler(ServerRecord record, JsonResponder json) {
    this.record = record;
    this.json = json;
  }

  /** GET /api/v1/documents: a page of documents in the order stored, without their text. */
  void list(Context ctx) {
    QueryParams p = new QueryParams(ctx);
    int offset = p.offset();
    int limit = p.limit(50);
    ObjectNode o = json.mapper().createObjectNode();
    o.put("total", record.store().count());
    o.put("offset", offset);
    o.put("limit", limit);
    ArrayNode hits = o.putArray("hits");
    if (limit > 0) {
      for (StoredDocument d : record.store().list(DocumentQuery.all().withPage(limit, offset))) {
        hits.add(documentJson.toJson(d));
      }
    }
    json.send(ctx, o);
  }

  /**
   * GET /api/v1/documents/{id}: one document with its text, metadata and events (each with its
   * evidence span into the text and its incident).
   */
  void one(Context ctx) {
    StoredDocument d = find(ctx);
    ObjectNode o = documentJson.toJson(d);
    Map<EventKey, SearchEntries.IncidentInfo> incidents = record.incidentsByEvent();
    ArrayNode events = o.putArray("events");
    List<Event> es = record.events(d);
    for (int i = 0; i < es.size(); i++) {
      EventKey key = new EventKey(d.id().hex(), i);
      // As reviewed: an analyst's edit wins over the machine's value, a rejected event is not
      // shown.
      Optional<Event> current = record.current(key, es.get(i));
      if (current.isEmpty()) {
        continue;
      }
      ObjectNode e = events.addObject();
      e.put("key", key.toString());
      SearchEntries.IncidentInfo inc = incidents.get(key);
      e.put("incident", inc == null ? null : inc.id());
      e.setAll(eventJson.toJson(current.get(), d.text()));
    }
    json.send(ctx, o);
  }

  /** GET /api/v1/documents/{id}/original: the bytes as received, as a download. */
  void original(Context ctx) {
    StoredDocument d = find(ctx);
    byte[] bytes = record.store().original(d.id());
    String mime = d.metadata().mediaType().mime().toLowerCase(Locale.ROOT);
    // Why: an HTML original opened from our origin could run its scripts; it is only downloaded.
    String type = SAFE_TYPES.contains(mime) ? mime : "application/octet-stream";
    ctx.header(
        "Content-Disposition", "attachment; filename=\"" + d.id().hex() + extension(mime) + "\"");
    ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
    ctx.contentType(type).result(bytes);
  }

  private StoredDocument find(Context ctx) {
    String id = ctx.pathParam("id");
    try {
      return record
          .store()
          .find(id)
          .orElseThrow(() -> ApiProblem.notFound("no document matches '" + id + "'"));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badParameter(
          "id", "a SHA-256, a unique hex prefix of 8+ digits or an external id", "\"" + id + "\"");
    }
  }

  private static String extension(String mime) {
    return switch (mime) {
      case "text/html" -> ".html";
      case "text/plain" -> ".txt";
      case "application/pdf" -> ".pdf";
      default -> ".bin";
    };
  }
}
