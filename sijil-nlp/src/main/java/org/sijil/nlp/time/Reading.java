package org.sijil.nlp.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import org.sijil.model.time.DatePrecision;
import org.sijil.model.time.TimexType;

/**
 * What a matched expression means before it is placed on the calendar. Rules produce readings; the
 * recognizer resolves them against the document date, or for {@link Relative#anchored()} readings
 * against the preceding date in the text.
 */
sealed interface Reading {

  /**
   * Places this reading.
   *
   * @param documentDate the document date, or null when unknown
   * @param anchor the day that anchored readings count from (the preceding date in the text, else
   *     the document date), or null
   * @param tense what the words before the expression say: a future cue ("will", "next") turns the
   *     past-bias reading forward
   */
  Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense);

  /**
   * For readings that count from a date in the text, the coarsest granularity that date may have
   * ("the following day" needs a day); null for readings that count from the document date.
   */
  default Grain anchorGrain() {
    return null;
  }

  /** A date in the text that anchored readings count from, with the granularity it was given in. */
  record Anchor(LocalDate day, Grain grain) {
    public Anchor {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(grain, "grain");
    }
  }

  /** A value fixed by the text alone, with or without calendar bounds. */
  record Literal(Normalised normalised) implements Reading {
    public Literal {
      Objects.requireNonNull(normalised, "normalised");
    }

    static Literal of(TimexType type, String value, DatePrecision precision) {
      return new Literal(new Normalised(type, value, null, null, precision));
    }

    static Literal period(Grain grain, LocalDate start, String timeSuffix) {
      return new Literal(Normalised.period(grain, grain.startOf(start), timeSuffix));
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense) {
      return normalised;
    }
  }

  /**
   * The period {@code offset} periods of {@code grain} from the one containing the reference day:
   * "yesterday" (DAY, -1), "last week" (WEEK, -1), "the following day" (DAY, +1, anchored).
   *
   * @param anchored counts from the preceding date in the text rather than the document date
   */
  record Relative(Grain grain, long offset, boolean anchored, String timeSuffix)
      implements Reading {
    public Relative {
      Objects.requireNonNull(grain, "grain");
      Objects.requireNonNull(timeSuffix, "timeSuffix");
    }

    @Override
    public Grain anchorGrain() {
      return anchored ? grain : null;
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense) {
      LocalDate base = anchored ? (anchor == null ? null : anchor.day()) : documentDate;
      if (base == null) {
        return Normalised.unplaced(grain.unknownValue(), timeSuffix, grain.precision());
      }
      return Normalised.period(grain, grain.plus(grain.startOf(base), offset), timeSuffix);
    }
  }

  /**
   * The preceding date moved by {@code offset} periods of {@code unit}, keeping its granularity or
   * taking {@code result}'s: "two days later", "a year earlier" (after "the third quarter", the
   * third quarter a year before), "the year-ago quarter".
   *
   * @param result the granularity of the value, or null for the anchor's own
   * @param comparison a comparison point, see {@link #comparison}
   */
  record Shift(Grain unit, long offset, Grain result, boolean comparison) implements Reading {
    public Shift {
      Objects.requireNonNull(unit, "unit");
    }

    Shift(Grain unit, long offset, Grain result) {
      this(unit, offset, result, false);
    }

    /**
     * A comparison point ("from 30 a year ago"): the period under discussion moved back, when that
     * period is a month, quarter, season or half; otherwise counted from the document date.
     */
    static Shift comparison(Grain unit, long offset) {
      return new Shift(unit, offset, null, true);
    }

    @Override
    public Grain anchorGrain() {
      return result != null && result.ordinal() < unit.ordinal() ? result : unit;
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense) {
      if (comparison
          && (anchor == null
              || anchor.grain().ordinal() < Grain.MONTH.ordinal()
              || anchor.grain().ordinal() > Grain.HALF.ordinal())) {
        if (documentDate == null) {
          return Normalised.unplaced(unit.unknownValue(), "", unit.precision());
        }
        return Normalised.period(unit, unit.plus(unit.startOf(documentDate), offset), "");
      }
      Grain grain = result;
      if (grain == null) {
        grain = anchor != null && anchor.grain().ordinal() < unit.ordinal() ? anchor.grain() : unit;
      }
      if (anchor == null) {
        return Normalised.unplaced(grain.unknownValue(), "", grain.precision());
      }
      return Normalised.period(grain, grain.startOf(unit.plus(anchor.day(), offset)), "");
    }
  }

  /**
   * The anchor's period placed in {@code year}: "the 1988 quarter" after "the third quarter" is the
   * third quarter of 1988. Without a finer anchor, the year itself.
   */
  record InYear(int year) implements Reading {
    @Override
    public Grain anchorGrain() {
      return Grain.HALF;
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense) {
      if (anchor == null || anchor.grain().ordinal() >= Grain.YEAR.ordinal()) {
        return Normalised.period(Grain.YEAR, LocalDate.of(year, 1, 1), "");
      }
      LocalDate day = anchor.day();
      LocalDate moved = day.withYear(year); // Feb 29 becomes Feb 28, within the same period
      return Normalised.period(anchor.grain(), anchor.grain().startOf(moved), "");
    }
  }

  /** A weekday without a date: "Sunday", "last Tuesday", "Monday morning". */
  record Weekday(DayOfWeek day, Direction direction, String timeSuffix) implements Reading {
    public Weekday {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(timeSuffix, "timeSuffix");
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense) {
      if (documentDate == null) {
        return Normalised.unplaced("XXXX-WXX-" + day.getValue(), timeSuffix, DatePrecision.DAY);
      }
      LocalDate d =
          switch (direction) {
            case NEAREST_PAST ->
                tense == Tense.FUTURE
                    ? documentDate.with(TemporalAdjusters.next(day))
                    : documentDate.with(TemporalAdjusters.previousOrSame(day));
            case LAST -> documentDate.with(TemporalAdjusters.previous(day));
            case NEXT, UPCOMING -> documentDate.with(TemporalAdjusters.next(day));
            case THIS ->
                documentDate
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .with(TemporalAdjusters.nextOrSame(day));
          };
      return Normalised.period(Grain.DAY, d, timeSuffix);
    }
  }

  /**
   * A day or a whole month of the Islamic (Hijri) calendar: "Eid al-Adha" (the 10th of Dhu
   * al-Hijjah), "Ramadan" (month 9). Placed with the Umm al-Qura calendar ({@link
   * HijrahChronology}); countries that start a month by sighting the moon may keep it a day later.
   * A whole month's value is the Gregorian year it begins in, with its exact first and last days as
   * bounds (TimeML has no value for a period that straddles two months).
   *
   * @param day the day of the month, or 0 for the whole month
   */
  record HijriDay(int month, int day, Direction direction) implements Reading {
    public HijriDay {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("expected a Hijri month 1..12, found " + month);
      }
      if (day < 0 || day > 30) {
        throw new IllegalArgumentException("expected a Hijri day 0..30, found " + day);
      }
      Objects.requireNonNull(direction, "direction");
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense) {
      DatePrecision precision = day == 0 ? DatePrecision.MONTH : DatePrecision.DAY;
      if (documentDate == null) {
        return Normalised.unplaced(day == 0 ? "XXXX" : "XXXX-XX-XX", "", precision);
      }
      Direction dir =
          direction == Direction.NEAREST_PAST && tense == Tense.FUTURE
              ? Direction.UPCOMING
              : direction;
      try {
        int year = HijrahDate.from(documentDate).get(ChronoField.YEAR);
        LocalDate[] chosen = null;
        for (int y = year - 1; y <= year + 1; y++) {
          LocalDate[] o = occurrence(y);
          boolean fits =
              switch (dir) {
                // the latest begun by the document date (a Ramadan under way counts)
                case NEAREST_PAST -> !o[0].isAfter(documentDate);
                case LAST -> o[1].isBefore(documentDate);
                case NEXT -> o[0].isAfter(documentDate);
                case UPCOMING -> !o[1].isBefore(documentDate);
                case THIS -> y == year;
              };
          boolean latest = dir == Direction.NEAREST_PAST || dir == Direction.LAST;
          if (fits && (chosen == null || latest)) {
            chosen = o;
          }
        }
        if (chosen == null) {
          return Normalised.unplaced(day == 0 ? "XXXX" : "XXXX-XX-XX", "", precision);
        }
        String value =
            day == 0
                ? String.format(Locale.ROOT, "%04d", chosen[0].getYear())
                : chosen[0].toString();
        return new Normalised(TimexType.DATE, value, chosen[0], chosen[1], precision);
      } catch (DateTimeException e) {
        // outside the years the Umm al-Qura tables cover (1882 to 2174)
        return Normalised.unplaced(day == 0 ? "XXXX" : "XXXX-XX-XX", "", precision);
      }
    }

    /** First and last Gregorian day of this holy day or month in Hijri year {@code year}. */
    private LocalDate[] occurrence(int year) {
      if (day > 0) {
        LocalDate d = LocalDate.from(HijrahChronology.INSTANCE.date(year, month, day));
        return new LocalDate[] {d, d};
      }
      HijrahDate first = HijrahChronology.INSTANCE.date(year, month, 1);
      LocalDate start = LocalDate.from(first);
      return new LocalDate[] {start, start.plusDays(first.lengthOfMonth() - 1)};
    }
  }

  /** The weekend: "the weekend", "last weekend". */
  record Weekend(Direction direction) implements Reading {
    public Weekend {
      Objects.requireNonNull(direction, "direction");
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense) {
      if (documentDate == null) {
        return Normalised.unplaced(Grain.WEEKEND.unknownValue(), "", DatePrecision.WEEK);
      }
      LocalDate saturday = Grain.WEEKEND.startOf(documentDate);
      boolean inWeekend = !documentDate.isBefore(saturday);
      long offset =
          switch (direction) {
            case NEAREST_PAST -> tense == Tense.FUTURE ? (inWeekend ? 1 : 0) : (inWeekend ? 0 : -1);
            case LAST -> -1;
            case NEXT, UPCOMING -> inWeekend ? 1 : 0;
            case THIS -> 0;
          };
      return Normalised.period(Grain.WEEKEND, Grain.WEEKEND.plus(saturday, offset), "");
    }
  }

  /**
   * A day or month without a year: "June 18", "18 June", "March". Resolved to the most recent
   * occurrence not after the document date, or the first on or after it given a future cue.
   *
   * @param day the day of the month, or 0 for the whole month
   */
  record YearlessDate(int month, int day, Direction direction, String timeSuffix)
      implements Reading {
    /** How far after the document date a yearless date is still read as upcoming. */
    static final int UPCOMING_HORIZON_DAYS = 92;

    public YearlessDate {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("expected a month 1..12, found " + month);
      }
      if (day < 0 || day > 31) {
        throw new IllegalArgumentException("expected a day 0..31, found " + day);
      }
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(timeSuffix, "timeSuffix");
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense) {
      Grain grain = day == 0 ? Grain.MONTH : Grain.DAY;
      if (documentDate == null) {
        String v =
            day == 0
                ? String.format(Locale.ROOT, "XXXX-%02d", month)
                : String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
        return Normalised.unplaced(v, timeSuffix, grain.precision());
      }
      Direction dir =
          direction == Direction.NEAREST_PAST && tense == Tense.FUTURE
              ? Direction.UPCOMING
              : direction;
      int year = documentDate.getYear();
      if (dir == Direction.NEAREST_PAST && tense == Tense.UNMARKED) {
        // Reporters drop the year only for dates near the present: a yearless date just ahead of
        // the document date is an upcoming one ("payable Dec. 7"), not one nearly a year back.
        for (int y = year; y <= year + 1; y++) {
          LocalDate ahead = at(y);
          if (ahead != null
              && ahead.isAfter(documentDate)
              && !ahead.isAfter(documentDate.plusDays(UPCOMING_HORIZON_DAYS))) {
            return Normalised.period(grain, ahead, timeSuffix);
          }
        }
      }
      // Feb 29 exists only in leap years: step on until a year has it (at most 8 years).
      for (int tries = 0; tries < 9; tries++) {
        LocalDate start = at(year);
        if (start == null) {
          year += dir == Direction.NEXT || dir == Direction.UPCOMING ? 1 : -1;
          continue;
        }
        LocalDate end = grain.endOf(start);
        switch (dir) {
          case NEAREST_PAST -> {
            if (start.isAfter(documentDate)) {
              year--;
              continue;
            }
          }
          case LAST -> {
            if (!end.isBefore(documentDate)) {
              year--;
              continue;
            }
          }
          case NEXT, UPCOMING -> {
            if (end.isBefore(documentDate)) {
              year++;
              continue;
            }
          }
          case THIS -> {}
        }
        return Normalised.period(grain, start, timeSuffix);
      }
      return Normalised.unplaced(
          String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), timeSuffix, grain.precision());
    }

    private LocalDate at(int year) {
      try {
        return LocalDate.of(year, month, day == 0 ? 1 : day);
      } catch (DateTimeException e) {
        return null; // no such day this year (Feb 29); the caller tries another year
      }
    }
  }

  /**
   * A range of days, read as TimeML 1.2 reads "March 3-5", "between 3 and 5 March" or "March 30 to
   * April 2": one DATE whose value is the first day, with the whole range as its bounds (an event
   * dated by it keeps both ends). Without a year the first day is placed as a {@link YearlessDate}
   * is (the past-tense rule included) and the range follows it; a year the text gives belongs to
   * the last day ("December 30 to January 2, 2016" begins in 2015).
   *
   * @param year the year the text gives, or 0 when it gives none
   * @param lastMonth the month of the last day: {@code month}, or another month when the range
   *     crosses into it (a later one, or an earlier one for a range into the next year)
   * @param lastDay the last day; within one month after {@code firstDay}, and in a short month cut
   *     to the month's end
   */
  record DayRange(int year, int month, int firstDay, int lastMonth, int lastDay)
      implements Reading {
    public DayRange {
      if (month < 1 || month > 12 || lastMonth < 1 || lastMonth > 12) {
        throw new IllegalArgumentException(
            "expected months 1..12, found " + month + " and " + lastMonth);
      }
      if (firstDay < 1 || firstDay > 31 || lastDay < 1 || lastDay > 31) {
        throw new IllegalArgumentException(
            "expected days 1..31, found " + firstDay + ".." + lastDay);
      }
      if (month == lastMonth && lastDay <= firstDay) {
        throw new IllegalArgumentException(
            "expected days first < last within one month, found " + firstDay + ".." + lastDay);
      }
      if (year < 0) {
        throw new IllegalArgumentException("expected a year >= 0, found " + year);
      }
    }

    /** A range within one month: "March 3-5". */
    DayRange(int year, int month, int firstDay, int lastDay) {
      this(year, month, firstDay, month, lastDay);
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense) {
      LocalDate first;
      if (year > 0) {
        // the year is written after the last day: a range into January began the year before
        int firstYear = lastMonth < month ? year - 1 : year;
        try {
          first = LocalDate.of(firstYear, month, firstDay);
        } catch (DateTimeException e) {
          first = null; // 29 February in a common year, 31 April
        }
      } else {
        first =
            new YearlessDate(month, firstDay, Direction.NEAREST_PAST, "")
                .resolve(documentDate, anchor, tense)
                .start();
      }
      if (first == null) {
        String y = year > 0 ? String.format(Locale.ROOT, "%04d", year) : "XXXX";
        return Normalised.unplaced(
            String.format(Locale.ROOT, "%s-%02d-%02d", y, month, firstDay), "", DatePrecision.DAY);
      }
      LocalDate lastMonthStart =
          first.withDayOfMonth(1).plusMonths(Math.floorMod(lastMonth - month, 12));
      LocalDate last =
          lastMonthStart.withDayOfMonth(Math.min(lastDay, lastMonthStart.lengthOfMonth()));
      return new Normalised(TimexType.DATE, Grain.DAY.value(first), first, last, DatePrecision.DAY);
    }
  }

  /** Refuses a day of the month outside 1..31 (a month's own length is checked on resolving). */
  private static void checkDayOfMonth(int day) {
    if (day < 1 || day > 31) {
      throw new IllegalArgumentException("expected a day 1..31, found " + day);
    }
  }

  /** A day of the month that no month or year places: {@code XXXX-XX-DD}. */
  private static Normalised unplacedDay(int day) {
    return Normalised.unplaced(
        String.format(Locale.ROOT, "XXXX-XX-%02d", day), "", DatePrecision.DAY);
  }

  /**
   * A day whose month was named earlier in the paragraph: "the 27th" after "on 3 March". The month
   * is taken in the year of the latest date of that month before it (the recognizer's anchor);
   * without one, the day is placed as a {@link YearlessDate} is.
   */
  record DayOfNamedMonth(int month, int day) implements Reading {
    public DayOfNamedMonth {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("expected a month 1..12, found " + month);
      }
      checkDayOfMonth(day);
    }

    @Override
    public Grain anchorGrain() {
      return Grain.MONTH;
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense) {
      if (anchor != null && anchor.day().getMonthValue() == month) {
        LocalDate first = anchor.day().withDayOfMonth(1);
        if (day > first.lengthOfMonth()) {
          return Normalised.unplaced(
              String.format(Locale.ROOT, "%04d-%02d-%02d", first.getYear(), month, day),
              "",
              DatePrecision.DAY);
        }
        return Normalised.period(Grain.DAY, first.withDayOfMonth(day), "");
      }
      return new YearlessDate(month, day, Direction.NEAREST_PAST, "")
          .resolve(documentDate, anchor, tense);
    }
  }

  /**
   * A day of the month counted from the document date's month: "the 27th of last month" (27, -1),
   * "the 3rd of next month" (3, +1), "the 9th of this month" (9, 0). A day the month lacks (the
   * 31st of a 30-day month) is no date.
   */
  record DayOfRelativeMonth(int day, int monthOffset) implements Reading {
    public DayOfRelativeMonth {
      checkDayOfMonth(day);
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense) {
      if (documentDate == null) {
        return unplacedDay(day);
      }
      LocalDate month = documentDate.withDayOfMonth(1).plusMonths(monthOffset);
      if (day > month.lengthOfMonth()) {
        return Normalised.unplaced(
            String.format(Locale.ROOT, "%04d-%02d-XX", month.getYear(), month.getMonthValue()),
            "",
            DatePrecision.MONTH);
      }
      return Normalised.period(Grain.DAY, month.withDayOfMonth(day), "");
    }
  }

  /**
   * A day of the month without a month: "on the 27th". The document date's month, or the month
   * before when a past-tense clause would otherwise put it after the document date (the month after
   * when a future cue would put it before); unmarked clauses keep the document's month.
   */
  record DayOfMonth(int day) implements Reading {
    public DayOfMonth {
      checkDayOfMonth(day);
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense) {
      if (documentDate == null) {
        return unplacedDay(day);
      }
      int step = tense == Tense.PAST ? -1 : tense == Tense.FUTURE ? 1 : 0;
      LocalDate month = documentDate.withDayOfMonth(1);
      // a 31st steps over the months without one (at most two in a row)
      for (int tries = 0; tries < 4; tries++) {
        LocalDate d = day <= month.lengthOfMonth() ? month.withDayOfMonth(day) : null;
        boolean fits =
            d != null
                && (step == 0
                    || (step < 0 && !d.isAfter(documentDate))
                    || (step > 0 && !d.isBefore(documentDate)));
        if (fits) {
          return Normalised.period(Grain.DAY, d, "");
        }
        month = month.plusMonths(step == 0 ? -1 : step);
      }
      return unplacedDay(day);
    }
  }

  /**
   * "The first week of March", "the last week of March 2016", "the first two weeks of March": one
   * to three weeks of a month, counted from day 1 (days 1-7, 8-14, 15-21, 22-28) or back from the
   * month's last day. Convention: for one week the value is the ISO week (TIMEX3 {@code 2016-W10})
   * that holds the middle of the seven days, hence at least four of them; for two or three weeks,
   * which no ISO value names, the month ({@code 2016-03}). The bounds are the days themselves,
   * precision WEEK. Without a year the month is placed as a {@link YearlessDate} month is.
   *
   * @param year the year the text gives, or 0 when it gives none
   * @param ordinal 1..4, or -1 for the last week(s)
   * @param weeks how many weeks, 1..3; more than one only from the first or the last week
   */
  record WeekOfMonth(int year, int month, int ordinal, int weeks) implements Reading {
    public WeekOfMonth {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("expected a month 1..12, found " + month);
      }
      if (ordinal != -1 && (ordinal < 1 || ordinal > 4)) {
        throw new IllegalArgumentException("expected a week 1..4 or -1 (last), found " + ordinal);
      }
      if (weeks < 1 || weeks > 3 || (weeks > 1 && ordinal > 1)) {
        throw new IllegalArgumentException(
            "expected 1 week, or 2..3 from the first or last, found "
                + weeks
                + " from week "
                + ordinal);
      }
      if (year < 0) {
        throw new IllegalArgumentException("expected a year >= 0, found " + year);
      }
    }

    /** One week of a month: "the second week of March". */
    WeekOfMonth(int year, int month, int ordinal) {
      this(year, month, ordinal, 1);
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense) {
      LocalDate first =
          year > 0
              ? LocalDate.of(year, month, 1)
              : new YearlessDate(month, 0, Direction.NEAREST_PAST, "")
                  .resolve(documentDate, anchor, tense)
                  .start();
      if (first == null) {
        return Normalised.unplaced(
            weeks == 1 ? Grain.WEEK.unknownValue() : String.format(Locale.ROOT, "XXXX-%02d", month),
            "",
            DatePrecision.WEEK);
      }
      int days = 7 * weeks;
      LocalDate start =
          ordinal > 0
              ? first.plusDays(7L * (ordinal - 1))
              : first.withDayOfMonth(first.lengthOfMonth()).minusDays(days - 1L);
      String value = weeks == 1 ? Grain.WEEK.value(start.plusDays(3)) : Grain.MONTH.value(first);
      return new Normalised(
          TimexType.DATE, value, start, start.plusDays(days - 1L), DatePrecision.WEEK);
    }
  }

  /**
   * A holiday fixed as the n-th weekday of a month ("Thanksgiving": the fourth Thursday of
   * November), without a year: the most recent one not after the document date, or the upcoming one
   * given a future cue or {@code direction}.
   */
  record NthWeekday(int month, DayOfWeek weekday, int n, Direction direction) implements Reading {
    public NthWeekday {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("expected a month 1..12, found " + month);
      }
      if (n < 1 || n > 4) {
        throw new IllegalArgumentException("expected n in 1..4, found " + n);
      }
      Objects.requireNonNull(weekday, "weekday");
      Objects.requireNonNull(direction, "direction");
    }

    LocalDate in(int year) {
      return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense) {
      if (documentDate == null) {
        return Normalised.unplaced(
            "XXXX-" + String.format(Locale.ROOT, "%02d", month) + "-XX", "", DatePrecision.DAY);
      }
      Direction dir =
          direction == Direction.NEAREST_PAST && tense == Tense.FUTURE
              ? Direction.UPCOMING
              : direction;
      int year = documentDate.getYear();
      LocalDate day =
          switch (dir) {
            case NEAREST_PAST -> in(year).isAfter(documentDate) ? in(year - 1) : in(year);
            case LAST -> in(year).isBefore(documentDate) ? in(year) : in(year - 1);
            case NEXT -> in(year).isAfter(documentDate) ? in(year) : in(year + 1);
            case UPCOMING -> in(year).isBefore(documentDate) ? in(year + 1) : in(year);
            case THIS -> in(year);
          };
      return Normalised.period(Grain.DAY, day, "");
    }
  }

  /**
   * A month or day in a year counted from the document date's: "June last year" (6, 0, -1).
   *
   * @param day the day of the month, or 0 for the whole month
   */
  record MonthOfYear(int month, int day, int yearOffset) implements Reading {
    public MonthOfYear {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("expected a month 1..12, found " + month);
      }
      if (day < 0 || day > 31) {
        throw new IllegalArgumentException("expected a day 0..31, found " + day);
      }
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense) {
      Grain grain = day == 0 ? Grain.MONTH : Grain.DAY;
      if (documentDate != null) {
        try {
          LocalDate start =
              LocalDate.of(documentDate.getYear() + yearOffset, month, Math.max(1, day));
          return Normalised.period(grain, start, "");
        } catch (DateTimeException e) {
          // Feb 29 in a common year: fall through to an unplaced value
        }
      }
      String v =
          day == 0
              ? String.format(Locale.ROOT, "XXXX-%02d", month)
              : String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
      return Normalised.unplaced(v, "", grain.precision());
    }
  }

  /**
   * A quarter, half or season in a year counted from the document date's: "next year's first
   * quarter".
   */
  record PeriodOfYear(YearlessPeriod period, int yearOffset) implements Reading {
    public PeriodOfYear {
      Objects.requireNonNull(period, "period");
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense) {
      if (documentDate == null) {
        return period.resolve(null, anchor, tense);
      }
      LocalDate start = period.start(documentDate.getYear() + yearOffset);
      return Normalised.period(period.grain(), start, "");
    }
  }

  /**
   * A quarter, half or season without a year: "the third quarter", "last summer".
   *
   * @param index 0-based: quarter 0..3, half 0..1, season 0..3 (spring, summer, fall, winter)
   */
  record YearlessPeriod(Grain grain, int index, Direction direction) implements Reading {
    public YearlessPeriod {
      if (grain != Grain.QUARTER && grain != Grain.HALF && grain != Grain.SEASON) {
        throw new IllegalArgumentException("expected QUARTER, HALF or SEASON, found " + grain);
      }
      int max = grain == Grain.HALF ? 1 : 3;
      if (index < 0 || index > max) {
        throw new IllegalArgumentException("expected an index 0.." + max + ", found " + index);
      }
      Objects.requireNonNull(direction, "direction");
    }

    /** The period of this kind in {@code year}. */
    LocalDate start(int year) {
      return switch (grain) {
        case QUARTER -> LocalDate.of(year, 1 + 3 * index, 1);
        case HALF -> LocalDate.of(year, 1 + 6 * index, 1);
        default -> Grain.seasonStart(year, index);
      };
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, Tense tense) {
      if (documentDate == null) {
        String code =
            switch (grain) {
              case QUARTER -> "Q" + (index + 1);
              case HALF -> "H" + (index + 1);
              default -> Grain.seasonCode(index);
            };
        return Normalised.unplaced("XXXX-" + code, "", grain.precision());
      }
      Direction dir =
          direction == Direction.NEAREST_PAST && tense == Tense.FUTURE
              ? Direction.UPCOMING
              : direction;
      int year = documentDate.getYear();
      LocalDate start = start(year);
      switch (dir) {
        case NEAREST_PAST -> {
          if (start.isAfter(documentDate)) {
            start = start(year - 1);
          }
        }
        case LAST -> {
          if (!grain.endOf(start).isBefore(documentDate)) {
            start = start(year - 1);
          }
        }
        case NEXT -> {
          if (!start.isAfter(documentDate)) {
            start = start(year + 1);
          }
        }
        case UPCOMING -> {
          if (grain.endOf(start).isBefore(documentDate)) {
            start = start(year + 1);
          }
        }
        case THIS -> {}
      }
      return Normalised.period(grain, start, "");
    }
  }
}
