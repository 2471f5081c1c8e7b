package org.sijil.model.incident;

import java.util.Locale;

/**
 * How well an incident is supported, after Airwars' grading of civilian-harm claims. The rule is in
 * {@code docs/grading.md}.
 */
public enum IncidentGrade {
  /** Several independent sources agree, at least one of proven reliability, or three or more. */
  CONFIRMED,
  /** Two or more independent sources agree and state it as fact. */
  FAIR,
  /** Two or more independent sources, but all unreliable or all hedged. */
  WEAK,
  /** Sources disagree about who did it. */
  CONTESTED,
  /** Only one independent source (copies and relays of it do not count). */
  SINGLE_SOURCE;

  /** The grade as written in exports, e.g. {@code single_source}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
