package org.sijil.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.sijil.model.Span;
import org.sijil.model.incident.AnalystOperation;
import org.sijil.model.incident.EventKey;
import org.sijil.server.core.IncidentPipeline;
import org.sijil.server.core.OperationJson;
import org.sijil.server.core.SearchEntries;
import org.sijil.store.StoredIncident;
import org.sijil.store.audit.AuditAction;
import org.sijil.store.review.ItemKind;
import org.sijil.store.review.ItemRef;
import org.sijil.store.review.MachineItem;
import org.sijil.store.review.ReviewChange;
import org.sijil.store.review.ReviewStore.QueueOrder;
import org.sijil.store.review.ReviewVersion;
import org.sijil.store.review.ReviewedItem;

/**
 * {@code /api/v1/review}: the queue of machine output awaiting review, each item's machine and
 * current values side by side with its history, and the analyst's actions (confirm, edit with a
 * re-pointed evidence span, reject with a reason, merge and split incidents), each a new version
 * and an audit entry. Audit entries name items and fields, never values. Thread-safe.
 */
final class ReviewHandler {
  private final org.sijil.server.core.EventJson eventJson = new org.sijil.server.core.EventJson();

  /** The fields an edit may set: the first name of its path. */
  private static final Set<String> EDITABLE =
      Set.of(
          "subType",
          "tags",
          "perpetrator",
          "victim",
          "target",
          "location",
          "date",
          "counts",
          "attribution",
          "certainty",
          "place",
          "start",
          "end",
          "lat",
          "lon",
          "recurring",
          "figures");

  private final ServerRecord record;
  private final TrustServices trust;
  private final JsonResponder json;

  ReviewHandler(ServerRecord record, TrustServices trust, JsonResponder json) {
    this.record = record;
    this.trust = trust;
    this.json = json;
  }

  /** GET /api/v1/review/queue?kind=&order=least-confident|newest&limit=: unreviewed items. */
  void queue(Context ctx) {
    QueryParams p = new QueryParams(ctx);
    String kind = p.text("kind");
    Optional<ItemKind> k = kind == null ? Optional.empty() : Optional.of(kind(kind, "kind"));
    String order = p.text("order");
    QueueOrder o;
    if (order == null || order.equals("least-confident")) {
      o = QueueOrder.LEAST_CONFIDENT_FIRST;
    } else if (order.equals("newest")) {
      o = QueueOrder.NEWEST_FIRST;
    } else {
      throw ApiProblem.badParameter("order", "least-confident or newest", "\"" + order + "\"");
    }
    ObjectNode out = json.mapper().createObjectNode();
    out.put("pending", trust.review().queueSize());
    ArrayNode items = out.putArray("items");
    for (MachineItem m : trust.review().queue(k, o, p.limit(50))) {
      ObjectNode i = items.addObject();
      i.put("kind", m.ref().kind().id());
      i.put("id", m.ref().id());
      i.put("confidence", m.confidence());
      i.put("day", m.day() == null ? null : m.day().toString());
      i.set("machine", parse(m.json()));
    }
    json.send(ctx, out);
  }

  /** GET /api/v1/review/{kind}/{id}: machine and current values side by side, and the history. */
  void item(Context ctx) {
    ItemRef ref = ref(ctx);
    ReviewedItem item =
        trust.review().item(ref).orElseThrow(() -> ApiProblem.notFound("no " + ref + " to review"));
    ObjectNode out = json.mapper().createObjectNode();
    out.put("kind", ref.kind().id());
    out.put("id", ref.id());
    out.put("status", item.status().name().toLowerCase(java.util.Locale.ROOT));
    out.put("versions", item.versions());
    out.put("machineChangedSinceReview", item.machineChangedSinceReview());
    out.set("machine", parse(item.machine().json()));
    out.set("current", parse(item.currentJson()));
    ArrayNode history = out.putArray("history");
    for (ReviewVersion v : trust.review().history(ref)) {
      ObjectNode h = history.addObject();
      h.put("version", v.version());
      h.put("action", v.change().action());
      h.put("reviewer", v.reviewer());
      h.put("at", v.at().toString());
      h.put("reason", v.reason());
      if (v.change() instanceof ReviewChange.Edit e) {
        h.put("field", e.field());
        h.set("value", parse(e.valueJson()));
        if (e.evidence() != null) {
          h.putArray("evidence").add(e.evidence().start()).add(e.evidence().end());
        }
      } else if (v.change() instanceof ReviewChange.Merge m) {
        m.others().forEach(h.putArray("with")::add);
      } else if (v.change() instanceof ReviewChange.Split s) {
        s.events().forEach(h.putArray("events")::add);
      }
      h.set("before", parse(v.beforeJson()));
      h.set("after", parse(v.afterJson()));
    }
    json.send(ctx, out);
  }

