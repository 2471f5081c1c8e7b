package org.sijil.model.event;

/** What a count of people counts. */
public enum CountKind {
  KILLED,
  INJURED,
  ABDUCTED,
  DETAINED,
  ESCAPED,
  DISPLACED,
  RELEASED,
  MISSING,
  DEFECTED,
  SURRENDERED,
  /** People taking part, e.g. the size of a protest. */
  PARTICIPANTS;

  /** The kind as written in gold sets, e.g. {@code killed}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
