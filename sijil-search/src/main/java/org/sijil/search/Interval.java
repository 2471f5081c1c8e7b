package org.sijil.search;

/** The width of a timeline bucket. Weeks start on Monday (ISO). */
public enum Interval {
  DAY,
  WEEK,
  MONTH,
  YEAR
}
