package org.sijil.model.incident;

import java.util.Locale;

/** What kind of outlet or organisation a source is. */
public enum SourceKind {
  /** A monitor or network of local correspondents documenting incidents in an area. */
  LOCAL_MONITOR,
  /** A human-rights or humanitarian organisation, including UN agencies. */
  NGO,
  /** An international news agency whose copy other outlets republish. */
  WIRE_SERVICE,
  /** An independent or commercial news outlet. */
  NEWS_OUTLET,
  /** A state-owned or state-controlled outlet. */
  STATE_MEDIA,
  /** An outlet owned by or aligned with a party to the conflict. */
  PARTY_AFFILIATED,
  /** Not in the registry. */
  UNKNOWN;

  /** The kind as written in the registry, e.g. {@code local_monitor}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind with this id.
   *
   * @throws IllegalArgumentException naming the id when there is none
   */
  public static SourceKind fromId(String id) {
    for (SourceKind k : values()) {
      if (k.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "expected a source kind such as local_monitor or wire_service, found \"" + id + "\"");
  }
}
