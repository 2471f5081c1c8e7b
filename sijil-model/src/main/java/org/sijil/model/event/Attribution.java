package org.sijil.model.event;

import java.util.Objects;
import org.sijil.model.Span;

/**
 * Who says the event happened, when the text names a source.
 *
 * @param source the source as written, e.g. {@code "SOHR"} or {@code "local sources"}
 * @param span the source's mention in the raw text
 * @param kind a third party's report, or a claim by a party to the event
 */
public record Attribution(String source, Span span, Kind kind) {
  public Attribution {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
  }

  /** How the source stands to the event. */
  public enum Kind {
    /** A monitor, outlet or witness reports it. */
    REPORT,
    /** A party to the event claims it (often the perpetrator). */
    CLAIM
  }
}
