package org.sijil.server.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sijil.model.Provenance;
import org.sijil.model.Span;
import org.sijil.model.event.ActorCategory;
import org.sijil.model.event.ActorRef;
import org.sijil.model.event.Attribution;
import org.sijil.model.event.Certainty;
import org.sijil.model.event.Count;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;
import org.sijil.model.event.EventDate;
import org.sijil.model.event.PlaceRef;
import org.sijil.model.event.SubEventType;
import org.sijil.model.event.Tag;
import org.sijil.model.event.TargetKind;
import org.sijil.model.event.TargetRef;
import org.sijil.model.time.DatePrecision;

/**
 * Events as JSON and back, for the {@code events@1} extraction result ({@code {"events": [...]}})
 * and for exports. Every field of {@link Event} round-trips. Thread-safe.
 */
public final class EventJson {
  private final ObjectMapper mapper = new ObjectMapper();

  /** The extraction result of one document: {@code {"events": [...]}}. */
  public String write(List<Event> events) {
    ObjectNode o = mapper.createObjectNode();
    ArrayNode a = o.putArray("events");
    for (Event e : events) {
      a.add(toJson(e, null));
    }
    try {
      return mapper.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write events as JSON", e);
    }
  }

  /**
   * The events of an extraction result written by {@link #write}.
   *
   * @throws IllegalArgumentException naming the problem when the JSON is not such a result
   */
  public List<Event> read(String json) {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "expected an events JSON object, found: " + e.getMessage());
    }
    JsonNode a = root.get("events");
    if (a == null || !a.isArray()) {
      throw new IllegalArgumentException("expected an \"events\" array, found " + a);
    }
    List<Event> out = new ArrayList<>(a.size());
    for (JsonNode n : a) {
      out.add(fromJson(n));
    }
    return out;
  }

  /**
   * One event from the JSON object {@link #toJson} writes (extra keys are ignored).
   *
   * @throws IllegalArgumentException naming the problem when it is not such an object
   */
  public Event readOne(JsonNode n) {
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("expected an event JSON object, found " + n);
    }
    try {
      return fromJson(n);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "expected an event JSON object, found " + e.getMessage(), e);
    }
  }

  /** One event as JSON; with {@code text}, the evidence and trigger text are added. */
  public ObjectNode toJson(Event e, String text) {
    ObjectNode o = mapper.createObjectNode();
    o.put("subType", e.subType().label());
    o.put("type", e.type().label());
    ArrayNode tags = o.putArray("tags");
    e.tags().stream().sorted().forEach(t -> tags.add(t.id()));
    if (e.perpetrator() != null) {
      o.set("perpetrator", actor(e.perpetrator()));
    }
    if (e.victim() != null) {
      o.set("victim", actor(e.victim()));
    }
    if (e.target() != null) {
      o.set("target", target(e.target()));
    }
    if (e.location() != null) {
      PlaceRef p = e.location();
      ObjectNode po = o.putObject("location");
      po.put("name", p.name());
      span(po, "span", p.span());
      if (p.isResolved()) {
        po.put("lat", p.lat());
        po.put("lon", p.lon());
      }
      putIfPresent(po, "country", p.country());
      putIfPresent(po, "admin1", p.admin1());
      putIfPresent(po, "admin2", p.admin2());
      if (p.precision() != null) {
        po.put("precision", p.precision());
      }
    }
    if (e.date() != null) {
      ObjectNode d = o.putObject("date");
      d.put("start", e.date().start().toString());
      d.put("end", e.date().end().toString());
      d.put("precision", e.date().precision().name().toLowerCase(Locale.ROOT));
      span(d, "span", e.date().span());
    }
    ObjectNode counts = o.putObject("counts");
    new java.util.TreeMap<>(e.counts())
        .forEach(
            (k, c) -> {
              ObjectNode co = counts.putObject(k.id());
              co.put("min", c.min());
              co.put("max", c.max());
              co.put("recurring", c.recurring());
              co.put("approximate", c.approximate());
              span(co, "span", c.span());
            });
    span(o, "evidence", e.evidence());
    span(o, "trigger", e.trigger());
    if (text != null && e.evidence().end() <= text.length()) {
      o.put("evidenceText", text.substring(e.evidence().start(), e.evidence().end()));
    }
    o.put("confidence", e.confidence());
    if (e.attribution() != null) {
      ObjectNode at = o.putObject("attribution");
      at.put("source", e.attribution().source());
      span(at, "span", e.attribution().span());
      at.put("kind", e.attribution().kind().name().toLowerCase(Locale.ROOT));
    }
    o.put("certainty", e.certainty().name().toLowerCase(Locale.ROOT));
    o.put("stage", e.provenance().stage());
    o.put("resourceVersion", e.provenance().resourceVersion());
    return o;
  }

  private Event fromJson(JsonNode n) {
    Set<Tag> tags = EnumSet.noneOf(Tag.class);
    n.path("tags").forEach(t -> tags.add(Tag.fromId(t.asText())));
    PlaceRef place = null;
    JsonNode p = n.get("location");
    if (p != null) {
      place =
          new PlaceRef(
              p.get("name").asText(),
              span(p.get("span")),
              p.has("lat") ? p.get("lat").asDouble() : null,
              p.has("lon") ? p.get("lon").asDouble() : null,
              text(p, "country"),
              text(p, "admin1"),
              p.has("precision") ? p.get("precision").asInt() : null,
              text(p, "admin2"));
    }
    EventDate date = null;
    JsonNode d = n.get("date");
    if (d != null) {
      date =
          new EventDate(
              LocalDate.parse(d.get("start").asText()),
              LocalDate.parse(d.get("end").asText()),
              DatePrecision.valueOf(d.get("precision").asText().toUpperCase(Locale.ROOT)),
              span(d.get("span")));
    }
    Map<CountKind, Count> counts = new EnumMap<>(CountKind.class);
    n.path("counts")
        .fields()
        .forEachRemaining(
            f ->
                counts.put(
                    CountKind.valueOf(f.getKey().toUpperCase(Locale.ROOT)),
                    new Count(
                        f.getValue().get("min").asInt(),
                        f.getValue().get("max").asInt(),
                        f.getValue().path("recurring").asBoolean(),
                        f.getValue().path("approximate").asBoolean(),
                        span(f.getValue().get("span")))));
    Attribution attribution = null;
    JsonNode at = n.get("attribution");
    if (at != null) {
      attribution =
          new Attribution(
              at.get("source").asText(),
              span(at.get("span")),
              Attribution.Kind.valueOf(at.get("kind").asText().toUpperCase(Locale.ROOT)));
    }
    Span evidence = span(n.get("evidence"));
    Span trigger = span(n.get("trigger"));
    if (!evidence.contains(trigger)) {
      // An analyst re-pointed the evidence to another passage: the machine's trigger word is no
      // longer in it, so the whole new passage is what signals the event.
      trigger = evidence;
    }
    return new Event(
        SubEventType.fromLabel(n.get("subType").asText()),
        tags,
        actor(n.get("perpetrator")),
        actor(n.get("victim")),
        target(n.get("target")),
        place,
        date,
        counts,
        evidence,
        trigger,
        n.get("confidence").asDouble(),
        attribution,
        Certainty.valueOf(n.get("certainty").asText().toUpperCase(Locale.ROOT)),
        new Provenance(n.get("stage").asText(), n.get("resourceVersion").asText()));
  }

  private ObjectNode actor(ActorRef a) {
    ObjectNode o = mapper.createObjectNode();
    o.put("name", a.name());
    span(o, "span", a.span());
    putIfPresent(o, "actorId", a.actorId());
    o.put("category", a.category().name());
    return o;
  }

  private static ActorRef actor(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.hasNonNull("name") || !n.hasNonNull("category")) {
      throw new IllegalArgumentException(
          "expected an actor with a name and a category (one of "
              + java.util.Arrays.stream(ActorCategory.values()).map(ActorCategory::label).toList()
              + "), found "
              + n);
    }
    return new ActorRef(
        n.get("name").asText(),
        span(n.get("span")),
        text(n, "actorId"),
        ActorCategory.fromLabel(n.get("category").asText()));
  }

  private ObjectNode target(TargetRef t) {
    ObjectNode o = mapper.createObjectNode();
    o.put("name", t.name());
    o.put("kind", t.kind().id());
    if (t.span() != null) {
      o.put("start", t.span().start());
      o.put("end", t.span().end());
    }
    return o;
  }

  private static TargetRef target(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.hasNonNull("name") || !n.hasNonNull("kind")) {
      throw new IllegalArgumentException(
          "expected a target with a name and a kind (one of "
              + java.util.Arrays.stream(TargetKind.values()).map(TargetKind::id).toList()
              + "), found "
              + n);
    }
    Span span =
        n.hasNonNull("start") && n.hasNonNull("end")
            ? new Span(n.get("start").asInt(), n.get("end").asInt())
            : null;
    return new TargetRef(n.get("name").asText(), TargetKind.fromId(n.get("kind").asText()), span);
  }

  private static void span(ObjectNode o, String key, Span s) {
    if (s != null) {
      o.putArray(key).add(s.start()).add(s.end());
    }
  }

  private static Span span(JsonNode n) {
    return n == null || n.isNull() ? null : new Span(n.get(0).asInt(), n.get(1).asInt());
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static void putIfPresent(ObjectNode o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }
}
