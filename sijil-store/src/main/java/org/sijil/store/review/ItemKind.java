package org.sijil.store.review;

import java.util.Locale;

/** What kind of machine output an item of review is. */
public enum ItemKind {
  /** One extracted event, named by its key {@code DOCUMENT#INDEX}. */
  EVENT,
  /** One incident, named by its id. */
  INCIDENT;

  /** The lower-case name stored, e.g. {@code event}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind with this name, either case.
   *
   * @throws IllegalArgumentException naming the text when there is none
   */
  public static ItemKind fromId(String text) {
    for (ItemKind k : values()) {
      if (k.name().equalsIgnoreCase(text.strip())) {
        return k;
      }
    }
    throw new IllegalArgumentException("expected event or incident, found \"" + text + "\"");
  }
}
