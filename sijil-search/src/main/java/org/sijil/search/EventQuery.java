package org.sijil.search;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A search over events. Every part is optional; an empty query matches every event. Immutable;
 * build one with {@link #builder()}.
 *
 * <p>Filters: values of one facet are OR-ed, different facets AND-ed. Dates: an event matches when
 * its days [start, end] overlap [from, to] (either bound may be open). Geography: {@code box} and
 * {@code near} both apply when both are given; events without coordinates never match either.
 *
 * @param text the user's query text (Lucene classic syntax: words, "phrases", AND/OR/NOT, -term,
 *     field:value), or null/blank for none
 * @param filters facet filters; a facet with an empty set of values is ignored
 * @param from the first day of interest, or null
 * @param to the last day of interest, or null; not before {@code from}
 * @param box a bounding box, or null
 * @param near a circle, or null
 * @param facets the facets to count over all matching events; a facet that is also filtered is
 *     counted as if its own filter were absent (drill sideways), so that its other values show how
 *     many events choosing them would add
 * @param offset how many hits to skip, {@code >= 0}
 * @param limit how many hits to return, in [0, 10000]
 */
public record EventQuery(
    String text,
    Map<Facet, Set<String>> filters,
    LocalDate from,
    LocalDate to,
    BoundingBox box,
    Near near,
    Set<Facet> facets,
    int offset,
    int limit) {

  /** The largest page a query may ask for. */
  public static final int MAX_LIMIT = 10_000;

  public EventQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    Map<Facet, Set<String>> f = new EnumMap<>(Facet.class);
    if (filters != null) {
      filters.forEach(
          (k, v) -> {
            Objects.requireNonNull(k, "filter facet");
            if (v != null && !v.isEmpty()) {
              f.put(k, Set.copyOf(v));
            }
          });
    }
    filters = Map.copyOf(f);
    facets = facets == null || facets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(facets));
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(
          "expected the date range's end on or after its start " + from + ", found " + to);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("expected an offset >= 0, found " + offset);
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "expected a limit in [0, " + MAX_LIMIT + "], found " + limit);
    }
  }

  /** This query without the filter on {@code facet} (the same query when it has none). */
  public EventQuery withoutFilter(Facet facet) {
    if (!filters.containsKey(facet)) {
      return this;
    }
    Map<Facet, Set<String>> rest = new EnumMap<>(filters);
    rest.remove(facet);
    return new EventQuery(text, rest, from, to, box, near, facets, offset, limit);
  }

  /** A builder with no text, no filters, no facets, offset 0 and limit 20. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this query's values. */
  public Builder toBuilder() {
    Builder b =
        new Builder().text(text).from(from).to(to).box(box).near(near).offset(offset).limit(limit);
    filters.forEach(b::filter);
    facets.forEach(b::facet);
    return b;
  }

  /** Builds an {@link EventQuery}. Not thread-safe. */
  public static final class Builder {
    private String text;
    private final Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
    private LocalDate from;
    private LocalDate to;
    private BoundingBox box;
    private Near near;
    private final Set<Facet> facets = EnumSet.noneOf(Facet.class);
    private int offset;
    private int limit = 20;

    private Builder() {}

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** Adds accepted values for one facet (OR-ed with values already added for it). */
    public Builder filter(Facet facet, String... values) {
      return filter(facet, Set.of(values));
    }

    /** Adds accepted values for one facet (OR-ed with values already added for it). */
    public Builder filter(Facet facet, Set<String> values) {
      filters.computeIfAbsent(facet, k -> new LinkedHashSet<>()).addAll(values);
      return this;
    }

    public Builder from(LocalDate from) {
      this.from = from;
      return this;
    }

    public Builder to(LocalDate to) {
      this.to = to;
      return this;
    }

    public Builder box(BoundingBox box) {
      this.box = box;
      return this;
    }

    public Builder near(Near near) {
      this.near = near;
      return this;
    }

    /** Asks for counts of these facets. */
    public Builder facet(Facet... facets) {
      this.facets.addAll(Set.of(facets));
      return this;
    }

    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    public EventQuery build() {
      return new EventQuery(text, filters, from, to, box, near, facets, offset, limit);
    }
  }
}
