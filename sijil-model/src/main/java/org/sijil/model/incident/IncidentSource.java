package org.sijil.model.incident;

import java.util.Objects;

/**
 * One document reporting an incident, and how much its word counts.
 *
 * @param document the document's SHA-256 in lower-case hex
 * @param documentRef the id the document was ingested with (its JSONL {@code id}), else its SHA-256
 * @param outlet who published it, as the registry names it (or as the document says when unknown)
 * @param credited whose report it is: the outlet, or the original source it relays ("PressTV
 *     reported", "cited by AFP"); independence is counted over credited sources
 * @param reliability the credited source's grade in the registry (F when not in it)
 * @param credibility the report's Admiralty credibility, 1 (confirmed by other sources) to 6
 *     (cannot be judged)
 * @param copyOf the document this one is a near-duplicate of (syndicated or republished), or null;
 *     a copy never counts as an independent source
 */
public record IncidentSource(
    String document,
    String documentRef,
    String outlet,
    String credited,
    Reliability reliability,
    int credibility,
    String copyOf) {
  public IncidentSource {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(documentRef, "documentRef");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(credited, "credited");
    Objects.requireNonNull(reliability, "reliability");
    if (credibility < 1 || credibility > 6) {
      throw new IllegalArgumentException("expected credibility 1..6, found " + credibility);
    }
  }

  /** True when this report relays another source rather than reporting itself. */
  public boolean relays() {
    return !credited.equals(outlet);
  }
}
