package org.sijil.search;

import java.util.Arrays;
import java.util.Locale;

/**
 * The fields an event search can filter on and count. Each has a stable lower-case {@link #key()}
 * used in URLs and on the command line.
 *
 * <p>Facet values are strings: {@link #EVENT_TYPE} holds {@code EventType.name()} (e.g. {@code
 * BATTLES}), {@link #SUB_EVENT_TYPE} holds {@code SubEventType.name()} (e.g. {@code
 * AIR_DRONE_STRIKE}), {@link #TAG} holds {@code Tag.id()} (e.g. {@code prison_break}), {@link
 * #GRADE} holds the grade id (e.g. {@code single_source}), {@link #YEAR} the start date's year
 * (e.g. {@code 2019}); the others hold the entry's text as given (actor names, country, province,
 * source outlet).
 */
public enum Facet {
  EVENT_TYPE("type"),
  SUB_EVENT_TYPE("subtype"),
  TAG("tag"),
  ACTOR("actor"),
  COUNTRY("country"),
  ADMIN1("admin1"),
  SOURCE("source"),
  GRADE("grade"),
  YEAR("year");

  private final String key;

  Facet(String key) {
    this.key = key;
  }

  /** The stable lower-case key, e.g. {@code "subtype"}. */
  public String key() {
    return key;
  }

  /**
   * The facet with this key (case-insensitive).
   *
   * @throws IllegalArgumentException "expected one of [type, subtype, ...], found X"
   */
  public static Facet fromKey(String key) {
    String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    for (Facet f : values()) {
      if (f.key.equals(k)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "expected one of "
            + Arrays.stream(values()).map(Facet::key).toList()
            + ", found \""
            + key
            + "\"");
  }
}
