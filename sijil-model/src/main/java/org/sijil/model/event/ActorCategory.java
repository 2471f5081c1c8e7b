package org.sijil.model.event;

/** ACLED's actor categories (inter codes 1–8), with their labels. */
public enum ActorCategory {
  STATE_FORCES("State forces"),
  REBEL_GROUP("Rebel group"),
  POLITICAL_MILITIA("Political militia"),
  IDENTITY_MILITIA("Identity militia"),
  RIOTERS("Rioters"),
  PROTESTERS("Protesters"),
  CIVILIANS("Civilians"),
  EXTERNAL_OTHER_FORCES("External/Other forces");

  private final String label;

  ActorCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The category with this label (case-insensitive) or enum name.
   *
   * @throws IllegalArgumentException naming the text when there is none
   */
  public static ActorCategory fromLabel(String text) {
    for (ActorCategory c : values()) {
      if (c.label.equalsIgnoreCase(text.strip()) || c.name().equals(text.strip())) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "expected an ACLED actor category such as \"Rebel group\", found \"" + text + "\"");
  }
}
