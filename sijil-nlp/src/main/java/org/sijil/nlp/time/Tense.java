package org.sijil.nlp.time;

/** What the words before an expression say about when it happens, relative to the report. */
enum Tense {
  /** A past-tense or reporting verb is nearest ("said Friday", "ended Jan. 31"). */
  PAST,
  /** A future cue is nearest ("will meet on Thursday", "next", "tomorrow"). */
  FUTURE,
  /** Neither: the default reading applies. */
  UNMARKED
}
