package org.sijil.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One document as the search index holds it. Immutable.
 *
 * @param id the document's SHA-256 in lower-case hex; the index upserts by it
 * @param title the title, or null
 * @param text the extracted text (in search results it may be trimmed)
 * @param source the outlet, or null
 * @param url the URL it came from, or null
 * @param published the publication date, or null
 * @param language the language code, or null
 */
public record DocumentEntry(
    String id,
    String title,
    String text,
    String source,
    String url,
    LocalDate published,
    String language) {

  public DocumentEntry {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("expected a document id, found a blank string");
    }
    text = text == null ? "" : text;
  }
}
