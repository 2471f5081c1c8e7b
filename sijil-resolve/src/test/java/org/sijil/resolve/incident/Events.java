package org.sijil.resolve.incident;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.sijil.model.Provenance;
import org.sijil.model.Span;
import org.sijil.model.event.ActorCategory;
import org.sijil.model.event.ActorRef;
import org.sijil.model.event.Certainty;
import org.sijil.model.event.Count;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;
import org.sijil.model.event.EventDate;
import org.sijil.model.event.PlaceRef;
import org.sijil.model.event.SubEventType;
import org.sijil.model.event.Tag;
import org.sijil.model.incident.EventKey;
import org.sijil.model.time.DatePrecision;

/** Builds events for tests, one field at a time. */
final class Events {
  private SubEventType subType = SubEventType.AIR_DRONE_STRIKE;
  private String document = "doc-a";
  private int index;
  private LocalDate day = LocalDate.of(2024, 3, 5);
  private boolean dayFromText = true;
  private LocalDate published = LocalDate.of(2024, 3, 6);
  private PlaceRef place = PlaceRef.named("Tal Tamr", new Span(0, 8));
  private String perpetrator;
  private ActorCategory victim = ActorCategory.CIVILIANS;
  private final Map<CountKind, Count> counts = new EnumMap<>(CountKind.class);
  private final Set<Tag> tags = EnumSet.noneOf(Tag.class);
  private Certainty certainty = Certainty.ASSERTED;
  private String attribution;
  private String evidence = "An air strike hit a house in Tal Tamr, killing civilians.";

  static Events event() {
    return new Events();
  }

  Events type(SubEventType t) {
    subType = t;
    return this;
  }

  Events in(String doc) {
    document = doc;
    return this;
  }

  Events index(int i) {
    index = i;
    return this;
  }

  Events on(LocalDate d) {
    day = d;
    return this;
  }

  Events undated() {
    day = null;
    return this;
  }

  Events dayFromPublication() {
    dayFromText = false;
    return this;
  }

  Events published(LocalDate d) {
    published = d;
    return this;
  }

  Events at(String name) {
    place = name == null ? null : PlaceRef.named(name, new Span(0, 1));
    return this;
  }

  Events at(String name, double lat, double lon) {
    place = PlaceRef.named(name, new Span(0, 1)).withCoordinates(lat, lon, "SY", null, 1);
    return this;
  }

  Events by(String actorId) {
    perpetrator = actorId;
    return this;
  }

  Events killed(int n) {
    return count(CountKind.KILLED, n, n, false, false);
  }

  Events count(CountKind kind, int min, int max, boolean recurring, boolean approximate) {
    counts.put(kind, new Count(min, max, recurring, approximate, new Span(0, 1)));
    return this;
  }

  Events recurring() {
    tags.add(Tag.RECURRING);
    return this;
  }

  Events attributedTo(String source) {
    attribution = source;
    return this;
  }

  Events hedged() {
    certainty = Certainty.UNCERTAIN;
    return this;
  }

  Events saying(String text) {
    evidence = text;
    return this;
  }

  ReportedEvent build() {
    EventDate date =
        day == null
            ? null
            : new EventDate(day, day, DatePrecision.DAY, dayFromText ? new Span(0, 1) : null);
    ActorRef p =
        perpetrator == null
            ? null
            : new ActorRef(perpetrator, null, perpetrator, ActorCategory.STATE_FORCES);
    ActorRef v = victim == null ? null : new ActorRef("civilians", null, null, victim);
    Event e =
        new Event(
            subType,
            tags,
            p,
            v,
            null,
            place,
            date,
            counts,
            new Span(0, evidence.length()),
            new Span(0, 1),
            0.9,
            attribution == null
                ? null
                : new org.sijil.model.event.Attribution(
                    attribution, new Span(0, 1), org.sijil.model.event.Attribution.Kind.REPORT),
            certainty,
            new Provenance("test", "1"));
    return new ReportedEvent(new EventKey(document, index), e, evidence, published);
  }
}
