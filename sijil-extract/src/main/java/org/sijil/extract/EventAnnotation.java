package org.sijil.extract;

import java.util.Objects;
import org.sijil.model.Span;
import org.sijil.model.event.Event;
import org.sijil.nlp.Annotation;

/**
 * An event as an annotation layer element: its evidence span and text.
 *
 * @param event the event
 * @param text the raw text of the event's evidence
 */
public record EventAnnotation(Event event, String text) implements Annotation {
  public EventAnnotation {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(text, "text");
    if (text.length() != event.evidence().length()) {
      throw new IllegalArgumentException(
          "expected evidence text of length "
              + event.evidence().length()
              + ", found "
              + text.length());
    }
  }

  @Override
  public Span span() {
    return event.evidence();
  }
}
