package org.sijil.nlp.time;

/**
 * Which occurrence of a recurring day or period an expression means, relative to a reference day.
 */
enum Direction {
  /** The most recent occurrence not after the reference day, or the next one given a future cue. */
  NEAREST_PAST,
  /** Strictly before the reference period ("last Tuesday", "last summer"). */
  LAST,
  /** Strictly after the reference day ("next Tuesday"). */
  NEXT,
  /**
   * The first occurrence not over before the reference day ("results will come in the third
   * quarter").
   */
  UPCOMING,
  /** Within the reference week or year ("this Tuesday", "this summer"). */
  THIS
}
