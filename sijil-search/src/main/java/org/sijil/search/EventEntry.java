package org.sijil.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.sijil.model.event.EventType;
import org.sijil.model.event.SubEventType;
import org.sijil.model.event.Tag;
import org.sijil.model.incident.EventKey;

/**
 * One event as the search index holds it: flat, denormalised from the stored event, its document
 * and its incident. Immutable.
 *
 * @param key the event's key (document + index); the index upserts by it
 * @param incidentId the incident the event belongs to, or null before resolution
 * @param subType the ACLED sub-event type; the event type follows from it
 * @param tags the event's tags, possibly empty
 * @param perpetrator the perpetrator's name, or null
 * @param victim the victim's name, or null
 * @param actors the actor names counted in the {@link Facet#ACTOR} facet, possibly empty
 * @param place the place name as resolved, or null
 * @param country the country, or null
 * @param admin1 the province (first-level division), or null
 * @param lat latitude in degrees, or null; null exactly when {@code lon} is
 * @param lon longitude in degrees, or null
 * @param start the first day of the event, or null when neither the report nor its text dates it
 *     (an undated event matches no date range and is left out of the timeline)
 * @param end the last day of the event, or null for a single day; never before {@code start}, and
 *     null when {@code start} is
 * @param source the outlet that published the document, or null
 * @param grade the incident grade's id (e.g. {@code fair}), or null
 * @param killed the best figure for people killed, or null
 * @param evidence the evidence sentence
 * @param title the document's title, or null
 * @param language the document's language code (e.g. {@code en}, {@code ar}), or null
 * @param confidence the extractor's confidence in [0, 1]
 */
public record EventEntry(
    EventKey key,
    String incidentId,
    SubEventType subType,
    Set<Tag> tags,
    String perpetrator,
    String victim,
    Set<String> actors,
    String place,
    String country,
    String admin1,
    Double lat,
    Double lon,
    LocalDate start,
    LocalDate end,
    String source,
    String grade,
    Integer killed,
    String evidence,
    String title,
    String language,
    double confidence) {

  public EventEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(subType, "subType");
    tags = tags == null ? Set.of() : Set.copyOf(tags);
    actors = actors == null ? Set.of() : Set.copyOf(actors);
    evidence = evidence == null ? "" : evidence;
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException(
          "expected both lat and lon or neither for event "
              + key
              + ", found lat="
              + lat
              + " lon="
              + lon);
    }
    if (lat != null && (lat < -90 || lat > 90 || lat.isNaN())) {
      throw new IllegalArgumentException(
          "expected a latitude in [-90, 90] for event " + key + ", found " + lat);
    }
    if (lon != null && (lon < -180 || lon > 180 || lon.isNaN())) {
      throw new IllegalArgumentException(
          "expected a longitude in [-180, 180] for event " + key + ", found " + lon);
    }
    if (start == null && end != null) {
      throw new IllegalArgumentException(
          "expected no end date for the undated event " + key + ", found " + end);
    }
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException(
          "expected an end date on or after the start "
              + start
              + " for event "
              + key
              + ", found "
              + end);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "expected a confidence in [0, 1] for event " + key + ", found " + confidence);
    }
  }

  /**
   * This entry with other days: {@code start} null for an undated event, {@code end} null for one
   * day.
   */
  public EventEntry withDays(LocalDate start, LocalDate end) {
    return new EventEntry(
        key,
        incidentId,
        subType,
        tags,
        perpetrator,
        victim,
        actors,
        place,
        country,
        admin1,
        lat,
        lon,
        start,
        end,
        source,
        grade,
        killed,
        evidence,
        title,
        language,
        confidence);
  }

  public EventType type() {
    return subType.type();
  }

  /** Whether the event has a date. */
  public boolean dated() {
    return start != null;
  }

  /**
   * The last day of the event: {@code end}, or {@code start} when there is no end; null when the
   * event is undated.
   */
  public LocalDate lastDay() {
    return end == null ? start : end;
  }
}
