package org.sijil.nlp;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * English month and weekday names, lower case: one list for every stage that must know them (time
 * expressions, quantities, toponym and argument filters). Immutable and thread-safe.
 */
public final class CalendarWords {

  /** Month names in calendar order: index 0 is January. */
  public static final List<String> MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** Abbreviated month names ("may" has none; "sep" and "sept" both occur). */
  public static final List<String> MONTH_ABBREVIATIONS =
      List.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** Weekday names from Monday. */
  public static final List<String> WEEKDAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private CalendarWords() {}

  /** The union of word lists as an immutable set. */
  @SafeVarargs
  public static Set<String> union(Collection<String>... parts) {
    Set<String> all = new LinkedHashSet<>();
    for (Collection<String> p : parts) {
      all.addAll(p);
    }
    return Set.copyOf(all);
  }
}
