package org.sijil.store.review;

import java.util.Objects;

/**
 * Names one item of review. Immutable.
 *
 * @param kind event or incident
 * @param id the event key ({@code DOCUMENT#INDEX}) or the incident id; not blank
 */
public record ItemRef(ItemKind kind, String id) {
  public ItemRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("expected an item id, found a blank string");
    }
  }

  @Override
  public String toString() {
    return kind.id() + " " + id;
  }
}
