package org.sijil.store.account;

import java.util.Locale;

/** What a user may do; the permissions of each role are in the server's access policy. */
public enum Role {
  /** Manages users and confidentiality, and does everything an analyst does. */
  ADMIN,
  /** Reviews and edits the record; sees confidential values. */
  ANALYST,
  /** Reads the record with confidential values redacted. */
  VIEWER;

  /** The lower-case name stored and shown, e.g. {@code analyst}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The role with this name, either case.
   *
   * @throws IllegalArgumentException naming the text when there is none
   */
  public static Role fromId(String text) {
    for (Role r : values()) {
      if (r.name().equalsIgnoreCase(text.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "expected a role admin, analyst or viewer, found \"" + text + "\"");
  }
}
