package org.sijil.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sijil.model.event.EventType;
import org.sijil.model.event.SubEventType;
import org.sijil.model.event.Tag;
import org.sijil.model.incident.IncidentGrade;
import org.sijil.search.BoundingBox;
import org.sijil.search.EventQuery;
import org.sijil.search.Facet;
import org.sijil.search.Near;
import org.sijil.server.auth.Redactor;
import org.sijil.server.core.NearSpec;

/**
 * Reads a request's query parameters, answering a bad value with {@link ApiProblem#badParameter}
 * ("expected X, found Y"). The event filter parameters are shared by the event list, the statistics
 * and the exports, so that all three always mean the same thing.
 */
final class QueryParams {
  /** The largest page of a list route. */
  static final int MAX_LIMIT = 1000;

  private final Context ctx;
  private final Redactor redactor;

  QueryParams(Context ctx) {
    this.ctx = ctx;
    // Why: a caller without clearance must not learn, from what a confidential name finds or
    // counts, that the record holds it; such a value searches for the marker instead.
    this.redactor = JsonResponder.caller(ctx).redactor();
  }

  String text(String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : hide(v.strip());
  }

  /** A value with confidential values replaced by a plain word that finds nothing unusual. */
  private String hide(String v) {
    // the marker's brackets would be range syntax to the search parser
    return redactor.leaks(v) ? redactor.redact(v).replace(Redactor.MARKER, "redacted") : v;
  }

  int integer(String name, int fallback, int min, int max) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below with the parameter named
    }
    throw ApiProblem.badParameter(
        name, "an integer in [" + min + ", " + max + "]", "\"" + v + "\"");
  }

  LocalDate date(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badParameter(name, "a date yyyy-mm-dd", "\"" + v + "\"");
    }
  }

  int offset() {
    return integer("offset", 0, 0, Integer.MAX_VALUE - MAX_LIMIT);
  }

  int limit(int fallback) {
    return integer("limit", fallback, 0, MAX_LIMIT);
  }

  <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v)) {
        return e;
      }
    }
    throw ApiProblem.badParameter(
        name,
        "one of "
            + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .toList(),
        "\"" + v + "\"");
  }

  /**
   * The event filter of the request: q, the facet parameters (repeatable; values of one facet
   * OR-ed, facets AND-ed), from, to, bbox and near; with the page and the facets to count.
   */
  EventQuery.Builder eventQuery() {
    EventQuery.Builder b = EventQuery.builder().text(text("q"));
    for (Facet f : Facet.values()) {
      Set<String> values = new LinkedHashSet<>();
      for (String v : ctx.queryParams(f.key())) {
        if (!v.isBlank()) {
          values.add(facetValue(f, hide(v.strip())));
        }
      }
      if (!values.isEmpty()) {
        b.filter(f, values);
      }
    }
    LocalDate from = date("from");
    LocalDate to = date("to");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiProblem.badParameter("to", "a date on or after from=" + from, to.toString());
    }
    b.from(from).to(to);
    String bbox = text("bbox");
    if (bbox != null) {
      try {
        b.box(BoundingBox.parse(bbox));
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badParameter(
            "bbox", "S,W,N,E in degrees such as 35.5,38.5,36.5,40", "\"" + bbox + "\"");
      }
    }
    String near = text("near");
    if (near != null) {
      b.near(near(near));
    }
    b.offset(offset()).limit(limit(50));
    b.facet(facets().toArray(Facet[]::new));
    return b;
  }

  /** The facets to count: {@code facets=type,year}, {@code facets=none}; all when absent. */
  Set<Facet> facets() {
    String v = text("facets");
    if (v == null) {
      return EnumSet.allOf(Facet.class);
    }
    Set<Facet> out = EnumSet.noneOf(Facet.class);
    if (v.equalsIgnoreCase("none")) {
      return out;
    }
    for (String k : v.split(",")) {
      try {
        out.add(Facet.fromKey(k));
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badParameter(
            "facets",
            "a comma-separated list of "
                + Arrays.stream(Facet.values()).map(Facet::key).toList()
                + " or none",
            "\"" + k + "\"");
      }
    }
    return out;
  }

  private static Near near(String v) {
    try {
      return NearSpec.parse(v);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badParameter(
          "near",
          "lat,lon,km with a radius > 0 such as 35.95,39.01,25, or PLACE[:KM] such as Raqqa:25",
          "\"" + v + "\"");
    }
  }

  /** A facet value as the index holds it; labels and names are both accepted where they differ. */
  static String facetValue(Facet f, String v) {
    switch (f) {
      case EVENT_TYPE -> {
        for (EventType t : EventType.values()) {
          if (t.name().equalsIgnoreCase(v) || t.label().equalsIgnoreCase(v)) {
            return t.name();
          }
        }
        throw ApiProblem.badParameter(
            f.key(), "an event type such as BATTLES or \"Battles\"", "\"" + v + "\"");
      }
      case SUB_EVENT_TYPE -> {
        for (SubEventType t : SubEventType.values()) {
          if (t.name().equalsIgnoreCase(v) || t.label().equalsIgnoreCase(v)) {
            return t.name();
          }
        }
        throw ApiProblem.badParameter(
            f.key(), "a sub-event type such as AIR_DRONE_STRIKE", "\"" + v + "\"");
      }
      case TAG -> {
        try {
          return Tag.fromId(v).id();
        } catch (IllegalArgumentException e) {
          throw ApiProblem.badParameter(f.key(), "a tag id such as prison_break", "\"" + v + "\"");
        }
      }
      case GRADE -> {
        for (IncidentGrade g : IncidentGrade.values()) {
          if (g.id().equalsIgnoreCase(v)) {
            return g.id();
          }
        }
        throw ApiProblem.badParameter(
            f.key(),
            "one of " + Arrays.stream(IncidentGrade.values()).map(IncidentGrade::id).toList(),
            "\"" + v + "\"");
      }
      case YEAR -> {
        if (v.matches("[0-9]{4}")) {
          return v;
        }
        throw ApiProblem.badParameter(f.key(), "a four-digit year", "\"" + v + "\"");
      }
      default -> {
        return v;
      }
    }
  }

  /** The values of a repeatable parameter, blank ones dropped. */
  List<String> all(String name) {
    return ctx.queryParams(name).stream().filter(s -> !s.isBlank()).map(this::hide).toList();
  }
}
