package org.sijil.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.sijil.search.EventQuery;
import org.sijil.search.EventResults;
import org.sijil.search.Interval;

/** {@code /api/v1/events} and {@code /api/v1/stats}: event search, facets and the timeline. */
final class EventsHandler {
  private final ServerRecord record;
  private final JsonResponder json;
  private final EntryJson entries;

  EventsHandler(ServerRecord record, JsonResponder json) {
    this.record = record;
    this.json = json;
    this.entries = new EntryJson(json.mapper());
  }

  /** GET /api/v1/events: one page of the events matching the filter, with facet counts. */
  void list(Context ctx) {
    EventQuery q = new QueryParams(ctx).eventQuery().build();
    EventResults r = record.index().searchEvents(q);
    ObjectNode o = json.mapper().createObjectNode();
    o.put("total", r.total());
    o.put("offset", q.offset());
    o.put("limit", q.limit());
    o.put("tookMicros", r.tookMicros());
    ArrayNode hits = o.putArray("hits");
    r.hits().forEach(e -> hits.add(entries.event(e)));
    o.set("facets", entries.facets(r.facets()));
    json.send(ctx, o);
  }

  /**
   * GET /api/v1/stats: totals, events by type and the timeline (by {@code interval}, default month)
   * of the events matching the filter.
   */
  void stats(Context ctx) {
    QueryParams p = new QueryParams(ctx);
    Interval interval = p.choice("interval", Interval.class, Interval.MONTH);
    EventQuery q =
        p.eventQuery().offset(0).limit(0).facet(org.sijil.search.Facet.EVENT_TYPE).build();
    EventResults r = record.index().searchEvents(q);
    ObjectNode o = json.mapper().createObjectNode();
    ObjectNode totals = o.putObject("totals");
    totals.put("documents", record.store().count());
    totals.put("events", r.total());
    totals.put("incidents", record.store().incidents().size());
    o.set("byType", entries.facets(r.facets()).path("type"));
    o.put("interval", interval.name().toLowerCase(java.util.Locale.ROOT));
    o.set("timeline", entries.buckets(record.index().histogram(q, interval)));
    json.send(ctx, o);
  }
}
