package org.sijil.model.event;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sijil.model.Provenance;
import org.sijil.model.Span;

/**
 * One incident read from a text. Immutable; the tag set and count map are unmodifiable copies.
 *
 * @param subType the ACLED sub-event type
 * @param tags details the sub-type does not say
 * @param perpetrator who did it (ACLED actor 1), or null when the text does not say
 * @param victim whom it was done to (ACLED actor 2 or the target), or null
 * @param target what it hit or damaged (a building, a vehicle, infrastructure), or null
 * @param location where, or null
 * @param date when, or null when the text does not say
 * @param counts figures by kind
 * @param evidence the sentence or clause that states the event, in the raw text
 * @param trigger the word or phrase that signals the event, inside {@code evidence}
 * @param confidence the extractor's calibrated probability that the event is right, in [0, 1]
 * @param attribution the named source, or null
 * @param certainty how the text presents it
 * @param provenance the stage and resource version that made it
 */
public record Event(
    SubEventType subType,
    Set<Tag> tags,
    ActorRef perpetrator,
    ActorRef victim,
    TargetRef target,
    PlaceRef location,
    EventDate date,
    Map<CountKind, Count> counts,
    Span evidence,
    Span trigger,
    double confidence,
    Attribution attribution,
    Certainty certainty,
    Provenance provenance) {
  public Event {
    Objects.requireNonNull(subType, "subType");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(certainty, "certainty");
    Objects.requireNonNull(provenance, "provenance");
    tags = tags == null || tags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tags));
    counts = counts == null || counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("expected confidence in [0,1], found " + confidence);
    }
    if (!evidence.contains(trigger)) {
      throw new IllegalArgumentException(
          "expected the trigger inside the evidence " + evidence + ", found " + trigger);
    }
  }

  /** The event type of the sub-type. */
  public EventType type() {
    return subType.type();
  }

  /** This event with a (resolved) location. */
  public Event withLocation(PlaceRef place) {
    return new Event(
        subType,
        tags,
        perpetrator,
        victim,
        target,
        place,
        date,
        counts,
        evidence,
        trigger,
        confidence,
        attribution,
        certainty,
        provenance);
  }

  /** This event with a date. */
  public Event withDate(EventDate eventDate) {
    return new Event(
        subType,
        tags,
        perpetrator,
        victim,
        target,
        location,
        eventDate,
        counts,
        evidence,
        trigger,
        confidence,
        attribution,
        certainty,
        provenance);
  }

  /** This event with a physical target. */
  public Event withTarget(TargetRef thing) {
    return new Event(
        subType,
        tags,
        perpetrator,
        victim,
        thing,
        location,
        date,
        counts,
        evidence,
        trigger,
        confidence,
        attribution,
        certainty,
        provenance);
  }
}
