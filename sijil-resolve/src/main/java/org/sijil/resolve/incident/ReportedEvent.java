package org.sijil.resolve.incident;

import java.time.LocalDate;
import java.util.Objects;
import org.sijil.model.event.Event;
import org.sijil.model.incident.EventKey;

/**
 * An event as the resolver takes it: the extracted event, where it came from and its evidence text.
 *
 * @param key the document and position it was read from
 * @param event the event
 * @param evidence the raw text of the event's evidence span
 * @param published the publication date of its document, or null when unknown; used as the event's
 *     date (the three days up to it) when the event has none
 */
public record ReportedEvent(EventKey key, Event event, String evidence, LocalDate published) {
  public ReportedEvent {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(evidence, "evidence");
  }
}
