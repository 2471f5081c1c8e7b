package org.sijil.model.event;

/** ACLED's six event types, with their exact ACLED labels. See {@code docs/ontology.md}. */
public enum EventType {
  BATTLES("Battles"),
  EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
  VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
  PROTESTS("Protests"),
  RIOTS("Riots"),
  STRATEGIC_DEVELOPMENTS("Strategic developments");

  private final String label;

  EventType(String label) {
    this.label = label;
  }

  /** The ACLED label, e.g. {@code "Explosions/Remote violence"}. */
  public String label() {
    return label;
  }

  /** True for the types that are political violence (battles, remote violence, VAC, riots). */
  public boolean isViolent() {
    return this == BATTLES
        || this == EXPLOSIONS_REMOTE_VIOLENCE
        || this == VIOLENCE_AGAINST_CIVILIANS
        || this == RIOTS;
  }
}
