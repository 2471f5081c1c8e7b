package org.sijil.search;

import java.util.List;
import java.util.Objects;

/**
 * One document found by a {@link DocumentQuery}. Immutable.
 *
 * @param document the document; its text may be trimmed
 * @param snippet a plain-text passage of the document around the best matches
 * @param highlights the matched terms' offsets in the snippet, in order
 * @param score the relevance score (0 when there is no query text)
 */
public record DocumentHit(
    DocumentEntry document, String snippet, List<Highlight> highlights, float score) {
  public DocumentHit {
    Objects.requireNonNull(document, "document");
    snippet = snippet == null ? "" : snippet;
    highlights = List.copyOf(highlights);
    for (Highlight h : highlights) {
      if (h.end() > snippet.length()) {
        throw new IllegalArgumentException(
            "expected highlights inside the snippet of length "
                + snippet.length()
                + ", found "
                + h);
      }
    }
  }
}
