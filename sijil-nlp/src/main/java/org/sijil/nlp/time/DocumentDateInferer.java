package org.sijil.nlp.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sijil.model.time.TimeExpression;

/**
 * Infers a report's date when its publication date is unknown, from weekday-and-date pairs
 * ("Sunday, June 18"; in Arabic "الأحد 18 حزيران") and the years the text mentions.
 *
 * <p>A weekday pins a day of the year to a few candidate years (June 18 is a Sunday in 2006, 2017,
 * 2023, ...). Among them the inferer takes the year that fits most pairs, preferring the first on
 * or after the latest year the text mentions (a report rarely names a year after its own), or, with
 * no year mentioned, the latest not after a given bound. The inferred date is the latest dated day
 * in that year: the report was written on or after it. Immutable and thread-safe.
 */
public final class DocumentDateInferer {

  /** How many years past the latest mentioned year to look for a weekday match (a full cycle). */
  private static final int SEARCH_YEARS = 28;

  private static final String B = "(?<![\\p{L}\\p{N}])";
  private static final String E = "(?![\\p{L}\\p{N}])";
  private static final Pattern WEEKDAY_DATE =
      Pattern.compile(
          B
              + "(?<wd>"
              + EnglishTimeRules.WEEKDAYS
              + "),?\\s{1,3}(?:the\\s+)?(?:(?<mon>"
              + EnglishTimeRules.MONTH_WORDS
              + ")\\s{0,3}(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
              + "|(?<day2>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\\s{1,3}(?:of\\s+)?(?<mon2>"
              + EnglishTimeRules.MONTH_WORDS
              + "))"
              + E
              + "(?!,?\\s*\\d)",
          Pattern.CASE_INSENSITIVE);

  private final TimeExpressionRecognizer recognizer;
  private final Function<String, List<Pair>> pairReader;

  /**
   * @param recognizer finds the years the text mentions
   * @param pairReader finds the text's weekday-and-date pairs without a year
   */
  DocumentDateInferer(
      TimeExpressionRecognizer recognizer, Function<String, List<Pair>> pairReader) {
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
    this.pairReader = Objects.requireNonNull(pairReader, "pairReader");
  }

  /** An inferer for English text. */
  public static DocumentDateInferer english() {
    return new DocumentDateInferer(
        RuleTimeExpressionRecognizer.english(), DocumentDateInferer::englishPairs);
  }

  /**
   * An inferer for Arabic text: Arabic weekdays, either set of month names, Western or Arabic-Indic
   * digits ("يوم الأحد ١٨ حزيران", "الثلاثاء الموافق 4 آذار/مارس").
   */
  public static DocumentDateInferer arabic() {
    return new DocumentDateInferer(
        RuleTimeExpressionRecognizer.arabic(), ArabicTimeRules::weekdayDates);
  }

  /**
   * A date inferred for a report.
   *
   * @param date the inferred document date (the latest weekday-dated day found)
   * @param confidence in [0, 1]: high when the year is one the text mentions, lower when it had to
   *     be taken from the bound alone
   * @param explanation which pairs, candidate years and mentioned years led to it
   */
  public record InferredDate(LocalDate date, double confidence, String explanation) {
    public InferredDate {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(explanation, "explanation");
      if (!(confidence >= 0 && confidence <= 1)) {
        throw new IllegalArgumentException("expected a confidence in [0, 1], found " + confidence);
      }
      if (explanation.isBlank()) {
        throw new IllegalArgumentException("expected an explanation, found a blank string");
      }
    }
  }

  /**
   * Infers the date of {@code text}.
   *
   * @param notAfter the latest the report can be (e.g. when it was collected); years after it are
   *     never chosen
   * @return empty when the text has no weekday-and-date pair that fits a year up to {@code
   *     notAfter}
   */
  public Optional<InferredDate> infer(String text, LocalDate notAfter) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(notAfter, "notAfter");
    List<Pair> pairs = pairReader.apply(text);
    if (pairs.isEmpty()) {
      return Optional.empty();
    }
    int latestMentioned = Integer.MIN_VALUE;
    for (TimeExpression e : recognizer.recognize(text, null)) {
      if (e.end() != null && !e.end().isAfter(notAfter)) {
        latestMentioned = Math.max(latestMentioned, e.end().getYear());
      }
    }
    boolean yearMentioned = latestMentioned != Integer.MIN_VALUE;
    int from = yearMentioned ? latestMentioned : notAfter.getYear() - SEARCH_YEARS;
    int to =
        yearMentioned
            ? Math.min(notAfter.getYear(), latestMentioned + SEARCH_YEARS)
            : notAfter.getYear();

    // For each candidate year, how many pairs fall on their weekday in it.
    Map<Integer, Integer> fits = new TreeMap<>();
    for (int y = from; y <= to; y++) {
      for (Pair p : pairs) {
        LocalDate d = p.in(y);
        if (d != null && !d.isAfter(notAfter) && d.getDayOfWeek() == p.weekday) {
          fits.merge(y, 1, Integer::sum);
        }
      }
    }
    if (fits.isEmpty()) {
      return Optional.empty();
    }
    int most = fits.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    List<Integer> best = new ArrayList<>();
    fits.forEach(
        (y, n) -> {
          if (n == most) {
            best.add(y);
          }
        });
    // Nearest to the latest mentioned year (the first on or after it); else the latest allowed.
    int year = yearMentioned ? best.get(0) : best.get(best.size() - 1);
    LocalDate date = null;
    for (Pair p : pairs) {
      LocalDate d = p.in(year);
      if (d != null && d.getDayOfWeek() == p.weekday && (date == null || d.isAfter(date))) {
        date = d;
      }
    }
    double agreement = (double) most / pairs.size();
    double base;
    if (!yearMentioned) {
      base = 0.3;
    } else if (year == latestMentioned) {
      base = 0.9;
    } else if (year - latestMentioned <= 2) {
      base = 0.7;
    } else {
      base = 0.5;
    }
    String explanation =
        String.format(
            Locale.ROOT,
            "%d of %d weekday-date pairs (%s) fit %d; candidate years %s; %s",
            most,
            pairs.size(),
            describe(pairs),
            year,
            best,
            yearMentioned
                ? "latest year mentioned " + latestMentioned
                : "no year mentioned, latest fitting year not after " + notAfter);
    return Optional.of(new InferredDate(date, base * agreement, explanation));
  }

  private static String describe(List<Pair> pairs) {
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (Pair p : pairs) {
      seen.put(p.text, true);
    }
    return String.join("; ", seen.keySet());
  }

  private static List<Pair> englishPairs(String text) {
    List<Pair> pairs = new ArrayList<>();
    Matcher m = WEEKDAY_DATE.matcher(text);
    while (m.find()) {
      String mon = m.group("mon") != null ? m.group("mon") : m.group("mon2");
      String day = m.group("day") != null ? m.group("day") : m.group("day2");
      String lower = mon.toLowerCase(Locale.ROOT);
      if (!Character.isUpperCase(mon.charAt(0))
          && (lower.equals("may") || lower.startsWith("mar"))) {
        continue; // "may" and "march" in lower case are verbs
      }
      pairs.add(
          new Pair(
              DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT)),
              EnglishTimeRules.month(mon),
              Integer.parseInt(day),
              m.group()));
    }
    return pairs;
  }

  /** A weekday named with a day of a month and no year, as the text writes it. */
  record Pair(DayOfWeek weekday, int month, int day, String text) {
    LocalDate in(int year) {
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return null; // no such day in that year (Feb 29, June 31)
      }
    }
  }
}
