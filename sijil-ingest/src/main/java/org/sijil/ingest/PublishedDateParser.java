package org.sijil.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date of a publication time as its publisher wrote it: ISO 8601 dates and
 * date-times (the date in the writer's own offset, not converted to UTC) and RFC 822 dates as RSS
 * uses them. Stateless; thread-safe.
 */
final class PublishedDateParser {
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ]\\d{2}:\\d{2}.*)");

  /** "Tue, 03 Jun 2008 11:05:30 GMT": the weekday and the time zone vary too much to trust. */
  private static final Pattern RFC_822 =
      Pattern.compile(
          "(?:[A-Za-z]{3},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{4})\\b.*");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private PublishedDateParser() {}

  /** ISO 8601 date or date-time only; the JSONL format's rule. */
  static Optional<LocalDate> parseIso(String text) {
    String t = text.trim();
    Matcher m = ISO.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    if (t.length() > 10) {
      // the time part must be a real time too, or "2024-01-02Tgarbage" would pass
      try {
        String rest = t.substring(11);
        DateTimeFormatter.ISO_TIME.parse(normalizeOffset(rest));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return of(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
  }

  /** ISO 8601, then RFC 822; what HTML meta elements and feeds carry. */
  static Optional<LocalDate> parseLenient(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.trim();
    Matcher iso = ISO.matcher(t);
    if (iso.matches()) {
      return of(iso.group(1), Integer.parseInt(iso.group(2)), iso.group(3));
    }
    Matcher rfc = RFC_822.matcher(t);
    if (rfc.matches()) {
      Integer month = MONTHS.get(rfc.group(2).toLowerCase(Locale.ROOT));
      if (month != null) {
        return of(rfc.group(3), month, rfc.group(1));
      }
    }
    return Optional.empty();
  }

  private static String normalizeOffset(String time) {
    // ISO_TIME wants +03:00; feeds and dumps also write +0300
    return time.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2");
  }

  private static Optional<LocalDate> of(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty(); // 2024-02-30 is not a date
    }
  }
}
