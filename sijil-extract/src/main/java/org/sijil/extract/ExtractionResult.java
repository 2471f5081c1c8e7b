package org.sijil.extract;

import java.util.List;
import java.util.Objects;
import org.sijil.model.event.Event;

/**
 * What the extractor read from one document. Immutable.
 *
 * @param events events the text says happened, most salient first (highest confidence, then
 *     earliest)
 * @param setAside events read but not recorded: negated, hypothetical, future or generic mentions,
 *     and mentions with too few arguments to stand as an incident; kept so a reviewer can see what
 *     was read and why it was left out (see each event's certainty and confidence)
 */
public record ExtractionResult(List<Event> events, List<Event> setAside) {
  public ExtractionResult {
    events = List.copyOf(Objects.requireNonNull(events, "events"));
    setAside = List.copyOf(Objects.requireNonNull(setAside, "setAside"));
  }
}