  /** POST /api/v1/review/{kind}/{id}/confirm {"reason"?}. */
  void confirm(Context ctx) {
    JsonNode body = AuthHandler.jsonBody(ctx, json);
    record(ctx, ref(ctx), new ReviewChange.Confirm(), text(body, "reason"), AuditAction.REVIEW);
  }

  /** POST /api/v1/review/{kind}/{id}/reject {"reason"}. */
  void reject(Context ctx) {
    JsonNode body = AuthHandler.jsonBody(ctx, json);
    String reason = text(body, "reason");
    if (reason == null) {
      throw ApiProblem.badBody("a \"reason\" for the rejection", "none");
    }
    record(ctx, ref(ctx), new ReviewChange.Reject(reason), null, AuditAction.REVIEW);
  }

  /**
   * POST /api/v1/review/{kind}/{id}/edit {"field", "value", "evidence"?: [start, end], "reason"?}.
   */
  void edit(Context ctx) {
    JsonNode body = AuthHandler.jsonBody(ctx, json);
    String field = text(body, "field");
    if (field == null || !EDITABLE.contains(field.split("\\.", 2)[0])) {
      throw ApiProblem.badBody(
          "a \"field\" starting with one of " + new java.util.TreeSet<>(EDITABLE),
          field == null ? "none" : "\"" + field + "\"");
    }
    if (!body.has("value")) {
      throw ApiProblem.badBody("a \"value\" (any JSON)", "none");
    }
    Span evidence = null;
    JsonNode ev = body.get("evidence");
    if (ev != null && !ev.isNull()) {
      if (!ev.isArray()
          || ev.size() != 2
          || !ev.get(0).canConvertToInt()
          || !ev.get(1).canConvertToInt()) {
        throw ApiProblem.badBody("\"evidence\" as [start, end]", ev.toString());
      }
      try {
        evidence = new Span(ev.get(0).asInt(), ev.get(1).asInt());
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badBody(
            "\"evidence\" as [start, end] with 0 <= start <= end", ev.toString());
      }
    }
    ReviewChange.Edit change;
    try {
      change =
          new ReviewChange.Edit(
              field, json.mapper().writeValueAsString(body.get("value")), evidence);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw ApiProblem.badBody("a field path such as victim.name", "\"" + field + "\"");
    }
    record(ctx, ref(ctx), change, text(body, "reason"), AuditAction.EDIT);
  }

  /** POST /api/v1/review/incident/{id}/merge {"with": [ids], "reason"?}: merges the incidents. */
  void merge(Context ctx) {
    JsonNode body = AuthHandler.jsonBody(ctx, json);
    ItemRef ref = incidentRef(ctx);
    StoredIncident incident = incident(ref.id());
    List<String> others = strings(body, "with");
    Set<EventKey> events = new LinkedHashSet<>();
    events.add(incident.events().get(0));
    for (String o : others) {
      if (o.equals(incident.id())) {
        throw ApiProblem.badBody("other incidents in \"with\"", "the incident itself");
      }
      events.add(incident(o).events().get(0));
    }
    Caller caller = JsonResponder.caller(ctx);
    applyOperation(new AnalystOperation.Merge(events, caller.name(), Instant.now()));
    record(ctx, ref, new ReviewChange.Merge(others), text(body, "reason"), AuditAction.MERGE);
  }

