package org.sijil.model.event;

/**
 * How the text presents an event. Only {@link #happened()} events belong in a record of what
 * occurred; the others are kept so a reviewer can see what was read and set aside.
 */
public enum Certainty {
  /** Stated as fact by the text. */
  ASSERTED,
  /** Stated as fact by a named source. */
  REPORTED,
  /** Hedged: "reportedly", "allegedly", "may have". */
  UNCERTAIN,
  /** Said not to have happened: "denied that it shelled". */
  NEGATED,
  /** A condition or possibility: "if", "could", "would". */
  HYPOTHETICAL,
  /** Expected, planned or forecast: "will", "may witness", "plans to". */
  FUTURE,
  /** General commentary or a description of a situation, not a dated occurrence. */
  GENERIC;

  /** True when the text says the event took place. */
  public boolean happened() {
    return this == ASSERTED || this == REPORTED || this == UNCERTAIN;
  }
}
