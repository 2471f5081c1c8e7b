package org.sijil.store.sensitivity;

import java.util.Locale;

/** Why a value is confidential. */
public enum ConfidentialKind {
  /** A victim's name. */
  VICTIM,
  /** A detained or kidnapped person's name. */
  DETAINEE,
  /** A witness's or source's name. */
  WITNESS,
  /** Anything else an admin marked. */
  OTHER;

  /** The lower-case name stored, e.g. {@code witness}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind with this name, either case.
   *
   * @throws IllegalArgumentException naming the text when there is none
   */
  public static ConfidentialKind fromId(String text) {
    for (ConfidentialKind k : values()) {
      if (k.name().equalsIgnoreCase(text.strip())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "expected victim, detainee, witness or other, found \"" + text + "\"");
  }
}
