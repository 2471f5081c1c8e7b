package org.sijil.model.incident;

/**
 * How reliable a source has proven, on the Admiralty (NATO) scale: A completely reliable to E
 * unreliable, F when it cannot be judged (an outlet nobody has graded yet).
 */
public enum Reliability {
  A("completely reliable"),
  B("usually reliable"),
  C("fairly reliable"),
  D("not usually reliable"),
  E("unreliable"),
  F("reliability cannot be judged");

  private final String meaning;

  Reliability(String meaning) {
    this.meaning = meaning;
  }

  /** What the letter means, e.g. {@code "usually reliable"}. */
  public String meaning() {
    return meaning;
  }

  /** True for A, B and C: a source whose word counts towards a "fair" or better grade. */
  public boolean isCredible() {
    return this == A || this == B || this == C;
  }

  /**
   * The grade for a letter.
   *
   * @throws IllegalArgumentException naming the text when it is not one of A–F
   */
  public static Reliability fromLetter(String text) {
    for (Reliability r : values()) {
      if (r.name().equalsIgnoreCase(text.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException("expected a reliability grade A–F, found \"" + text + "\"");
  }
}
