package org.sijil.server;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sijil.model.event.ActorRef;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;
import org.sijil.model.event.EventType;
import org.sijil.search.EventEntry;

/**
 * Writes events as CSV with ACLED's column names, filling what Sijil knows and leaving the rest
 * empty (associated actors, admin2/admin3, source scale). {@code iso} is the ISO 3166-1 numeric
 * code and {@code region} ACLED's region name, from {@link CountryTable}. Text cells that a
 * spreadsheet would read as a formula (starting with {@code = + - @}, tab or carriage return) get a
 * leading apostrophe; numeric columns are written as numbers. Not thread-safe: one instance per
 * export.
 */
final class AcledCsv {
  static final List<String> COLUMNS =
      List.of(
          "event_id_cnty",
          "event_date",
          "year",
          "time_precision",
          "disorder_type",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "civilian_targeting",
          "iso",
          "region",
          "country",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "tags",
          "timestamp");

  private final Writer out;
  private final CountryTable countries;

  AcledCsv(Writer out, CountryTable countries) {
    this.out = out;
    this.countries = countries;
  }

  void header() throws IOException {
    out.write(String.join(",", COLUMNS));
    out.write("\r\n");
  }

  /**
   * One row.
   *
   * @param e the index entry
   * @param event the stored event, or null when it could not be read
   * @param timestamp seconds since the epoch when the document was stored
   */
  void row(EventEntry e, Event event, long timestamp) throws IOException {
    String inter1 = inter(event == null ? null : event.perpetrator());
    String inter2 = inter(event == null ? null : event.victim());
    String interaction =
        inter1.isEmpty()
            ? ""
            : inter2.isEmpty()
                ? inter1 + "0"
                : Math.min(Integer.parseInt(inter1), Integer.parseInt(inter2))
                    + ""
                    + Math.max(Integer.parseInt(inter1), Integer.parseInt(inter2));
    boolean civilian =
        e.type() == EventType.VIOLENCE_AGAINST_CIVILIANS
            || (event != null
                && event.victim() != null
                && event.victim().category() == org.sijil.model.event.ActorCategory.CIVILIANS
                && e.type().isViolent());
    Optional<CountryTable.Country> country = countries.find(e.country());
    String[] cells = {
      text(e.key().toString()),
      e.dated() ? e.start().toString() : "",
      e.dated() ? Integer.toString(e.start().getYear()) : "",
      event == null || event.date() == null ? "" : timePrecision(event),
      disorder(e.type()),
      text(e.type().label()),
      text(e.subType().label()),
      text(e.perpetrator()),
      "",
      inter1,
      text(e.victim()),
      "",
      inter2,
      interaction,
      civilian ? "Civilian targeting" : "",
      country.map(c -> c.numeric() == null ? "" : c.numeric().toString()).orElse(""),
      text(country.map(CountryTable.Country::region).orElse("")),
      text(country.map(CountryTable.Country::name).orElseGet(() -> countryName(e.country()))),
      text(e.admin1()),
      text(event == null || event.location() == null ? null : event.location().admin2()),
      "",
      text(e.place()),
      e.lat() == null ? "" : e.lat().toString(),
      e.lon() == null ? "" : e.lon().toString(),
      event == null || event.location() == null || event.location().precision() == null
          ? ""
          : event.location().precision().toString(),
      text(e.source()),
      "",
      text(e.evidence()),
      fatalities(event),
      text(e.tags().stream().map(t -> t.id()).sorted().collect(Collectors.joining(";"))),
      Long.toString(timestamp)
    };
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(cells[i]));
    }
    out.write("\r\n");
  }

  /** A text cell, neutralised against formula injection. */
  static String text(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    char c = s.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      return "'" + s;
    }
    return s;
  }

  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** ACLED's actor type codes: 1 state forces … 8 external/other forces (our category order). */
  private static String inter(ActorRef a) {
    return a == null ? "" : Integer.toString(a.category().ordinal() + 1);
  }

  private static String timePrecision(Event e) {
    return switch (e.date().precision()) {
      case DAY -> "1";
      case WEEK -> "2";
      default -> "3";
    };
  }

  private static String disorder(EventType t) {
    return switch (t) {
      case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS -> "Political violence";
      case PROTESTS -> "Demonstrations";
      case RIOTS -> "Political violence; Demonstrations";
      case STRATEGIC_DEVELOPMENTS -> "Strategic developments";
    };
  }

  private static String fatalities(Event e) {
    if (e == null) {
      return "0";
    }
    var k = e.counts().get(CountKind.KILLED);
    // Why: ACLED reports the lowest credible figure, and 0 when none is reported.
    return k == null ? "0" : Integer.toString(k.min());
  }

  private static String countryName(String iso2) {
    if (iso2 == null || iso2.length() != 2) {
      return iso2;
    }
    String name = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() || name.equalsIgnoreCase(iso2) ? iso2 : name;
  }
}
