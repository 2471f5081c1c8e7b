package org.sijil.model.event;

/**
 * ACLED's 25 sub-event types, each with its exact ACLED label and its {@link EventType}. The
 * definitions and the decision rules between neighbours are in {@code docs/ontology.md}.
 */
public enum SubEventType {
  ARMED_CLASH("Armed clash", EventType.BATTLES),
  GOVERNMENT_REGAINS_TERRITORY("Government regains territory", EventType.BATTLES),
  NON_STATE_ACTOR_OVERTAKES_TERRITORY("Non-state actor overtakes territory", EventType.BATTLES),

  CHEMICAL_WEAPON("Chemical weapon", EventType.EXPLOSIONS_REMOTE_VIOLENCE),
  AIR_DRONE_STRIKE("Air/drone strike", EventType.EXPLOSIONS_REMOTE_VIOLENCE),
  SUICIDE_BOMB("Suicide bomb", EventType.EXPLOSIONS_REMOTE_VIOLENCE),
  SHELLING_ARTILLERY_MISSILE_ATTACK(
      "Shelling/artillery/missile attack", EventType.EXPLOSIONS_REMOTE_VIOLENCE),
  REMOTE_EXPLOSIVE_LANDMINE_IED(
      "Remote explosive/landmine/IED", EventType.EXPLOSIONS_REMOTE_VIOLENCE),
  GRENADE("Grenade", EventType.EXPLOSIONS_REMOTE_VIOLENCE),

  SEXUAL_VIOLENCE("Sexual violence", EventType.VIOLENCE_AGAINST_CIVILIANS),
  ATTACK("Attack", EventType.VIOLENCE_AGAINST_CIVILIANS),
  ABDUCTION_FORCED_DISAPPEARANCE(
      "Abduction/forced disappearance", EventType.VIOLENCE_AGAINST_CIVILIANS),

  PEACEFUL_PROTEST("Peaceful protest", EventType.PROTESTS),
  PROTEST_WITH_INTERVENTION("Protest with intervention", EventType.PROTESTS),
  EXCESSIVE_FORCE_AGAINST_PROTESTERS("Excessive force against protesters", EventType.PROTESTS),

  VIOLENT_DEMONSTRATION("Violent demonstration", EventType.RIOTS),
  MOB_VIOLENCE("Mob violence", EventType.RIOTS),

  AGREEMENT("Agreement", EventType.STRATEGIC_DEVELOPMENTS),
  ARRESTS("Arrests", EventType.STRATEGIC_DEVELOPMENTS),
  CHANGE_TO_GROUP_ACTIVITY("Change to group/activity", EventType.STRATEGIC_DEVELOPMENTS),
  DISRUPTED_WEAPONS_USE("Disrupted weapons use", EventType.STRATEGIC_DEVELOPMENTS),
  HEADQUARTERS_OR_BASE_ESTABLISHED(
      "Headquarters or base established", EventType.STRATEGIC_DEVELOPMENTS),
  LOOTING_PROPERTY_DESTRUCTION("Looting/property destruction", EventType.STRATEGIC_DEVELOPMENTS),
  NON_VIOLENT_TRANSFER_OF_TERRITORY(
      "Non-violent transfer of territory", EventType.STRATEGIC_DEVELOPMENTS),
  OTHER("Other", EventType.STRATEGIC_DEVELOPMENTS);

  private final String label;
  private final EventType type;

  SubEventType(String label, EventType type) {
    this.label = label;
    this.type = type;
  }

  /** The exact ACLED label, e.g. {@code "Remote explosive/landmine/IED"}. */
  public String label() {
    return label;
  }

  /** The event type this sub-type belongs to. */
  public EventType type() {
    return type;
  }

  /**
   * The sub-type with this ACLED label (case-insensitive) or enum name.
   *
   * @throws IllegalArgumentException naming the label when there is none
   */
  public static SubEventType fromLabel(String label) {
    for (SubEventType t : values()) {
      if (t.label.equalsIgnoreCase(label.strip()) || t.name().equals(label.strip())) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "expected an ACLED sub-event type label such as \"Air/drone strike\", found \""
            + label
            + "\"");
  }

  @Override
  public String toString() {
    return label;
  }
}
