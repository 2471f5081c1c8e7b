package org.sijil.resolve;

import java.util.List;
import java.util.Objects;
import org.sijil.model.event.Event;
import org.sijil.model.time.TimeExpression;
import org.sijil.resolve.geo.Toponym;

/**
 * Everything Sijil read from one report: events with resolved places and dates, the places and time
 * expressions of the whole text, and the date it resolved against. Every span points into the
 * report's raw text. Immutable.
 *
 * @param events events, most salient first
 * @param setAside events read but flagged as not having happened (negated, hypothetical, future,
 *     commentary), kept for review
 * @param places toponyms of the text, sorted by span
 * @param times time expressions of the text, sorted by span
 * @param documentDate the date relative expressions resolved against
 */
public record ReportExtraction(
    List<Event> events,
    List<Event> setAside,
    List<Toponym> places,
    List<TimeExpression> times,
    DocumentDate documentDate) {
  public ReportExtraction {
    events = List.copyOf(events);
    setAside = List.copyOf(setAside);
    places = List.copyOf(places);
    times = List.copyOf(times);
    Objects.requireNonNull(documentDate, "documentDate");
  }
}
