package org.sijil.model.event;

import java.util.Objects;
import org.sijil.model.Span;

/**
 * An actor taking part in an event.
 *
 * @param name the actor's canonical name when known (e.g. {@code "Islamic State"}), else the
 *     mention's text (e.g. {@code "two shepherds"})
 * @param span the mention this was read from in the raw text ("the group" for a back-reference), or
 *     null when the actor was inferred without a mention in the event's sentence
 * @param actorId the id in the actor table (e.g. {@code isis}), or null for an actor not in it
 * @param category the ACLED actor category
 */
public record ActorRef(String name, Span span, String actorId, ActorCategory category) {
  public ActorRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    if (name.isBlank()) {
      throw new IllegalArgumentException("expected an actor name, found a blank string");
    }
  }
}
