package org.sijil.resolve.incident;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the incident assembler needs to know about a document that reports events.
 *
 * @param document the document's SHA-256 hex
 * @param documentRef the id it was ingested with (JSONL {@code id}), else its SHA-256
 * @param sourceName the outlet the document names as its publisher, or null
 * @param url where it was published, or null
 * @param published its publication date, or null
 * @param lead the opening of its text (title and first paragraph), read for relay cues such as
 *     "according to SOHR"
 * @param copyOf the document it is a near-duplicate of, or null
 */
public record ReportingDocument(
    String document,
    String documentRef,
    String sourceName,
    String url,
    LocalDate published,
    String lead,
    String copyOf) {
  public ReportingDocument {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(documentRef, "documentRef");
    Objects.requireNonNull(lead, "lead");
  }
}
