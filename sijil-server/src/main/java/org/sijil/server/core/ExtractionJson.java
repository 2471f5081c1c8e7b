package org.sijil.server.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sijil.model.Span;
import org.sijil.model.doc.Language;
import org.sijil.model.event.ActorRef;
import org.sijil.model.event.Count;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;
import org.sijil.model.event.PlaceRef;
import org.sijil.model.event.TargetRef;
import org.sijil.model.time.TimeExpression;
import org.sijil.resolve.ReportExtraction;
import org.sijil.resolve.geo.Toponym;

/**
 * Writes a {@link ReportExtraction} in the output contract of {@code sijil extract} (documented in
 * docs/extraction-output.md). The keys named there are stable; offsets are half-open UTF-16 code
 * units of the input text. Thread-safe.
 */
public final class ExtractionJson {
  private final ObjectMapper mapper = new ObjectMapper();

  public ObjectNode toJson(String id, ReportExtraction x) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", id);
    ObjectNode date = o.putObject("documentDate");
    date.put("value", x.documentDate().date() == null ? null : x.documentDate().date().toString());
    date.put("basis", lower(x.documentDate().basis().name()));
    date.put("confidence", x.documentDate().confidence());
    date.put("explanation", x.documentDate().explanation());
    ArrayNode events = o.putArray("events");
    for (Event e : x.events()) {
      events.add(event(e));
    }
    ArrayNode aside = o.putArray("setAside");
    for (Event e : x.setAside()) {
      aside.add(event(e));
    }
    places(o.putArray("places"), x.places());
    ArrayNode times = o.putArray("times");
    for (TimeExpression t : x.times()) {
      ObjectNode n = times.addObject();
      n.put("start", t.span().start());
      n.put("end", t.span().end());
      n.put("text", t.text());
      n.put("type", t.type().name());
      n.put("value", t.value());
      if (t.start() != null) {
        n.put("from", t.start().toString());
        n.put("to", t.end().toString());
      }
      n.put("precision", lower(t.precision().name()));
    }
    return o;
  }

  private static void places(ArrayNode places, List<Toponym> toponyms) {
    for (Toponym t : toponyms) {
      ObjectNode p = places.addObject();
      p.put("start", t.span().start());
      p.put("end", t.span().end());
      p.put("text", t.text());
      p.put("kind", t.kind().name().toLowerCase(Locale.ROOT));
      if (t.place() != null) {
        p.put("name", t.place().name());
        p.put("lat", t.place().lat());
        p.put("lon", t.place().lon());
        p.put("country", emptyToNull(t.place().countryCode()));
        p.put("admin1", emptyToNull(t.place().admin1()));
        if (!t.place().admin2().isEmpty()) {
          p.put("admin2", t.place().admin2());
        }
        p.put("precision", t.precision());
        p.put("score", t.score());
      }
    }
  }

  /**
   * The line of a document outside the {@link ExtractionScope}: its language, the notice and empty
   * lists, so that no reader takes it for a report in which nothing happened.
   */
  public String notExtracted(String id, Language language) {
    return placesOnly(id, language, List.of());
  }

  /**
   * The line of a document whose language has place rules only ({@link
   * ExtractionScope#readsPlaces}): its language, the notice, its places and empty lists of events
   * and times.
   */
  public String placesOnly(String id, Language language, List<Toponym> toponyms) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", id);
    o.put("language", language.code());
    o.put("notice", ExtractionScope.notice(language));
    o.putArray("events");
    o.putArray("setAside");
    places(o.putArray("places"), toponyms);
    o.putArray("times");
    return write(id, o);
  }

  public String line(String id, ReportExtraction x) {
    return write(id, toJson(id, x));
  }

  private String write(String id, ObjectNode o) {
    try {
      return mapper.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the extraction of " + id + " as JSON", e);
    }
  }

  private ObjectNode event(Event e) {
    ObjectNode o = mapper.createObjectNode();
    o.put("eventType", e.type().label());
    o.put("subEventType", e.subType().label());
    ArrayNode tags = o.putArray("tags");
    e.tags().stream().map(t -> t.id()).sorted().forEach(tags::add);
    actor(o, "perpetrator", e.perpetrator());
    actor(o, "victim", e.victim());
    TargetRef t = e.target();
    if (t == null) {
      o.putNull("target");
    } else {
      ObjectNode n = o.putObject("target");
      n.put("name", t.name());
      n.put("kind", t.kind().id());
      if (t.span() != null) {
        n.put("start", t.span().start());
        n.put("end", t.span().end());
      }
    }
    PlaceRef l = e.location();
    if (l == null) {
      o.putNull("location");
    } else {
      ObjectNode p = o.putObject("location");
      p.put("name", l.name());
      p.put("lat", l.lat());
      p.put("lon", l.lon());
      p.put("country", l.country());
      p.put("admin1", l.admin1());
      if (l.admin2() != null) {
        p.put("admin2", l.admin2());
      }
      p.put("precision", l.precision());
      span(p, l.span());
    }
    if (e.date() == null) {
      o.putNull("date");
    } else {
      ObjectNode d = o.putObject("date");
      d.put("start", e.date().start() == null ? null : e.date().start().toString());
      d.put("end", e.date().end() == null ? null : e.date().end().toString());
      d.put("precision", lower(e.date().precision().name()));
      span(d, e.date().span());
    }
    ObjectNode counts = o.putObject("counts");
    e.counts().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(CountKind::id)))
        .forEach(
            entry -> {
              Count c = entry.getValue();
              ObjectNode n = counts.putObject(entry.getKey().id());
              n.put("min", c.min());
              n.put("max", c.max());
              n.put("recurring", c.recurring());
              n.put("approximate", c.approximate());
              span(n, c.span());
            });
    ObjectNode evidence = o.putObject("evidence");
    evidence.put("start", e.evidence().start());
    evidence.put("end", e.evidence().end());
    ObjectNode trigger = o.putObject("trigger");
    trigger.put("start", e.trigger().start());
    trigger.put("end", e.trigger().end());
    o.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    if (e.attribution() == null) {
      o.putNull("attribution");
    } else {
      ObjectNode a = o.putObject("attribution");
      a.put("source", e.attribution().source());
      a.put("kind", lower(e.attribution().kind().name()));
      span(a, e.attribution().span());
    }
    o.put("certainty", lower(e.certainty().name()));
    o.put("happened", e.certainty().happened());
    ObjectNode prov = o.putObject("provenance");
    prov.put("stage", e.provenance().stage());
    prov.put("resourceVersion", e.provenance().resourceVersion());
    return o;
  }

  private static void actor(ObjectNode o, String key, ActorRef a) {
    if (a == null) {
      o.putNull(key);
      return;
    }
    ObjectNode n = o.putObject(key);
    n.put("name", a.name());
    n.put("actor", a.actorId());
    n.put("category", a.category() == null ? null : a.category().label());
    span(n, a.span());
  }

  /** A field's evidence span, nested so that it never collides with the field's own keys. */
  private static void span(ObjectNode o, Span s) {
    if (s != null) {
      ObjectNode n = o.putObject("span");
      n.put("start", s.start());
      n.put("end", s.end());
    }
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
