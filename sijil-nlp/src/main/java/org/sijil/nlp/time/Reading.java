package org.sijil.nlp.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
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
   * @param futureCue whether the sentence speaks of the future ("will", "next", "tomorrow")
   */
  Normalised resolve(LocalDate documentDate, Anchor anchor, boolean futureCue);

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
    public Normalised resolve(LocalDate documentDate, Anchor anchor, boolean futureCue) {
      return normalised;
    }
  }

  /**
   * The period {@code offset} periods of {@code grain} from the one containing the reference day:
   * "yesterday" (DAY, -1), "last week" (WEEK, -1), "the following day" (DAY, +1, anchored).
   *
   * @param anchored counts from the preceding date in the text rather than the document date
   * @param shiftsAnchor moves the anchor's own period rather than naming a period of {@code grain}:
   *     "a year earlier" after "the third quarter" is the third quarter a year before
   */
  record Relative(
      Grain grain, long offset, boolean anchored, String timeSuffix, boolean shiftsAnchor)
      implements Reading {
    public Relative {
      Objects.requireNonNull(grain, "grain");
      Objects.requireNonNull(timeSuffix, "timeSuffix");
      if (shiftsAnchor && !anchored) {
        throw new IllegalArgumentException("expected an anchored reading to shift an anchor");
      }
    }

    Relative(Grain grain, long offset, boolean anchored, String timeSuffix) {
      this(grain, offset, anchored, timeSuffix, false);
    }

    /** The anchor's period moved by {@code offset} periods of {@code grain}: "two days later". */
    static Relative shift(Grain grain, long offset) {
      return new Relative(grain, offset, true, "", true);
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, boolean futureCue) {
      if (anchored && anchor != null) {
        if (shiftsAnchor && anchor.grain().ordinal() < grain.ordinal()) {
          Grain kept = anchor.grain();
          return Normalised.period(
              kept, kept.startOf(grain.plus(anchor.day(), offset)), timeSuffix);
        }
        return Normalised.period(
            grain, grain.plus(grain.startOf(anchor.day()), offset), timeSuffix);
      }
      if (anchored || documentDate == null) {
        return Normalised.unplaced(grain.unknownValue(), timeSuffix, grain.precision());
      }
      return Normalised.period(grain, grain.plus(grain.startOf(documentDate), offset), timeSuffix);
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
    public Normalised resolve(LocalDate documentDate, Anchor anchor, boolean futureCue) {
      if (documentDate == null) {
        return Normalised.unplaced("XXXX-WXX-" + day.getValue(), timeSuffix, DatePrecision.DAY);
      }
      LocalDate d =
          switch (direction) {
            case NEAREST_PAST ->
                futureCue
                    ? documentDate.with(TemporalAdjusters.next(day))
                    : documentDate.with(TemporalAdjusters.previousOrSame(day));
            case LAST -> documentDate.with(TemporalAdjusters.previous(day));
            case NEXT -> documentDate.with(TemporalAdjusters.next(day));
            case THIS ->
                documentDate
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .with(TemporalAdjusters.nextOrSame(day));
          };
      return Normalised.period(Grain.DAY, d, timeSuffix);
    }
  }

  /** The weekend: "the weekend", "last weekend". */
  record Weekend(Direction direction) implements Reading {
    public Weekend {
      Objects.requireNonNull(direction, "direction");
    }

    @Override
    public Normalised resolve(LocalDate documentDate, Anchor anchor, boolean futureCue) {
      if (documentDate == null) {
        return Normalised.unplaced(Grain.WEEKEND.unknownValue(), "", DatePrecision.WEEK);
      }
      LocalDate saturday = Grain.WEEKEND.startOf(documentDate);
      boolean inWeekend = !documentDate.isBefore(saturday);
      long offset =
          switch (direction) {
            case NEAREST_PAST -> futureCue ? (inWeekend ? 1 : 0) : (inWeekend ? 0 : -1);
            case LAST -> -1;
            case NEXT -> inWeekend ? 1 : 0;
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
    public Normalised resolve(LocalDate documentDate, Anchor anchor, boolean futureCue) {
      Grain grain = day == 0 ? Grain.MONTH : Grain.DAY;
      if (documentDate == null) {
        String v =
            day == 0
                ? String.format(Locale.ROOT, "XXXX-%02d", month)
                : String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
        return Normalised.unplaced(v, timeSuffix, grain.precision());
      }
      Direction dir = direction == Direction.NEAREST_PAST && futureCue ? Direction.NEXT : direction;
      int year = documentDate.getYear();
      if (dir == Direction.NEAREST_PAST) {
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
          year += dir == Direction.NEXT ? 1 : -1;
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
          case NEXT -> {
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
    public Normalised resolve(LocalDate documentDate, Anchor anchor, boolean futureCue) {
      if (documentDate == null) {
        String code =
            switch (grain) {
              case QUARTER -> "Q" + (index + 1);
              case HALF -> "H" + (index + 1);
              default -> Grain.seasonCode(index);
            };
        return Normalised.unplaced("XXXX-" + code, "", grain.precision());
      }
      Direction dir = direction == Direction.NEAREST_PAST && futureCue ? Direction.NEXT : direction;
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
        case THIS -> {}
      }
      return Normalised.period(grain, start, "");
    }
  }
}
