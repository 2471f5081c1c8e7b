package org.sijil.model.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sijil.model.event.SubEventType;

/**
 * One real-world incident, reported by one or more documents. Immutable.
 *
 * <p>An incident refers to its member events by {@link EventKey}; the events themselves stay with
 * their documents, so any split or merge is lossless.
 *
 * @param id a stable id derived from the member that opened it, e.g. {@code inc-3fa1b2c4d5}
 * @param subType the sub-type most members agree on
 * @param start the first day the members allow, or null when no member is dated
 * @param end the last day, {@code >= start}; null exactly when {@code start} is
 * @param place the place name most members use, or null when none names one
 * @param lat latitude of the members' resolved place, or null
 * @param lon longitude, or null with {@code lat}
 * @param recurring true when the members describe a recurring situation ("every day"), kept apart
 *     from discrete incidents
 * @param events the member events, never empty
 * @param sources one entry per reporting document
 * @param figures one figure per count kind the members report
 * @param grade the grade by the rule in {@code docs/grading.md}
 * @param decisions one decision per member, saying why it is here
 */
public record Incident(
    String id,
    SubEventType subType,
    LocalDate start,
    LocalDate end,
    String place,
    Double lat,
    Double lon,
    boolean recurring,
    List<EventKey> events,
    List<IncidentSource> sources,
    List<Figure> figures,
    IncidentGrade grade,
    List<MergeDecision> decisions) {
  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subType, "subType");
    Objects.requireNonNull(grade, "grade");
    events = List.copyOf(events);
    sources = List.copyOf(sources);
    figures = List.copyOf(figures);
    decisions = List.copyOf(decisions);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("expected at least one member event in " + id);
    }
    if ((start == null) != (end == null)) {
      throw new IllegalArgumentException("expected start and end both set or both null");
    }
    if (start != null && end.isBefore(start)) {
      throw new IllegalArgumentException("expected end >= start " + start + ", found " + end);
    }
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("expected lat and lon both set or both null");
    }
  }

  /** Number of independent sources: distinct credited sources among documents that are no copy. */
  public long independentSources() {
    return sources.stream()
        .filter(s -> s.copyOf() == null)
        .map(IncidentSource::credited)
        .distinct()
        .count();
  }
}
