package org.sijil.search;

import java.util.List;

/**
 * The answer to a {@link DocumentQuery}. Immutable.
 *
 * @param total how many documents match
 * @param hits the requested page, by relevance (newest first when there is no text)
 * @param tookMicros how long the search took, in microseconds
 */
public record DocumentResults(long total, List<DocumentHit> hits, long tookMicros) {
  public DocumentResults {
    hits = List.copyOf(hits);
  }
}
