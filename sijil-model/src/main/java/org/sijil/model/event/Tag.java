package org.sijil.model.event;

/**
 * Details of an event that its sub-type does not say: how (execution, beheading, landmine), what
 * followed (ransom), and what kind of strategic development it is (prison break, defection). A tag
 * never changes the sub-type; see {@code docs/ontology.md} for which sub-types each goes with.
 */
public enum Tag {
  EXECUTION,
  BEHEADING,
  ASSASSINATION,
  KIDNAPPING,
  HOSTAGE_TAKING,
  RANSOM,
  TORTURE,
  ARBITRARY_DETENTION,
  ENFORCED_DISAPPEARANCE,
  PRISON_BREAK,
  DEFECTION,
  SURRENDER,
  DISPLACEMENT,
  MOVEMENT_RESTRICTION,
  CHECKPOINT,
  LANDMINE,
  SUICIDE_ATTACK,
  RECURRING,
  LOOTING,
  SNIPER,
  CAR_BOMB,
  DRONE,
  SHOOTING,
  STABBING,
  ARSON,
  MASS_GRAVE,
  /**
   * The event's casualty figure is a total over a day, a period or a region ("94 people were killed
   * yesterday across Syria", "the toll of the week"), not one incident's: kept, but not to be added
   * up with the incidents it covers.
   */
  AGGREGATE;

  /** The tag as written in data files and gold sets, e.g. {@code prison_break}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The tag with this id, e.g. {@code "prison_break"}.
   *
   * @throws IllegalArgumentException naming the id when there is none
   */
  public static Tag fromId(String id) {
    for (Tag t : values()) {
      if (t.id().equals(id.strip().toLowerCase(java.util.Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "expected a tag id such as prison_break, found \"" + id + "\"");
  }
}
