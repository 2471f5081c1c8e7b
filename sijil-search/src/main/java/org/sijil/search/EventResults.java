package org.sijil.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to an {@link EventQuery}. Immutable.
 *
 * @param total how many events match (all of them, not just this page)
 * @param hits the requested page, newest start date first (or by relevance when there is text)
 * @param facets for each requested facet, its values over all matching events, most frequent first
 * @param tookMicros how long the search took, in microseconds
 */
public record EventResults(
    long total, List<EventEntry> hits, Map<Facet, List<FacetCount>> facets, long tookMicros) {
  public EventResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
