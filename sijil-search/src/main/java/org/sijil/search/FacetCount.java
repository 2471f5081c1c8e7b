package org.sijil.search;

import java.util.Objects;

/** One facet value and the number of matching events that have it. Immutable. */
public record FacetCount(String value, long count) {
  public FacetCount {
    Objects.requireNonNull(value, "value");
    if (count < 0) {
      throw new IllegalArgumentException("expected a count >= 0, found " + count);
    }
  }
}
