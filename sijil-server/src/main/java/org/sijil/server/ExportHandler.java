package org.sijil.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.model.event.Event;
import org.sijil.model.incident.EventKey;
import org.sijil.search.EventEntry;
import org.sijil.search.EventQuery;
import org.sijil.search.EventResults;
import org.sijil.server.auth.Redactor;
import org.sijil.server.core.EventJson;
import org.sijil.store.StoredDocument;
import org.sijil.store.audit.AuditAction;

/**
 * {@code /api/v1/export/events.csv|.geojson|.jsonl}: every event matching the filter (the event
 * list's parameters; offset and limit are ignored), streamed page by page from the index.
 */
final class ExportHandler {
  private static final int PAGE = 1000;

  private final ServerRecord record;
  private final TrustServices trust;
  private final ObjectMapper mapper = new ObjectMapper();
  private final EntryJson entries = new EntryJson(mapper);
  private final EventJson eventJson = new EventJson();
  private final CountryTable countries = CountryTable.bundled();

  ExportHandler(ServerRecord record, TrustServices trust) {
    this.record = record;
    this.trust = trust;
  }

  void csv(Context ctx) {
    stream(ctx, "text/csv; charset=utf-8", "events.csv", new CsvFormat(countries));
  }

  void geojson(Context ctx) {
    stream(ctx, "application/geo+json", "events.geojson", new GeoJsonFormat());
  }

  void jsonl(Context ctx) {
    stream(ctx, "application/x-ndjson", "events.jsonl", new JsonlFormat());
  }

  private interface Format {
    void begin(Writer w) throws IOException;

    void write(Writer w, EventEntry e, Stored s, Redactor r) throws IOException;

    void end(Writer w) throws IOException;
  }

  /** A stored document and its events, read once per document per export. */
  private record Stored(StoredDocument doc, List<Event> events) {
    Event event(int i) {
      return i < events.size() ? events.get(i) : null;
    }
  }

  private void stream(Context ctx, String type, String filename, Format f) {
    EventQuery base = new QueryParams(ctx).eventQuery().build();
    // Parameters are checked before the first byte, so a bad one is still a problem response.
    EventQuery.Builder page = base.toBuilder().limit(PAGE).offset(0);
    EventResults first = record.index().searchEvents(page.build());
    ctx.contentType(type);
    ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    Map<String, Stored> cache =
        new LinkedHashMap<>(64, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Stored> eldest) {
            return size() > 256;
          }
        };
    Caller caller = JsonResponder.caller(ctx);
    Redactor redactor = caller.redactor();
    trust.audit(
        caller,
        AuditAction.EXPORT,
        filename,
        "{\"total\":" + first.total() + ",\"redacted\":" + !caller.canReadAll() + "}");
    try {
      Writer out =
          new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
      // Why: each record is redacted whole, so a name split over a CSV cell's lines still goes.
      Writer w = caller.canReadAll() ? out : new RedactingWriter(out, redactor);
      f.begin(w);
      EventResults r = first;
      int offset = 0;
      while (true) {
        for (EventEntry e : r.hits()) {
          Stored s = cache.computeIfAbsent(e.key().document(), this::load);
          f.write(w, e, s, redactor);
        }
        offset += r.hits().size();
        if (r.hits().isEmpty() || offset >= r.total()) {
          break;
        }
        r = record.index().searchEvents(page.offset(offset).build());
      }
      f.end(w);
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stream " + filename, e);
    }
  }

  private Stored load(String sha) {
    StoredDocument doc = record.store().find(sha).orElse(null);
    if (doc == null) {
      return new Stored(null, List.of());
    }
    // As reviewed, like the index entries they are exported with; null for a rejected event.
    List<Event> machine = record.events(doc);
    List<Event> current = new java.util.ArrayList<>(machine.size());
    for (int i = 0; i < machine.size(); i++) {
      current.add(record.current(new EventKey(sha, i), machine.get(i)).orElse(null));
    }
    return new Stored(doc, current);
  }

  private static final class CsvFormat implements Format {
    private final CountryTable countries;
    private AcledCsv csv;

    CsvFormat(CountryTable countries) {
      this.countries = countries;
    }

    @Override
    public void begin(Writer w) throws IOException {
      csv = new AcledCsv(w, countries);
      csv.header();
    }

    @Override
    public void write(Writer w, EventEntry e, Stored s, Redactor r) throws IOException {
      long ts = s.doc() == null ? 0 : s.doc().storedAt().getEpochSecond();
      csv.row(e, s.event(e.key().index()), ts);
    }

    @Override
    public void end(Writer w) {}
  }

  private final class GeoJsonFormat implements Format {
    private boolean first = true;

    @Override
    public void begin(Writer w) throws IOException {
      w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
    }

    @Override
    public void write(Writer w, EventEntry e, Stored s, Redactor r) throws IOException {
      ObjectNode feature = mapper.createObjectNode();
      feature.put("type", "Feature");
      feature.put("id", e.key().toString());
      if (e.lat() != null) {
        ObjectNode g = feature.putObject("geometry");
        g.put("type", "Point");
        // GeoJSON order is longitude, latitude (RFC 7946).
        g.putArray("coordinates").add(e.lon()).add(e.lat());
      } else {
        feature.putNull("geometry");
      }
      feature.set("properties", entries.event(e));
      if (!first) {
        w.write(",\n");
      }
      first = false;
      w.write(mapper.writeValueAsString(r.redact(feature)));
    }

    @Override
    public void end(Writer w) throws IOException {
      w.write("\n]}\n");
    }
  }

  private final class JsonlFormat implements Format {
    @Override
    public void begin(Writer w) {}

    @Override
    public void write(Writer w, EventEntry e, Stored s, Redactor r) throws IOException {
      ObjectNode o = entries.event(e);
      Event event = s.event(e.key().index());
      if (event != null) {
        o.set("event", eventJson.toJson(event, s.doc().text()));
      }
      w.write(mapper.writeValueAsString(r.redact(o)));
      w.write('\n');
    }

    @Override
    public void end(Writer w) {}
  }
}
