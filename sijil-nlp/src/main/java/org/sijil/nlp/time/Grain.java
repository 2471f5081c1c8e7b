package org.sijil.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sijil.model.time.DatePrecision;

/**
 * A calendar granularity: how to find the period containing a day, step between periods, and write
 * a period as a TimeML value. Quarters and seasons both report {@link DatePrecision#SEASON} (three
 * months); halves report {@link DatePrecision#YEAR}, the next coarser precision.
 */
enum Grain {
  DAY(DatePrecision.DAY, "XXXX-XX-XX"),
  WEEKEND(DatePrecision.WEEK, "XXXX-WXX-WE"),
  WEEK(DatePrecision.WEEK, "XXXX-WXX"),
  MONTH(DatePrecision.MONTH, "XXXX-XX"),
  QUARTER(DatePrecision.SEASON, "XXXX-QX"),
  SEASON(DatePrecision.SEASON, "XXXX-XX"),
  HALF(DatePrecision.YEAR, "XXXX-HX"),
  YEAR(DatePrecision.YEAR, "XXXX"),
  DECADE(DatePrecision.DECADE, "XXX");

  private static final String[] SEASONS = {"SP", "SU", "FA", "WI"};

  private final DatePrecision precision;
  private final String unknownValue;

  Grain(DatePrecision precision, String unknownValue) {
    this.precision = precision;
    this.unknownValue = unknownValue;
  }

  DatePrecision precision() {
    return precision;
  }

  /** The value written when the period cannot be placed (no document date). */
  String unknownValue() {
    return unknownValue;
  }

  /** First day of the period containing {@code day}. */
  LocalDate startOf(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case WEEKEND -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case SEASON -> seasonStart(day);
      case HALF -> LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
      case YEAR -> LocalDate.of(day.getYear(), 1, 1);
      case DECADE -> LocalDate.of(Math.floorDiv(day.getYear(), 10) * 10, 1, 1);
    };
  }

  /** The start of the period {@code n} periods after the one starting at {@code start}. */
  LocalDate plus(LocalDate start, long n) {
    return switch (this) {
      case DAY -> start.plusDays(n);
      case WEEK, WEEKEND -> start.plusWeeks(n);
      case MONTH -> start.plusMonths(n);
      case QUARTER, SEASON -> start.plusMonths(3 * n);
      case HALF -> start.plusMonths(6 * n);
      case YEAR -> start.plusYears(n);
      case DECADE -> start.plusYears(10 * n);
    };
  }

  /** Last day (inclusive) of the period starting at {@code start}. */
  LocalDate endOf(LocalDate start) {
    return switch (this) {
      case DAY -> start;
      case WEEKEND -> start.plusDays(1);
      default -> plus(start, 1).minusDays(1);
    };
  }

  /** The TimeML value of the period starting at {@code start}. */
  String value(LocalDate start) {
    int y = start.getYear();
    if (y >= 0 && y <= 9999 && this != DECADE && this != WEEK && this != WEEKEND) {
      // the common case without Formatter (String.format here was 2 % of extraction's CPU)
      return fourDigitValue(start, y);
    }
    return switch (this) {
      case DAY ->
          String.format(
              Locale.ROOT, "%04d-%02d-%02d", y, start.getMonthValue(), start.getDayOfMonth());
      case WEEK -> week(start);
      case WEEKEND -> week(start) + "-WE";
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", y, start.getMonthValue());
      case QUARTER ->
          String.format(Locale.ROOT, "%04d-Q%d", y, (start.getMonthValue() - 1) / 3 + 1);
      case SEASON ->
          String.format(Locale.ROOT, "%04d-%s", y, SEASONS[(start.getMonthValue() / 3 + 3) % 4]);
      case HALF -> String.format(Locale.ROOT, "%04d-H%d", y, start.getMonthValue() <= 6 ? 1 : 2);
      case YEAR -> String.format(Locale.ROOT, "%04d", y);
      case DECADE -> String.format(Locale.ROOT, "%03d", Math.floorDiv(y, 10));
    };
  }

  /** {@link #value} for a year of at most four digits and a calendar grain other than a week. */
  private String fourDigitValue(LocalDate start, int y) {
    StringBuilder b = new StringBuilder(10);
    b.append((char) ('0' + y / 1000))
        .append((char) ('0' + y / 100 % 10))
        .append((char) ('0' + y / 10 % 10))
        .append((char) ('0' + y % 10));
    int m = start.getMonthValue();
    switch (this) {
      case DAY -> twoDigits(twoDigits(b.append('-'), m).append('-'), start.getDayOfMonth());
      case MONTH -> twoDigits(b.append('-'), m);
      case QUARTER -> b.append("-Q").append((m - 1) / 3 + 1);
      case SEASON -> b.append('-').append(SEASONS[(m / 3 + 3) % 4]);
      case HALF -> b.append("-H").append(m <= 6 ? 1 : 2);
      case YEAR -> {}
      default -> throw new IllegalStateException("expected a calendar grain, found " + this);
    }
    return b.toString();
  }

  private static StringBuilder twoDigits(StringBuilder b, int v) {
    return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }

  private static final Pattern VALUE =
      Pattern.compile(
          "\\d{3}|\\d{4}(?<rest>|-\\d\\d|-\\d\\d-\\d\\d(?:T.*)?|-W\\d\\d|-W\\d\\d-WE|-Q[1-4]"
              + "|-H[12]|-(?:SP|SU|FA|WI))");

  /** The granularity of a calendar TimeML value ({@code 2019-Q3} is QUARTER), or null. */
  static Grain ofValue(String value) {
    Matcher m = VALUE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    String rest = m.group("rest");
    if (rest == null) {
      return DECADE;
    } else if (rest.isEmpty()) {
      return YEAR;
    } else if (rest.startsWith("-W")) {
      return rest.endsWith("WE") ? WEEKEND : WEEK;
    } else if (rest.startsWith("-Q")) {
      return QUARTER;
    } else if (rest.startsWith("-H")) {
      return HALF;
    } else if (Character.isLetter(rest.charAt(1))) {
      return SEASON;
    }
    return rest.length() == 3 ? MONTH : DAY;
  }

  /** TimeML season code (SP, SU, FA, WI) for a season index 0..3. */
  static String seasonCode(int index) {
    return SEASONS[index];
  }

  /**
   * First day of season {@code index} (0 spring .. 3 winter) of {@code year}; winter starts in
   * December.
   */
  static LocalDate seasonStart(int year, int index) {
    return LocalDate.of(year, 3 + 3 * index, 1);
  }

  private static LocalDate seasonStart(LocalDate day) {
    int m = day.getMonthValue();
    if (m < 3) {
      return LocalDate.of(day.getYear() - 1, 12, 1);
    }
    return LocalDate.of(day.getYear(), m / 3 * 3, 1);
  }

  private static String week(LocalDate monday) {
    int y = monday.get(IsoFields.WEEK_BASED_YEAR);
    if (y >= 0 && y <= 9999) {
      StringBuilder b = new StringBuilder(8);
      b.append((char) ('0' + y / 1000))
          .append((char) ('0' + y / 100 % 10))
          .append((char) ('0' + y / 10 % 10))
          .append((char) ('0' + y % 10))
          .append("-W");
      return twoDigits(b, monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).toString();
    }
    return String.format(
        Locale.ROOT,
        "%04d-W%02d",
        monday.get(IsoFields.WEEK_BASED_YEAR),
        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
