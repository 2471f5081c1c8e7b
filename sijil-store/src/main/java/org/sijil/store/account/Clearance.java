package org.sijil.store.account;

import java.util.Locale;

/**
 * Whether a user sees confidential values, as an exception to their role: a documentation group may
 * clear one viewer (a lawyer preparing a case) or withhold clearance from one analyst (a new
 * volunteer) without changing what the role may do otherwise.
 */
public enum Clearance {
  /** As the role says (admins and analysts are cleared, viewers are not). */
  ROLE,
  /** Cleared whatever the role. */
  GRANTED,
  /** Not cleared whatever the role. */
  WITHHELD;

  /** The lower-case id stored and typed on the command line: {@code role}, {@code granted}, … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the text when it is not role, granted or withheld
   */
  public static Clearance fromId(String id) {
    for (Clearance c : values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "expected a clearance of role, granted or withheld, found \"" + id + "\"");
  }
}