  /** POST /api/v1/review/incident/{id}/split {"events": [keys], "reason"?}: splits events off. */
  void split(Context ctx) {
    JsonNode body = AuthHandler.jsonBody(ctx, json);
    ItemRef ref = incidentRef(ctx);
    StoredIncident incident = incident(ref.id());
    List<String> keys = strings(body, "events");
    Set<EventKey> events = new LinkedHashSet<>();
    for (String k : keys) {
      EventKey key;
      try {
        key = EventKey.parse(k);
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badBody("event keys DOCUMENT#INDEX in \"events\"", "\"" + k + "\"");
      }
      if (!incident.events().contains(key)) {
        throw ApiProblem.badBody("member events of " + incident.id(), "\"" + k + "\"");
      }
      events.add(key);
    }
    if (events.size() == incident.events().size()) {
      throw ApiProblem.badBody(
          "some of the incident's events, not all", events.size() + " of " + events.size());
    }
    Caller caller = JsonResponder.caller(ctx);
    applyOperation(new AnalystOperation.Split(events, caller.name(), Instant.now()));
    record(ctx, ref, new ReviewChange.Split(keys), text(body, "reason"), AuditAction.SPLIT);
  }

  /** Appends the operation, resolves again, and refreshes the index and the machine items. */
  private void applyOperation(AnalystOperation op) {
    synchronized (record) {
      Map<EventKey, SearchEntries.IncidentInfo> before = record.indexSnapshot();
      record.store().appendIncidentOperation(new OperationJson().write(op));
      new IncidentPipeline().resolve(record.store());
      record.syncIndex(before);
      trust.refreshMachineItems();
    }
  }

  private void record(
      Context ctx, ItemRef ref, ReviewChange change, String reason, AuditAction action) {
    Caller caller = JsonResponder.caller(ctx);
    ReviewVersion v;
    try {
      // An edited event must still read as an event: the index, the map and exports show it.
      v =
          trust
              .review()
              .record(
                  ref,
                  change,
                  caller.name(),
                  reason,
                  ref.kind() == ItemKind.EVENT ? this::requireEvent : after -> {});
    } catch (NoSuchElementException e) {
      throw ApiProblem.notFound("no " + ref + " to review");
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badBody("a change that applies to " + ref, e.getMessage());
    }
    String field = change instanceof ReviewChange.Edit e ? ",\"field\":\"" + e.field() + "\"" : "";
    trust.audit(
        caller,
        action,
        ref.kind().id() + ":" + ref.id(),
        "{\"action\":\"" + change.action() + "\",\"version\":" + v.version() + field + "}");
    // The index, the map and exports show events as reviewed: re-index the event's document.
    if (ref.kind() == ItemKind.EVENT) {
      synchronized (record) {
        record.reindexDocument(EventKey.parse(ref.id()).document());
      }
    }
    ObjectNode out = json.mapper().createObjectNode();
    out.put("kind", ref.kind().id());
    out.put("id", ref.id());
    out.put("version", v.version());
    out.put("action", change.action());
    out.set("current", parse(v.afterJson()));
    ctx.status(201);
    json.send(ctx, out);
  }

  private void requireEvent(String after) {
    try {
      eventJson.readOne(json.mapper().readTree(after));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("expected an event, found: " + e.getOriginalMessage());
    }
  }

  private StoredIncident incident(String id) {
    return record
        .incident(id)
        .orElseThrow(() -> ApiProblem.notFound("no incident has the id '" + id + "'"));
  }

  private static ItemRef ref(Context ctx) {
    return new ItemRef(kind(ctx.pathParam("kind"), "kind"), ctx.pathParam("id"));
  }

  private static ItemRef incidentRef(Context ctx) {
    return new ItemRef(ItemKind.INCIDENT, ctx.pathParam("id"));
  }

  private static ItemKind kind(String text, String parameter) {
    try {
      return ItemKind.fromId(text);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badParameter(parameter, "event or incident", "\"" + text + "\"");
    }
  }

  private static String text(JsonNode body, String key) {
    JsonNode n = body.get(key);
    return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText().strip();
  }

  private static List<String> strings(JsonNode body, String key) {
    JsonNode n = body.get(key);
    if (n == null || !n.isArray() || n.isEmpty()) {
      throw ApiProblem.badBody(
          "a non-empty array \"" + key + "\"", n == null ? "none" : n.toString());
    }
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }

  private JsonNode parse(String text) {
    try {
      return json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored review JSON is not valid", e);
    }
  }
}
