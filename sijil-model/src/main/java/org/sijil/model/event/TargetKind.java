package org.sijil.model.event;

import java.util.Locale;

/**
 * What kind of thing a physical target is. A small closed set, coarse on purpose: users filter by
 * it ("attacks on infrastructure"), and the text rarely says more than the head noun.
 */
public enum TargetKind {
  /** A building or compound: a hospital, a school, a bakery, a house, a police station. */
  BUILDING,
  /** A vehicle: a car, a bus, a truck, an aircraft, a boat. */
  VEHICLE,
  /** A network or utility: a bridge, a road, a power station, a pylon, a pipeline, a dam. */
  INFRASTRUCTURE,
  /** Other property: crops, livestock, equipment, goods, a market stall. */
  PROPERTY;

  /** The lower-case id used in JSON and data files ({@code "building"}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind with this id or enum name, case-insensitive.
   *
   * @throws IllegalArgumentException naming the text when there is none
   */
  public static TargetKind fromId(String text) {
    for (TargetKind k : values()) {
      if (k.name().equalsIgnoreCase(text.strip())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "expected a target kind (building, vehicle, infrastructure, property), found \""
            + text
            + "\"");
  }
}
