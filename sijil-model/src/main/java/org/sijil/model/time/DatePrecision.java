package org.sijil.model.time;

/** How precisely a date is known, finest first. */
public enum DatePrecision {
  DAY,
  WEEK,
  MONTH,
  SEASON,
  YEAR,
  DECADE,
  UNKNOWN
}
