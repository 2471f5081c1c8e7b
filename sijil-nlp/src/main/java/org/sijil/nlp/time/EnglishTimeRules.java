package org.sijil.nlp.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sijil.model.time.DatePrecision;
import org.sijil.model.time.TimexType;
import org.sijil.nlp.CalendarWords;
import org.sijil.nlp.WordSet;
import org.sijil.nlp.time.TimeRules.Keys;

/**
 * English rules. Every pattern is linear: alternations of fixed words joined by bounded whitespace,
 * no nested quantifiers, so a megabyte of text is scanned without backtracking blow-ups. Month
 * names that are also common words ("may", "march") count only when capitalised.
 */
final class EnglishTimeRules implements TimeRules {

  static final String VERSION = "english-time-rules@1";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String B = "(?<![\\p{L}\\p{N}])";
  private static final String E = "(?![\\p{L}\\p{N}])";
  private static final List<String> FULL_MONTHS = CalendarWords.MONTHS;
  static final String MONTH_WORDS =
      "january|february|march|april|may|june|july|august|september|october|november|december"
          + "|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
  static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  private static final String DAY_NUM = "(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?";
  private static final String DAY_FROM = "(?<d1>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?";
  private static final String DAY_TO = "(?<d2>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?";
  private static final String YEAR = "(?<year>1[0-9]{3}|20[0-9]{2})";
  private static final String POD = "(?<pod>morning|afternoon|evening|night)";
  private static final String NUM =
      "(?<n>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?"
          + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
          + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
          + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          + "|fifteen|sixteen|seventeen|eighteen|nineteen|a couple of|a dozen|a few|half an?|an|a"
          + "|several|few|many|some|dozens of|hundreds of|a hundred|hundred)";
  private static final String UNIT =
      "(?<unit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?"
          + "|centuries|century|quarters?)";
  private static final String APPROX =
      "(?:(?:about|around|some|nearly|almost|more than|over|less than|under|roughly"
          + "|approximately|just|only|at least|exactly|barely|fewer than|up to)\\s+)?";

  private static final String CLOCK =
      "(?:(?<h>1[0-2]|0?[1-9])(?:[:.](?<min>[0-5]\\d))?\\s?(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)"
          + "|(?<nm>noon|midday|midnight))";
  private static final String TIME_ZONE =
      "(?:\\s+(?:local time|GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT))?";
  private static final String DAY_REF =
      "(?:(?<wd>"
          + WEEKDAYS
          + ")|(?<dw>yesterday|today|tomorrow)|(?<mon>"
          + MONTH_WORDS
          + ")\\s{0,3}"
          + DAY_NUM
          + ")";

  // Key words by kind: every match of a rule holds one of its kind (see TimeRules.Keys).
  private static final List<String> MONTH_WORDS_LIST =
      List.copyOf(CalendarWords.union(CalendarWords.MONTHS, CalendarWords.MONTH_ABBREVIATIONS));
  private static final List<String> UNIT_WORDS =
      List.of(
          "second",
          "seconds",
          "minute",
          "minutes",
          "hour",
          "hours",
          "day",
          "days",
          "week",
          "weeks",
          "weekend",
          "weekends",
          "fortnight",
          "fortnights",
          "month",
          "months",
          "year",
          "years",
          "decade",
          "decades",
          "century",
          "centuries",
          "quarter",
          "quarters",
          "half");
  private static final List<String> PART_OF_DAY_WORDS =
      List.of("morning", "afternoon", "evening", "night", "tonight");
  private static final List<String> DAY_WORDS =
      List.of("today", "tonight", "yesterday", "tomorrow");
  private static final List<String> SEASON_WORDS =
      List.of("spring", "summer", "autumn", "fall", "winter");
  private static final List<String> CLOCK_WORDS = List.of("noon", "midday", "midnight");
  private static final List<String> SPOKEN_WORDS =
      List.of(
          "nineteen",
          "thousand",
          "twenties",
          "thirties",
          "forties",
          "fifties",
          "sixties",
          "seventies",
          "eighties",
          "nineties");
  private static final List<String> HOLIDAY_WORDS = List.of("christmas", "thanksgiving");
  private static final Keys NUMBERS_KEYS = Keys.of(true);
  private static final Keys MONTH_KEYS = Keys.of(false, MONTH_WORDS_LIST);
  private static final Keys WEEKDAY_KEYS = Keys.of(false, CalendarWords.WEEKDAYS);
  private static final Keys PLURAL_WEEKDAY_KEYS =
      Keys.of(
          false,
          CalendarWords.WEEKDAYS,
          CalendarWords.WEEKDAYS.stream().map(d -> d + "s").toList());
  private static final Keys MONTH_OR_WEEKDAY_KEYS =
      Keys.of(false, MONTH_WORDS_LIST, CalendarWords.WEEKDAYS);
  private static final Keys MONTH_OR_SEASON_KEYS = Keys.of(false, MONTH_WORDS_LIST, SEASON_WORDS);
  private static final Keys UNIT_KEYS = Keys.of(false, UNIT_WORDS);
  private static final Keys SEASON_KEYS = Keys.of(false, SEASON_WORDS);
  private static final Keys SPOKEN_OR_UNIT_KEYS = Keys.of(false, SPOKEN_WORDS, UNIT_WORDS);
  private static final Keys DECADE_OR_NUMBERS_KEYS = Keys.of(true, SPOKEN_WORDS);
  private static final Keys DAY_WORD_KEYS = Keys.of(false, DAY_WORDS);
  private static final Keys PART_OF_DAY_KEYS = Keys.of(false, PART_OF_DAY_WORDS);
  private static final Keys UNIT_OR_PART_OF_DAY_KEYS =
      Keys.of(false, UNIT_WORDS, PART_OF_DAY_WORDS);
  private static final Keys CLOCK_KEYS = Keys.of(true, CLOCK_WORDS);
  private static final Keys DAY_REF_KEYS =
      Keys.of(false, CalendarWords.WEEKDAYS, DAY_WORDS, MONTH_WORDS_LIST);
  private static final Keys EVERY_KEYS =
      Keys.of(false, UNIT_WORDS, CalendarWords.WEEKDAYS, PART_OF_DAY_WORDS);
  private static final Keys FREQUENCY_KEYS =
      Keys.of(
          false,
          List.of(
              "daily",
              "weekly",
              "monthly",
              "yearly",
              "annually",
              "hourly",
              "nightly",
              "biweekly",
              "quarterly"));
  private static final Keys REFERENCE_KEYS =
      Keys.of(
          false,
          List.of(
              "now",
              "nowadays",
              "currently",
              "presently",
              "present",
              "moment",
              "current",
              "recently",
              "lately",
              "recent",
              "past",
              "future",
              "term",
              "soon"),
          UNIT_WORDS);
  private static final Keys HOLIDAY_KEYS = Keys.of(false, HOLIDAY_WORDS);
  private static final Keys DAWN_KEYS = Keys.of(false, List.of("dawn", "daybreak", "light"));
  private static final Keys MONTH_UNIT_KEYS = Keys.of(false, List.of("month"));
  private static final Keys MID_PART_OF_DAY_KEYS =
      Keys.of(false, List.of("morning", "afternoon", "evening", "midmorning", "midafternoon"));
  private static final Keys HOURS_KEYS = Keys.of(false, List.of("hours"));
  private static final Keys OVERNIGHT_KEYS = Keys.of(false, List.of("overnight"));
  private static final Keys LATER_KEYS = Keys.of(false, List.of("hours", "minutes", "moments"));
  private static final Keys HIJRI_KEYS = Keys.of(false, List.of("ramadan", "eid", "adha", "fitr"));
  private static final String DAWN = "(?:dawn|daybreak|first\\s+light)";
  // A day as dawn goes with it: a day reference (DAY_REF), or a day before its month, with or
  // without the year.
  private static final String DAWN_DAY =
      "(?:"
          + DAY_REF
          + "|(?<day2>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\\s{1,3}(?:of\\s+)?(?<mon2>"
          + MONTH_WORDS
          + "))(?:,?\\s{1,3}"
          + YEAR
          + ")?";
  private static final Keys HOLIDAY_OR_UNIT_KEYS = Keys.of(false, HOLIDAY_WORDS, UNIT_WORDS);

  /**
   * Simple-past forms of irregular verbs, past cues as regular "-ed" verbs are ("the rebels took
   * the airport on 2 May" is the past 2 May). Only forms that are rarely a noun, an adjective or a
   * present tense (not "left", "lost", "hit", "put", "set", "cut", "read"), nor participles a
   * future clause uses ("will be held", "will have taken").
   */
  private static final List<String> IRREGULAR_PAST =
      List.of(
          "took",
          "began",
          "came",
          "went",
          "fled",
          "fell",
          "struck",
          "broke",
          "rose",
          "saw",
          "gave",
          "wrote",
          "spoke",
          "drove",
          "blew",
          "threw",
          "flew",
          "ran",
          "sank",
          "shook",
          "stole",
          "grew",
          "knew",
          "drew",
          "withdrew",
          "overran",
          "overtook",
          "fought",
          "brought",
          "sought",
          "caught",
          "met",
          "led",
          "shot",
          "stood",
          "sent",
          "spent",
          "became",
          "forgot",
          "swept",
          "slept",
          "kept",
          "bought",
          "thought",
          "felt");

  /**
   * Present tenses that speak of a scheduled event ("the minister arrives on Friday", "the truce
   * expires on Monday"): future cues, taken only when the verb places the date in its own clause,
   * as a past verb must. Verbs a report rarely uses for a habit or as a noun.
   */
  private static final List<String> SCHEDULED_PRESENT =
      List.of(
          "arrives",
          "departs",
          "begins",
          "starts",
          "opens",
          "resumes",
          "expires",
          "convenes",
          "reconvenes",
          "visits",
          "travels",
          "kicks off",
          "takes place",
          "takes effect",
          "comes into force",
          "goes into effect");

  /**
   * Tense cues; the nearest one before a date decides whether it is read as upcoming. "next to" is
   * a place ("next to the embassy"), no cue.
   */
  private static final Pattern TENSE_CUE =
      Pattern.compile(
          B
              + "(?:(?<future>will|shall|won't|going to|scheduled|expected to|plans? to|planned"
              + "|upcoming|tomorrow|next(?!\\s+to\\b)|set to|(?:is|are) to|to be held|intends? to|planning to"
              + "|would|could"
              + "|might|as soon as|as early as|in time for)"
              + "|(?<present>"
              + String.join("|", SCHEDULED_PRESENT)
              + ")"
              + "|(?<past>said|says|told|was|were|had|did|ago|yesterday|last|agreed|freed|"
              + String.join("|", IRREGULAR_PAST)
              + "|(?-i:\\p{Ll}{2,}(?<!e)ed)))"
              + E,
          FLAGS);

  /**
   * Between the two ends of a range across months: a dash ("March 30-April 2", "30 March – 2
   * April"). Ends joined by words ("from 30 March to 2 April", "between ... and ...") are two
   * TIMEX3 points, as TimeML's guidelines and the TempEval corpora mark them ("from" and "to" are
   * signals), and each end is read by the date rules on its own.
   */
  private static final String CROSS_RANGE_SEPARATOR = "\\s*[-\u2013\u2014]\\s*";

  /**
   * What may follow a day number standing alone as a date ("on the 27th", "April 24 and 25"):
   * punctuation, the end, or a function word; not a noun ("the 27th floor", "and 25 people").
   */
  private static final String DATE_END =
      "(?=\\s*(?:[,.;:)]|$)|\\s+(?:and|or|but|when|while|as|at|in|after|before|during"
          + "|with|amid|following|near|around|until|till|to|from)"
          + E
          + ")";

  /** A month and day just before "and 25": the month the second day belongs to. */
  private static final Pattern MONTH_DAY_BEFORE =
      Pattern.compile(
          B
              + "(?<mon>"
              + MONTH_WORDS
              + ")\\s{0,3}(?<d1>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?,?\\s+$",
          FLAGS);

  /**
   * A month named as a date: with a day or a year after it, or after a preposition ("in March").
   * The latest one in a paragraph gives the month of a bare "the 27th" later in it.
   */
  private static final Pattern MONTH_MENTION =
      Pattern.compile(
          B
              + "(?:(?<prep>in|of|on|since|until|till|during|by|from|early|late|mid)[\\s-]+)?"
              + "(?<mon>"
              + MONTH_WORDS
              + ")(?<after>\\s{0,3}(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
              + "|,?\\s{1,3}(?:1[0-9]{3}|20[0-9]{2}))?"
              + E,
          FLAGS);

  /** How far back a bare "the 27th" looks for the month named before it, within its paragraph. */
  private static final int MONTH_LOOK_BACK = 400;

  /** The opening of a relative clause set off by a comma: ", where", ", which", ", who". */
  private static final Pattern RELATIVE_CLAUSE =
      Pattern.compile(",\\s+(?:where|which|who|whom|whose)" + E, FLAGS);

  private static final Pattern TEMPORAL_PREPOSITION =
      Pattern.compile(
          "(?:in|since|until|till|by|during|from|through|of|before|after|between|and|or|to"
              + "|early|late|mid|year|years|circa|c\\.)[\\s-]*$",
          FLAGS);

  private static final Pattern COMPARISON =
      Pattern.compile(B + "(?:from|with|than|versus|vs\\.?|against)" + E, FLAGS);

  /** Reporting verbs: a date further on in their clause is what was reported, not when. */
  private static final Pattern REPORTING =
      Pattern.compile("said|says|told|announced|reported|stated|warned|added", FLAGS);

  /**
   * What may stand between a past verb and the date it marks: "ended Jan. 31", "said on"; or, in
   * the same clause, a few words and then "on", "in" or "during", which place the verb's event at
   * the date ("took the airport on 2 May", "met in April"). Not across a comma, nor after words
   * that make the date a deadline or a time still ahead ("extended to", "payable on", "due in",
   * "effective in"), and not after "expected", which speaks of the future as "expected to" does.
   */
  private static final Pattern PAST_CUE_GAP =
      Pattern.compile(
          "\\s+(?:on\\s+)?|(?<clause>(?<!expected)(?:\\s+"
              + "(?!(?:payable|due|effective|until|till|to|by|through)\\b)[\\p{L}\\p{N}'\u2019-]+){0,5}\\s+(?:on|in|during)\\s+)",
          FLAGS);

  private final List<Rule> rules;

  EnglishTimeRules() {
    List<Rule> r = new ArrayList<>();
    r.add(
        rule(
            "iso-date",
            NUMBERS_KEYS,
            0,
            B + YEAR + "-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])" + E,
            (m, t) -> day(num(m, "year"), num(m, "m"), num(m, "d"))));
    r.add(
        rule(
            "numeric-date",
            NUMBERS_KEYS,
            0,
            B
                + "(?<a>[0-3]?\\d)(?<sep>[/.])(?<b>[0-3]?\\d)\\k<sep>(?<y>\\d{4}|\\d{2})"
                + E
                + "(?![./]\\d)",
            EnglishTimeRules::numericDate));
    r.add(
        rule(
            "month-day-year",
            MONTH_OR_WEEKDAY_KEYS,
            0,
            B
                + "(?:(?<wd>"
                + WEEKDAYS
                + "),?\\s{1,3}(?:the\\s+)?)?(?<mon>"
                + MONTH_WORDS
                + ")\\s{0,3}"
                + DAY_NUM
                + "(?:,?\\s{1,3}"
                + YEAR
                + ")?"
                + E,
            EnglishTimeRules::monthDay));
    r.add(
        rule(
            "day-month-year",
            MONTH_KEYS,
            4,
            B
                + "(?:(?<wd>"
                + WEEKDAYS
                + "),?\\s{1,3})?(?:the\\s+)?"
                + DAY_NUM
                + "\\s{1,3}(?:of\\s+)?(?<mon>"
                + MONTH_WORDS
                + ")(?:,?\\s{1,3}"
                + YEAR
                + ")?"
                + E,
            EnglishTimeRules::monthDay));
    r.add(
        rule(
            "month-day-range",
            MONTH_KEYS,
            0,
            B
                + "(?<mon>"
                + MONTH_WORDS
                + ")\\s{0,3}"
                + DAY_FROM
                + "(?<sep>\\s*[-\u2013\u2014]\\s*|\\s+(?:to|through|until|till)\\s+)"
                + DAY_TO
                + "(?:,?\\s{1,3}"
                + YEAR
                + ")?"
                + E,
            EnglishTimeRules::dayRange));
    r.add(
        rule(
            "day-range-month",
            MONTH_KEYS,
            8,
            B
                + "(?:(?<pre>between|from)\\s+)?(?<x>(?:the\\s+)?"
                + DAY_FROM
                + "(?<sep>\\s*[-\u2013\u2014]\\s*|\\s+(?:and|to|through|until|till)\\s+)"
                + "(?:the\\s+)?"
                + DAY_TO
                + "\\s{1,3}(?:of\\s+)?(?<mon>"
                + MONTH_WORDS
                + ")(?:,?\\s{1,3}"
                + YEAR
                + ")?)"
                + E,
            EnglishTimeRules::dayRange));
    r.add(
        rule(
            "day-without-month",
            NUMBERS_KEYS,
            2,
            B
                + "on\\s+(?<x>the\\s+(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th))"
                // only where no noun follows ("on the 27th floor", "the 27th Division")
                + "(?=\\s*(?:[,.;:)]|$)|\\s+(?:and|or|but|when|while|as|at|in|after|before|during"
                + "|with|amid|following|near|around|until|till|to|from)"
                + E
                + ")",
            EnglishTimeRules::dayWithoutMonth));
    r.add(
        rule(
            "month-day-to-month-day",
            MONTH_KEYS,
            0,
            B
                + "(?<mon>"
                + MONTH_WORDS
                + ")\\s{0,3}"
                + DAY_FROM
                + CROSS_RANGE_SEPARATOR
                + "(?<mon2>"
                + MONTH_WORDS
                + ")\\s{0,3}"
                + DAY_TO
                + "(?:,?\\s{1,3}"
                + YEAR
                + ")?"
                + E,
            EnglishTimeRules::crossMonthRange));
    r.add(
        rule(
            "day-month-to-day-month",
            MONTH_KEYS,
            3,
            B
                + "(?:the\\s+)?"
                + DAY_FROM
                + "\\s{1,3}(?:of\\s+)?(?<mon>"
                + MONTH_WORDS
                + ")"
                + CROSS_RANGE_SEPARATOR
                + "(?:the\\s+)?"
                + DAY_TO
                + "\\s{1,3}(?:of\\s+)?(?<mon2>"
                + MONTH_WORDS
                + ")(?:,?\\s{1,3}"
                + YEAR
                + ")?"
                + E,
            EnglishTimeRules::crossMonthRange));
    r.add(
        rule(
            "second-day-after-month-day",
            NUMBERS_KEYS,
            1,
            // "April 24 and 25": the second day is a date of its own in the month just named
            B
                + "(?:and|or|&)\\s+(?<x>(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
                + "(?:,?\\s{1,3}"
                + YEAR
                + ")?)"
                + E
                + DATE_END,
            EnglishTimeRules::secondDayAfterMonthDay));
    r.add(
        rule(
            "first-day-before-day-month",
            MONTH_KEYS,
            6,
            // "on 3 and 5 March": the first day is a date of its own in the month named after
            B
                + "(?<x>(?:the\\s+)?(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?)"
                + "\\s+(?:and|or|&)\\s+(?:the\\s+)?"
                + DAY_TO
                + "\\s{1,3}(?:of\\s+)?(?<mon>"
                + MONTH_WORDS
                + ")(?:,?\\s{1,3}"
                + YEAR
                + ")?"
                + E,
            EnglishTimeRules::firstDayBeforeDayMonth));
    r.add(
        rule(
            "day-of-relative-month",
            MONTH_UNIT_KEYS,
            4,
            B
                + "the\\s+(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)\\s+of\\s+"
                + "(?<rel>last|this|next|the)\\s+month"
                + E,
            EnglishTimeRules::dayOfRelativeMonth));
    r.add(
        rule(
            "week-of-month",
            MONTH_KEYS,
            5,
            B
                + "the\\s+(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
                + "(?:\\s+(?<count>two|three|2|3)\\s+weeks|\\s+week)"
                + "\\s+of\\s+(?<mon>"
                + MONTH_WORDS
                + ")(?:,?\\s{1,3}"
                + YEAR
                + ")?"
                + E,
            EnglishTimeRules::weekOfMonth));
    r.add(
        rule(
            "month-year",
            MONTH_KEYS,
            2,
            B
                + "(?:(?:early|late|mid)(?:-|\\s+)(?:in\\s+)?)?(?<mon>"
                + MONTH_WORDS
                + "),?\\s{1,3}"
                + "(?:of\\s+)?"
                + YEAR
                + E,
            (m, t) ->
                capitalised(m, "mon")
                    ? Reading.Literal.period(
                        Grain.MONTH, LocalDate.of(num(m, "year"), month(m.group("mon")), 1), "")
                    : null));
    r.add(
        rule(
            "month-of-relative-year",
            MONTH_KEYS,
            0,
            B
                + "(?<mon>"
                + MONTH_WORDS
                + ")(?:\\s{1,3}"
                + DAY_NUM
                + ")?,?\\s+(?<rel>this|last|next)\\s+year"
                + E,
            EnglishTimeRules::monthOfRelativeYear));
    r.add(
        rule(
            "month-after-preposition",
            MONTH_KEYS,
            2,
            B
                + "(?:in|since|until|till|by|during|from|through|of|before|after|between|and|or|to"
                + "|for)\\s+"
                + "(?<x>(?:(?:early|late|mid)(?:-|\\s+))?(?<mon>"
                + MONTH_WORDS
                + "))"
                + E
                + "(?!\\s*\\d)",
            (m, t) -> yearlessMonth(m, Direction.NEAREST_PAST)));
    r.add(
        rule(
            "month-as-modifier",
            MONTH_KEYS,
            1,
            // "the October raid", "a June agreement": a month name modifying a noun, read as
            // the nearest such month (full names only: "a Jan" is no date).
            B
                + "(?:the|a|an)\\s+(?<x>(?<mon>"
                + String.join("|", FULL_MONTHS)
                + "))\\s+(?=(?-i:\\p{Ll}))"
                + "(?!(?:of|in|and|or|to|is|was|were|has|had|said|says|will|would)\\b)",
            (m, t) -> yearlessMonth(m, Direction.NEAREST_PAST)));
    r.add(
        rule(
            "month-with-modifier",
            MONTH_KEYS,
            1,
            B
                + "(?:(?<rel>last|next|this|early|late|mid)\\s+|(?<rel2>mid|early|late)-)(?<mon>"
                + MONTH_WORDS
                + ")"
                + E
                + "(?!\\s*\\d)",
            (m, t) -> yearlessMonth(m, direction(m.group("rel") == null ? "" : m.group("rel")))));
    r.add(
        rule(
            "year",
            NUMBERS_KEYS,
            1,
            B
                + "(?:(?:early|late|mid)(?:-|\\s+))?"
                + YEAR
                + E
                + "(?![.,]\\d|\\s*%|\\s*(?:percent|per cent))",
            EnglishTimeRules::year));
    r.add(
        rule(
            "spoken-year",
            SPOKEN_OR_UNIT_KEYS,
            2,
            B
                + "(?:(?<pre>the\\s+year|in)\\s+)?(?<x>(?:the\\s+year\\s+)?(?:nineteen\\s+"
                + "(?<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                + "(?:[- ](?<u>one|two|three|four|five|six|seven|eight|nine))?"
                + "|two\\s+thousand(?:\\s+and)?(?:\\s+(?<u2>one|two|three|four|five|six|seven"
                + "|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
                + "|eighteen|nineteen))?))"
                + E,
            EnglishTimeRules::spokenYear));
    r.add(
        rule(
            "month-or-season-spoken-year",
            MONTH_OR_SEASON_KEYS,
            1,
            // As said in broadcast transcripts: "January nineteen ninety-seven", "the winter of
            // nineteen ninety-four".
            B
                + "(?:(?<mon>"
                + String.join("|", FULL_MONTHS)
                + ")|(?:the\\s+)?(?<s>spring|summer|autumn|fall|winter))"
                + ",?\\s+(?:of\\s+)?nineteen\\s+"
                + "(?<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                + "(?:[- ](?<u>one|two|three|four|five|six|seven|eight|nine))?"
                + E,
            EnglishTimeRules::monthOrSeasonOfSpokenYear));
    r.add(
        rule(
            "decade",
            DECADE_OR_NUMBERS_KEYS,
            2,
            B
                + "(?:the\\s+)?(?:(?:early|late|mid)(?:-|\\s+))?"
                + "(?:(?<dec>1[0-9]{2}0|20[0-9]0)'?s|'(?<dd>\\d0)s"
                + "|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"
                + E,
            EnglishTimeRules::decade));
    r.add(
        rule(
            "quarter-or-half",
            UNIT_KEYS,
            3,
            B
                + "(?:the\\s+)?(?:(?<y2>1[0-9]{3}|20[0-9]{2})\\s+)?"
                + "(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[-\\s]"
                + "(?<kind>quarter|half)(?:(?:\\s+of|,)?\\s+(?:fiscal\\s+)?"
                + YEAR
                + "|\\s+of\\s+(?<rel>the|this|last|next)\\s+year)?"
                + E,
            EnglishTimeRules::quarterOrHalf));
    r.add(
        rule(
            "quarter-code",
            NUMBERS_KEYS,
            0,
            B
                + "(?:Q(?<q>[1-4])\\s*"
                + YEAR
                + "|(?<y2>1[0-9]{3}|20[0-9]{2})[\\s-]?Q(?<q2>[1-4]))"
                + E,
            EnglishTimeRules::quarterCode));
    r.add(
        rule(
            "season",
            SEASON_KEYS,
            3,
            B
                + "(?:(?<pre>in|during|since|until|by|through|over|of|from)\\s+)?"
                + "(?<x>(?:(?<rel>last|this|next|early|late|mid|the|the last|the past|this past|the coming)\\s+)?"
                + "(?<s>spring|summer|autumn|fall|winter)(?:,?\\s+(?:of\\s+)?"
                + YEAR
                + ")?)"
                + E,
            EnglishTimeRules::season));
    r.add(
        rule(
            "fiscal-year",
            NUMBERS_KEYS,
            2,
            B + "(?:fiscal(?:\\s+year)?|FY)\\s*'?(?<fy>\\d{4}|\\d{2})" + E,
            EnglishTimeRules::fiscalYear));
    r.add(
        rule(
            "day-word",
            DAY_WORD_KEYS,
            3,
            B
                + "(?<w>today|tonight|yesterday|tomorrow|the day before yesterday"
                + "|the day after tomorrow)(?:\\s+"
                + POD
                + ")?"
                + E,
            EnglishTimeRules::dayWord));
    r.add(
        rule(
            "part-of-day-word",
            // "mid-afternoon yesterday", "late evening today"
            PART_OF_DAY_KEYS,
            1,
            // ("midnight tomorrow" is a clock time, not "mid" + "night")
            B
                + "(?:(?:early|late)[-\\s]?|mid[-\\s]?(?!night))?"
                + POD
                + "\\s+(?<w>yesterday|today|tomorrow)"
                + E,
            (m, t) -> {
              String w = m.group("w").toLowerCase(Locale.ROOT);
              int offset = w.equals("yesterday") ? -1 : w.equals("today") ? 0 : 1;
              return new Reading.Relative(Grain.DAY, offset, false, pod(m.group("pod")));
            }));
    r.add(
        rule(
            "weekdays",
            // "on Tuesdays", "Friday nights": every such day (or night)
            PLURAL_WEEKDAY_KEYS,
            0,
            B
                + "(?:(?<wds>"
                + WEEKDAYS
                + ")s(?:\\s+(?<pod>morning|afternoon|evening|night)s?)?"
                + "|(?<wd>"
                + WEEKDAYS
                + ")\\s+(?<pods>morning|afternoon|evening|night)s)"
                + E,
            EnglishTimeRules::weekdays));
    r.add(
        rule(
            "this-part-of-day",
            PART_OF_DAY_KEYS,
            1,
            B + "(?<w>this|last)\\s+" + POD + E,
            (m, t) -> {
              String pod = pod(m.group("pod"));
              boolean last = m.group("w").equalsIgnoreCase("last");
              return new Reading.Relative(Grain.DAY, last ? -1 : 0, false, pod);
            }));
    r.add(
        rule(
            "relative-period",
            UNIT_KEYS,
            5,
            B
                + "(?:(?<mod>earlier|later|early|late|mid|the end of|the beginning of|the start of"
                + "|the middle of|the rest of|the remainder of)\\s+)?"
                + "(?<rel>last|this|next|coming|past|previous|current|the previous|the preceding"
                + "|the following|the next|the same|the latest|the current|the coming|the past"
                + "|the last|the present|that|the)\\s+(?<unit>week|weekend|month|year|quarter|decade)"
                + E,
            EnglishTimeRules::relativePeriod));
    r.add(
        rule(
            "ago",
            UNIT_KEYS,
            5,
            B
                + APPROX
                + NUM
                + "[-\\s]"
                + UNIT
                + "\\s+(?<dir>ago|earlier|before|later|after|from now|hence|previously|back)"
                + E,
            EnglishTimeRules::ago));
    r.add(
        rule(
            "year-earlier",
            UNIT_KEYS,
            2,
            B
                + "(?:the\\s+)?(?:comparable\\s+)?year-(?:earlier|ago)(?:\\s+(?:(?<noun>quarter|month"
                + "|week|day)|period))?"
                + E,
            (m, t) ->
                new Reading.Shift(
                    Grain.YEAR, -1, m.group("noun") == null ? null : grainOf(m.group("noun")))));
    r.add(
        rule(
            "relative-year-period",
            UNIT_KEYS,
            1,
            B
                + "(?<rel>this|last|next)\\s+year's\\s+(?:(?<ord>first|second|third|fourth)[-\\s])?"
                + "(?<kind>quarter|half|period)"
                + E,
            EnglishTimeRules::relativeYearPeriod));
    r.add(
        rule(
            "year-period",
            NUMBERS_KEYS,
            1,
            B + "the\\s+" + YEAR + "\\s+(?:quarter|period)" + E,
            (m, t) -> new Reading.InYear(num(m, "year"))));
    r.add(
        rule(
            "duration",
            UNIT_KEYS,
            12,
            B
                + APPROX
                + "(?:(?:the|a|another|an additional)\\s+)?(?:(?:past|last|next|first|final|previous"
                + "|remaining|coming|following|initial)\\s+)?"
                + NUM
                + "(?<half>\\s+1/2|\\s+and\\s+a\\s+half)?"
                + "(?:\\s+(?:more|additional|full|straight|consecutive))?"
                + "[-\\s]{1,2}"
                + UNIT
                + "(?<half2>\\s+and\\s+a\\s+half)?"
                + "(?:-long)?"
                + E,
            EnglishTimeRules::duration));
    r.add(
        rule(
            "coming-units",
            UNIT_KEYS,
            2,
            B
                + "(?:(?:the\\s+)?coming\\s+(?<unit>days|weeks|months|years|decades|quarters)"
                + "|the\\s+(?<unit2>days|weeks|months|years)\\s+ahead)"
                + E,
            // "in the coming weeks": a stretch of unknown length from now (TimeML: PXW), as
            // "in recent weeks" is one up to now.
            (m, t) ->
                durationOf(
                    m.group("unit") != null ? m.group("unit") : m.group("unit2"), Double.NaN)));
    r.add(
        rule(
            "year-end",
            UNIT_KEYS,
            4,
            B
                + "(?:(?<pre>earlier|later)\\s+in\\s+the\\s+(?<unit>year|month|week)"
                + "|(?:the\\s+)?end\\s+of\\s+the\\s+year|year[-\\s]end|year's\\s+end)"
                + E,
            (m, t) ->
                new Reading.Relative(
                    m.group("unit") == null ? Grain.YEAR : grainOf(m.group("unit")),
                    0,
                    false,
                    "")));
    r.add(
        rule(
            "year-ended",
            UNIT_KEYS,
            3,
            // "the year ended March 31", "the fiscal year ending June 30": a reporting year, a
            // stretch of twelve months named by its last day.
            B
                + "(?<x>(?:the\\s+)?(?:(?:latest|previous|current|full|same)\\s+)?(?:fiscal\\s+)?"
                + "year)\\s+end(?:ed|ing)"
                + E,
            (m, t) -> durationOf("year", 1)));
    r.add(
        rule(
            "the-year",
            UNIT_KEYS,
            3,
            // "sales for the year", "the first nine months of the year": the year being reported,
            // the document's (an earlier year named in passing does not change it).
            B
                + "(?:for|of|during|through|throughout)\\s+(?<x>the\\s+(?:full\\s+|fiscal\\s+)?year)"
                + E
                + "(?!'|\\s*(?:\\d|end|ended|ending|before|after|when|that|which|in|of|to|two|nineteen"
                + "|earlier|ago|later)\\b)",
            (m, t) -> new Reading.Relative(Grain.YEAR, 0, false, "")));
    r.add(
        rule(
            "recent-units",
            UNIT_KEYS,
            2,
            B + "(?:the\\s+)?recent\\s+(?<unit>days|weeks|months|years|decades|quarters)" + E,
            // "in recent years": a stretch of unknown length up to now (TimeML: PXY).
            (m, t) -> durationOf(m.group("unit"), Double.NaN)));
    r.add(
        rule(
            "vague-duration",
            UNIT_KEYS,
            3,
            B
                + "(?:for|over|in|within|during)\\s+(?<x>(?:the\\s+(?:past|last|next|coming)\\s+)?"
                + "(?<unit>days|weeks|months|years|decades|hours|minutes))"
                + E,
            (m, t) -> durationOf(m.group("unit"), Double.NaN)));
    r.add(
        rule(
            "weekday",
            WEEKDAY_KEYS,
            2,
            B
                + "(?:(?<rel>last|this|next|coming|past|early|late|early on|late on)\\s+)?"
                + "(?<wd>"
                + WEEKDAYS
                + ")(?:\\s+"
                + POD
                + ")?"
                + E,
            EnglishTimeRules::weekday));
    r.add(
        rule(
            "clock-then-day",
            CLOCK_KEYS,
            0,
            B + CLOCK + TIME_ZONE + ",?\\s{1,3}(?:on\\s+)?" + DAY_REF + E,
            EnglishTimeRules::clockWithDay));
    r.add(
        rule(
            "day-then-clock",
            DAY_REF_KEYS,
            0,
            B
                + DAY_REF
                + ",?\\s{1,3}(?:(?:at|around|about|by|from|until)\\s+)?"
                + CLOCK
                + TIME_ZONE
                + E,
            EnglishTimeRules::clockWithDay));
    r.add(
        rule(
            "clock-12",
            NUMBERS_KEYS,
            0,
            B
                + "(?<h>1[0-2]|0?[1-9])(?:[:.](?<min>[0-5]\\d))?\\s?(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)"
                + "(?:\\s+(?:local time|GMT|UTC))?"
                + E,
            (m, t) -> clock(m)));
    r.add(
        rule(
            "clock-24",
            NUMBERS_KEYS,
            1,
            B
                + "(?:(?:at|around|about|by|until|from|since|before|after)\\s+)(?<x>(?<h>[01]?\\d|2[0-3])"
                + ":(?<min>[0-5]\\d)(?:\\s+(?:hours|hrs|local time|GMT|UTC))?)"
                + E,
            (m, t) -> clock(m)));
    r.add(
        rule(
            "clock-military",
            NUMBERS_KEYS,
            0,
            B + "(?<h>[01]\\d|2[0-3])(?<min>[0-5]\\d)\\s?(?:hours|hrs|GMT|UTC|local time)" + E,
            (m, t) -> clock(m)));
    r.add(
        rule(
            "clock-part-of-day",
            NUMBERS_KEYS,
            1,
            // "at 4 in the morning", "by 9 o'clock in the evening": a clock time of the day last
            // mentioned, as "at 4 a.m." is
            B
                + "(?:at|around|about|by|until|till|from|since|before|after)\\s+"
                + "(?<x>(?<h>1[0-2]|0?[1-9])(?:[:.](?<min>[0-5]\\d))?(?:\\s+o['\u2019]clock)?"
                + "\\s+in\\s+the\\s+(?<pod>morning|afternoon|evening))"
                + E,
            EnglishTimeRules::clockInPartOfDay));
    r.add(
        rule(
            "mid-part-of-day",
            MID_PART_OF_DAY_KEYS,
            3,
            // "by mid-afternoon": that part of the day last mentioned, as "at dawn" is its morning
            B
                + "(?:at|around|about|by|until|till|from|since|before|after|in\\s+the)\\s+"
                + "(?<x>mid(?:-|\\s)?(?<pod>morning|afternoon|evening))"
                + E
                + "(?!\\s+(?:yesterday|today|tomorrow|on)"
                + E
                + ")",
            (m, t) -> new Reading.Relative(Grain.DAY, 0, true, pod(m.group("pod")))));
    r.add(
        rule(
            "every-month",
            MONTH_KEYS,
            1,
            B + "(?:every|each)\\s+(?<mon>" + String.join("|", FULL_MONTHS) + ")" + E,
            (m, t) ->
                capitalised(m, "mon")
                    ? Reading.Literal.of(
                        TimexType.SET,
                        String.format(Locale.ROOT, "XXXX-%02d", month(m.group("mon"))),
                        DatePrecision.MONTH)
                    : null));
    r.add(
        rule(
            "noon-midnight",
            CLOCK_KEYS,
            2,
            B
                + "(?:at|around|about|by|until|before|after|since|past|shortly after|shortly before)\\s+"
                + "(?<x>(?<w>noon|midday|midnight))"
                + E,
            (m, t) -> {
              boolean noon = !m.group("w").equalsIgnoreCase("midnight");
              return new Reading.Relative(Grain.DAY, 0, true, noon ? "T12:00" : "T24:00");
            }));
    r.add(
        rule(
            "every",
            EVERY_KEYS,
            2,
            B
                + "(?:every|each)\\s+(?:(?<other>other)\\s+|(?<n>\\d+|two|three|four|five|six|seven"
                + "|eight|nine|ten|twelve)\\s+)?(?<u>"
                + WEEKDAYS
                + "|morning|afternoon|evening|night"
                + "|second|minute|hour|day|week|month|quarter|year|weekend|seconds|minutes|hours"
                + "|days|weeks|months|quarters|years)"
                + E,
            EnglishTimeRules::every));
    r.add(
        rule(
            "frequency",
            UNIT_KEYS,
            3,
            B
                + "(?:once|twice|thrice|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several)"
                + "\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<u>second|minute|hour|day|week|month"
                + "|year)"
                + E,
            (m, t) -> set(m.group("u"), 1)));
    r.add(
        rule(
            "frequency-adverb",
            FREQUENCY_KEYS,
            0,
            B + "(?<w>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|quarterly)" + E,
            EnglishTimeRules::frequencyAdverb));
    r.add(
        rule(
            "reference",
            REFERENCE_KEYS,
            2,
            B
                + "(?<w>now|nowadays|currently|presently|at present|at the moment|these days|current"
                + "|recently|lately|recent|the past|the future|in future"
                + "|the (?:near|distant|foreseeable|immediate) future|the (?:near|short) term)"
                + E,
            EnglishTimeRules::reference));
    r.add(
        rule(
            "anchored-day",
            UNIT_OR_PART_OF_DAY_KEYS,
            2,
            B
                + "(?:(?<w>the\\s+(?:following|next|previous|preceding|same)|that)\\s+(?<u>day|morning"
                + "|afternoon|evening|night)"
                // "the day before Sunday" is read by other rules
                + "|(?<w2>the\\s+(?:day|night)\\s+(?:before|after)|the\\s+morning\\s+after)"
                + "(?!\\s+(?:day|morning|afternoon|evening|night)"
                + E
                + "))"
                + E,
            EnglishTimeRules::anchoredDay));
    r.add(
        rule(
            "century",
            NUMBERS_KEYS,
            1,
            B + "(?:the\\s+)?(?<c>[1-9]|1\\d|2[01])(?:st|nd|rd|th)[-\\s]century" + E,
            (m, t) -> {
              // TimeML writes a century as its first two digits: the 20th century is "19".
              int c = num(m, "c") - 1;
              LocalDate start = LocalDate.of(Math.max(1, 100 * c), 1, 1);
              return new Reading.Literal(
                  new Normalised(
                      TimexType.DATE,
                      String.format(Locale.ROOT, "%02d", c),
                      start,
                      LocalDate.of(100 * c + 99, 12, 31),
                      DatePrecision.UNKNOWN));
            }));
    r.add(
        rule(
            "soon",
            REFERENCE_KEYS,
            0,
            B + "soon" + E + "(?!\\s+(?:after|before|as|afterwards?|enough|thereafter)\\b)",
            (m, t) ->
                t.regionMatches(true, Math.max(0, m.start() - 3), "as ", 0, 3)
                    ? null // "as soon as": a conjunction, not a time
                    : Reading.Literal.of(TimexType.DATE, "FUTURE_REF", DatePrecision.UNKNOWN)));
    r.add(
        rule(
            "thanksgiving",
            HOLIDAY_KEYS,
            1,
            // The US holiday, the fourth Thursday of November.
            B + "(?<rel>last\\s+|next\\s+|this\\s+)?thanksgiving(?:\\s+day)?" + E,
            (m, t) ->
                new Reading.NthWeekday(
                    11,
                    DayOfWeek.THURSDAY,
                    4,
                    direction(m.group("rel") == null ? "" : m.group("rel").trim()))));
    r.add(
        rule(
            "holiday",
            HOLIDAY_OR_UNIT_KEYS,
            1,
            // "Christmas Eve" before "Christmas": the first alternative that fits wins.
            B
                + "(?<w>christmas\\s+eve|christmas(?:\\s+day)?|new\\s+year['\u2019]s\\s+(?:day|eve))"
                + E,
            (m, t) -> {
              String w = m.group("w").toLowerCase(Locale.ROOT);
              if (w.startsWith("christmas")) {
                return new Reading.YearlessDate(
                    12, w.endsWith("eve") ? 24 : 25, Direction.NEAREST_PAST, "");
              }
              return w.endsWith("eve")
                  ? new Reading.YearlessDate(12, 31, Direction.NEAREST_PAST, "")
                  : new Reading.YearlessDate(1, 1, Direction.NEAREST_PAST, "");
            }));
    addConflictReportRules(r);
    this.rules = List.copyOf(r);
  }

  /**
   * Times of day and calendar days that conflict reports use: dawn (a raid "at dawn on Friday"),
   * the early hours of a day, and the Islamic holy days by which reports from Muslim countries date
   * events. TimeML has no code for dawn; it is the start of the morning, so "TMO". "The early hours
   * of Sunday" are after midnight, Sunday's own date (TimeML's "TNI" would be the night that begins
   * on Sunday evening), so they get the day alone.
   */
  private static void addConflictReportRules(List<Rule> r) {
    r.add(
        rule(
            "dawn-of-day",
            DAWN_KEYS,
            1,
            B + DAWN + ",?\\s{1,3}(?:on\\s+|of\\s+)?(?:the\\s+)?" + DAWN_DAY + E,
            EnglishTimeRules::dawnOfDay));
    r.add(
        rule(
            "day-then-dawn",
            // keyed on the dawn word, which is rare: "22nd of July, 2023 at first light"
            DAWN_KEYS,
            6,
            B + DAWN_DAY + ",?\\s{1,3}(?:at|before|around|after|by)\\s+" + DAWN + E,
            EnglishTimeRules::dawnOfDay));
    r.add(
        rule(
            "dawn",
            DAWN_KEYS,
            3,
            // "at dawn": the morning of the day last mentioned, as "at noon" is its midday.
            B
                + "(?:at|before|after|around|by|until|since|from|shortly after|shortly before"
                + "|just after|just before)\\s+(?<x>"
                + DAWN
                + ")"
                + E,
            (m, t) -> new Reading.Relative(Grain.DAY, 0, true, "TMO")));
    r.add(
        rule(
            "early-hours-of-day",
            HOURS_KEYS,
            2,
            B
                + "(?:the\\s+)?(?:early|small|wee)\\s+hours\\s+of\\s+"
                + DAY_REF
                + "(?:\\s+morning)?"
                + E,
            (m, t) -> dayRef(m, "")));
    r.add(
        rule(
            "early-hours",
            HOURS_KEYS,
            3,
            // "in the early hours": the day last mentioned (not "the early hours of the war").
            B + "in\\s+(?<x>the\\s+(?:early|small|wee)\\s+hours)" + E + "(?!\\s+of\\b)",
            (m, t) -> new Reading.Relative(Grain.DAY, 0, true, "")));
    r.add(
        rule(
            "overnight",
            OVERNIGHT_KEYS,
            0,
            // "overnight Sunday", "overnight into Monday": the night ends on the day named, read
            // as "the early hours of Sunday" are: the day alone. A bare "overnight" is left
            // unmarked, as the TimeBank annotators left it (docs/quality.md, "Time, round 5").
            B
                + "overnight\\s+(?:on\\s+|into\\s+)?(?:(?<wd>"
                + WEEKDAYS
                + ")|(?<dw>yesterday|today|tomorrow))"
                + E,
            EnglishTimeRules::overnight));
    r.add(
        rule(
            "units-later",
            LATER_KEYS,
            0,
            // "Hours later, a second strike hit": the day last mentioned; with a number ("two
            // hours later") the "ago" rule reads it.
            B + "(?:hours|minutes|moments)\\s+(?:later|afterwards|earlier)" + E,
            (m, t) -> new Reading.Relative(Grain.DAY, 0, true, "")));
    r.add(
        rule(
            "islamic-holy-day",
            HIJRI_KEYS,
            6,
            B
                + "(?:(?:the\\s+)?(?<rel>last|next|this|coming)\\s+|the\\s+)?"
                + "(?:(?:holy|fasting|holy\\s+fasting)\\s+)?(?:month\\s+of\\s+)?"
                + "(?:(?<ramadan>ramadan)|(?:eid[\\s-]+(?:al|ul|el)[\\s-]*|(?:al|el)-)"
                + "(?:(?<adha>adha)|(?<fitr>fitr)))"
                + E,
            EnglishTimeRules::islamicHolyDay));
  }

  /** The morning of the day {@link #DAWN_DAY} names: dawn is the start of the morning. */
  private static Reading dawnOfDay(Matcher m, String text) {
    if (m.group("wd") != null || m.group("dw") != null) {
      return dayRef(m, "TMO");
    }
    String monthWord = m.group("mon") != null ? m.group("mon") : m.group("mon2");
    if (!Character.isUpperCase(monthWord.charAt(0)) && !capitalisedMonth(monthWord)) {
      return null;
    }
    int month = month(monthWord);
    int day = Integer.parseInt(m.group(m.group("day") != null ? "day" : "day2"));
    try {
      if (m.group("year") != null) {
        return Reading.Literal.period(Grain.DAY, LocalDate.of(num(m, "year"), month, day), "TMO");
      }
      LocalDate.of(2000, month, day); // a leap year: rejects only days no year has
    } catch (DateTimeException e) {
      return null;
    }
    return new Reading.YearlessDate(month, day, Direction.NEAREST_PAST, "TMO");
  }

  /** The day an overnight ends on: the one named. */
  private static Reading overnight(Matcher m, String text) {
    if (m.group("wd") != null) {
      DayOfWeek day = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
      return new Reading.Weekday(day, Direction.NEAREST_PAST, "");
    }
    String w = m.group("dw").toLowerCase(Locale.ROOT);
    int offset = w.equals("yesterday") ? -1 : w.equals("today") ? 0 : 1;
    return new Reading.Relative(Grain.DAY, offset, false, "");
  }

  private static boolean capitalisedMonth(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return !(lower.equals("may") || lower.startsWith("mar"));
  }

  private static Reading islamicHolyDay(Matcher m, String text) {
    String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
    Direction direction = direction(rel);
    if (m.group("ramadan") != null) {
      return new Reading.HijriDay(9, 0, direction);
    }
    return m.group("adha") != null
        ? new Reading.HijriDay(12, 10, direction)
        : new Reading.HijriDay(10, 1, direction);
  }

  @Override
  public List<Rule> rules() {
    return rules;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public Tense tenseOf(String text, int start, int end) {
    // A verb right after the date is its clause's: "the court Thursday refused", "Friday will".
    int i = end;
    while (i < text.length() && i < end + 3 && text.charAt(i) == ' ') {
      i++;
    }
    if (i > end && i < text.length()) {
      Matcher m =
          TENSE_CUE
              .matcher(text)
              .region(i, Math.min(text.length(), i + 24))
              .useTransparentBounds(true)
              .useAnchoringBounds(false);
      if (m.lookingAt()) {
        return m.group("future") != null || m.group("present") != null ? Tense.FUTURE : Tense.PAST;
      }
    }
    return tenseBefore(text, start, true);
  }

  /**
   * @param filtered whether to skip the words {@link #mayOpenCue} rules out; false tries the
   *     pattern at every word start, as a reference for tests: the answer must be the same
   */
  Tense tenseBefore(String text, int position, boolean filtered) {
    int from = Math.max(0, position - 100);
    // Look back to the start of the sentence only: a cue in the previous sentence says nothing.
    for (int i = position - 1; i > from; i--) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        if (c == '.' && isAbbreviationBefore(text, i)) {
          continue; // "Daniel P. Davison", "Mr. Smith", "Jan. 5": no sentence ends there
        }
        int j = i + 1;
        while (j < position && "'\"\u2019\u201d)".indexOf(text.charAt(j)) >= 0) {
          j++; // closing quotes after the full stop
        }
        if (j < position && Character.isWhitespace(text.charAt(j))) {
          from = j;
          break;
        }
      }
    }
    // A relative clause set off by a comma has its own tense: in "she would send aid to Kenya,
    // where the Aug. 7 blasts killed 200", "would" says nothing of the blasts' date.
    Matcher relative = RELATIVE_CLAUSE.matcher(text).region(from, position);
    while (relative.find()) {
      from = relative.end();
    }
    // The nearest tense cue wins: "parliament said Friday" after "will cost" is past.
    Matcher m = TENSE_CUE.matcher(text);
    Tense tense = Tense.UNMARKED;
    int cueStart = -1;
    int cueEnd = -1;
    boolean futureBefore = false;
    boolean present = false;
    // The matches find() gives over [from, position), tried only where one can begin: every cue
    // opens with a letter not preceded by a letter or number (the pattern's look-behind, which
    // sees one char and not before the region), so the other positions need no regex attempt.
    for (int p = from; p < position; p++) {
      if (!Character.isLetter(text.codePointAt(p))
          || (p > from && isWordBefore(text, p))
          || (filtered && !mayOpenCue(text, p, position))) {
        continue;
      }
      m.region(p, position);
      if (m.lookingAt()) {
        futureBefore |= tense == Tense.FUTURE;
        present = m.group("present") != null;
        tense = m.group("future") != null || present ? Tense.FUTURE : Tense.PAST;
        cueStart = p;
        cueEnd = m.end();
        p = cueEnd - 1; // cues are never empty: find() goes on from the end of this one
      }
    }
    // A past verb marks the date when it governs it directly ("ended Jan. 31", "said on Friday"),
    // or when the date places the verb's event in the same clause ("took the airport on 2 May"):
    // further away, or after a deadline word, it is as likely another clause's ("declared a
    // dividend, payable Dec. 15") or a participle ("extended to Nov. 20"). The clause reading is
    // not taken after a future cue earlier in the sentence, where an "-ed" word is likely an
    // adjective ("will redeem preferred shares on Oct. 31"), nor for a reporting verb, whose
    // date further on is what was reported ("said in an editorial on Monday").
    if (present) {
      Matcher gap = PAST_CUE_GAP.matcher(text).region(cueEnd, position).useTransparentBounds(true);
      return gap.matches() ? Tense.FUTURE : Tense.UNMARKED;
    }
    if (tense == Tense.PAST) {
      Matcher gap = PAST_CUE_GAP.matcher(text).region(cueEnd, position).useTransparentBounds(true);
      boolean governs =
          gap.matches()
              && (gap.group("clause") == null
                  || !futureBefore && !REPORTING.matcher(text).region(cueStart, cueEnd).matches());
      if (!governs) {
        return Tense.UNMARKED;
      }
    }
    return tense;
  }

  // Titles written with a full stop before a name; with initials and month abbreviations, the
  // full stops that usually do not end a sentence.
  private static final Set<String> TITLE_ABBREVIATIONS =
      WordSet.of(
          "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep",
          "prof", "st", "rev", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep",
          "oct", "nov", "dec");

  /**
   * True when the full stop at {@code dot} closes an abbreviation rather than a sentence: a single
   * capital letter (an initial, "U.S."), a title ("Mr.") or a month abbreviation ("Feb.").
   */
  static boolean isAbbreviationBefore(String text, int dot) {
    int q = dot;
    while (q > 0 && Character.isLetter(text.charAt(q - 1))) {
      q--;
    }
    int len = dot - q;
    if (len == 0 || q > 0 && Character.isLetterOrDigit(text.charAt(q - 1))) {
      return false;
    }
    if (len == 1) {
      return Character.isUpperCase(text.charAt(q));
    }
    return len <= 4
        && Character.isUpperCase(text.charAt(q))
        && TITLE_ABBREVIATIONS.contains(text.substring(q, dot).toLowerCase(Locale.ROOT));
  }

  // The first words of TENSE_CUE's alternatives; its other alternative is a word ending in "ed".
  private static final Set<String> CUE_FIRST_WORDS = cueFirstWords();

  private static Set<String> cueFirstWords() {
    List<String> words = new ArrayList<>(IRREGULAR_PAST);
    SCHEDULED_PRESENT.forEach(w -> words.add(w.split(" ")[0]));
    words.addAll(
        List.of(
            "will",
            "shall",
            "won",
            "going",
            "scheduled",
            "expected",
            "plan",
            "plans",
            "planned",
            "upcoming",
            "tomorrow",
            "next",
            "set",
            "is",
            "are",
            "to",
            "intend",
            "intends",
            "planning",
            "would",
            "could",
            "might",
            "as",
            "in",
            "said",
            "says",
            "told",
            "was",
            "were",
            "had",
            "did",
            "ago",
            "yesterday",
            "last",
            "agreed",
            "freed"));
    return WordSet.copyOf(words);
  }

  /**
   * False only when {@link #TENSE_CUE} cannot match at {@code p} (a letter at a word start) within
   * {@code [p, limit)}: the run of ASCII letters there, followed by an ASCII char or the limit, is
   * neither the first word of an alternative (matched ignoring ASCII case, then a non-letter) nor a
   * word ending in "ed". Anything beyond ASCII is left to the pattern.
   */
  private static boolean mayOpenCue(String text, int p, int limit) {
    int q = p;
    while (q < limit) {
      char c = text.charAt(q);
      if (c >= 128) {
        return true;
      }
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        break;
      }
      q++;
    }
    int len = q - p;
    if (len >= 2 && (text.charAt(q - 1) | 0x20) == 'd' && (text.charAt(q - 2) | 0x20) == 'e') {
      return true;
    }
    return len <= 9 && CUE_FIRST_WORDS.contains(text.substring(p, q).toLowerCase(Locale.ROOT));
  }

  /**
   * True when the char before {@code p} makes {@link #B} fail: a letter or number that is a whole
   * code point (the look-behind reads one char; a surrogate never matches there).
   */
  private static boolean isWordBefore(String text, int p) {
    char c = text.charAt(p - 1);
    if (Character.isSurrogate(c)) {
      return false;
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static Rule rule(
      String name, Keys keys, int wordsBeforeKey, String regex, Reader reader) {
    return new Rule(
        name,
        Pattern.compile(regex, FLAGS),
        opensWithWordStart(regex),
        keys,
        wordsBeforeKey,
        reader);
  }

  /**
   * True when every match of {@code regex} begins with the look-behind {@link #B}: the regex opens
   * with it and has no alternation outside groups, which would let another branch begin anywhere.
   */
  static boolean opensWithWordStart(String regex) {
    if (!regex.startsWith(B)) {
      return false;
    }
    int depth = 0;
    boolean inClass = false;
    for (int i = B.length(); i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return false;
      }
    }
    return true;
  }

  // ---- readers ----

  private static Reading day(int year, int month, int day) {
    try {
      return Reading.Literal.period(Grain.DAY, LocalDate.of(year, month, day), "");
    } catch (DateTimeException e) {
      return null; // "2019-02-30" is not a date; reject the match rather than guess
    }
  }

  private static Reading numericDate(Matcher m, String text) {
    int a = num(m, "a");
    int b = num(m, "b");
    String ys = m.group("y");
    int y = Integer.parseInt(ys);
    if (ys.length() == 2) {
      y += y < 50 ? 2000 : 1900;
    }
    if (m.group("sep").equals(".") && ys.length() == 2) {
      return null; // "3.14.15" is more likely a number than a date
    }
    // Day first, as in most of the world's reporting, unless the day-first reading is impossible.
    if (b > 12 && a <= 12) {
      return day(y, a, b);
    }
    return day(y, b, a);
  }

  /**
   * "March 3-5", "12-14 July", "between 3 and 5 March": one date for the range. "And" joins a range
   * only after "between" ("on 3 and 5 March" are two days).
   */
  private static Reading dayRange(Matcher m, String text) {
    if (!capitalised(m, "mon")) {
      return null;
    }
    String sep = m.group("sep").strip().toLowerCase(Locale.ROOT);
    String pre = groupOrNull(m, "pre");
    if (sep.equals("and") && (pre == null || !pre.equalsIgnoreCase("between"))) {
      return null;
    }
    int month = month(m.group("mon"));
    int first = num(m, "d1");
    int last = num(m, "d2");
    if (last <= first || last > Month.of(month).maxLength()) {
      return null; // "a 3-1 win", "June 30-31": not a range of days
    }
    int year = m.group("year") == null ? 0 : num(m, "year");
    return new Reading.DayRange(year, month, first, last);
  }

  /**
   * "March 30-April 2", "30 March – 2 April 2016": one date for the range. The months must differ
   * or the days rise, and each day must exist in its month.
   */
  private static Reading crossMonthRange(Matcher m, String text) {
    if (!capitalised(m, "mon") || !capitalised(m, "mon2")) {
      return null;
    }
    int month = month(m.group("mon"));
    int lastMonth = month(m.group("mon2"));
    int first = num(m, "d1");
    int last = num(m, "d2");
    if (first > Month.of(month).maxLength()
        || last > Month.of(lastMonth).maxLength()
        || (month == lastMonth && last <= first)) {
      return null;
    }
    int year = m.group("year") == null ? 0 : num(m, "year");
    return new Reading.DayRange(year, month, first, lastMonth, last);
  }

  /** "April 24 and 25": the second day, when a month and an earlier day stand just before. */
  private static Reading secondDayAfterMonthDay(Matcher m, String text) {
    int start = m.start();
    Matcher before =
        MONTH_DAY_BEFORE
            .matcher(text)
            .region(Math.max(0, start - 20), start)
            .useTransparentBounds(true);
    if (!before.find() || !capitalised(before, "mon")) {
      return null;
    }
    int month = month(before.group("mon"));
    int day = num(m, "day");
    if (day <= num(before, "d1") || day > Month.of(month).maxLength()) {
      return null; // "May 3 and 2": not two days of one month in order
    }
    if (m.group("year") != null) {
      return day(num(m, "year"), month, day);
    }
    return new Reading.YearlessDate(month, day, Direction.NEAREST_PAST, "");
  }

  /** "on 3 and 5 March": the first day, in the month named after the second. */
  private static Reading firstDayBeforeDayMonth(Matcher m, String text) {
    if (!capitalised(m, "mon")) {
      return null;
    }
    int month = month(m.group("mon"));
    int day = num(m, "day");
    if (day >= num(m, "d2") || num(m, "d2") > Month.of(month).maxLength()) {
      return null;
    }
    String before = text.substring(Math.max(0, m.start() - 9), m.start());
    if (before.toLowerCase(Locale.ROOT).matches("(?s).*between\\s+$")) {
      return null; // "between 3 and 5 March" is one range
    }
    if (m.group("year") != null) {
      return day(num(m, "year"), month, day);
    }
    return new Reading.YearlessDate(month, day, Direction.NEAREST_PAST, "");
  }

  /** "the 27th of last month", "the 3rd of next month", "the 9th of the month". */
  private static Reading dayOfRelativeMonth(Matcher m, String text) {
    int day = num(m, "day");
    return switch (m.group("rel").toLowerCase(Locale.ROOT)) {
      case "last" -> new Reading.DayOfRelativeMonth(day, -1);
      case "next" -> new Reading.DayOfRelativeMonth(day, 1);
      case "this" -> new Reading.DayOfRelativeMonth(day, 0);
      default -> new Reading.DayOfMonth(day);
    };
  }

  /**
   * "on the 27th": a day of the month named last in the paragraph before it ("fighting began on 3
   * March ... on the 27th"), else of the document's month.
   */
  private static Reading dayWithoutMonth(Matcher m, String text) {
    int day = num(m, "day");
    int start = m.start();
    int from = Math.max(0, start - MONTH_LOOK_BACK);
    int paragraph = text.lastIndexOf("\n\n", start);
    if (paragraph >= from) {
      from = paragraph;
    }
    Matcher mention = MONTH_MENTION.matcher(text).region(from, start).useTransparentBounds(true);
    int month = 0;
    while (mention.find()) {
      String mon = mention.group("mon");
      boolean named =
          Character.isUpperCase(mon.charAt(0))
              && (mention.group("after") != null || mention.group("prep") != null)
              && (FULL_MONTHS.contains(mon.toLowerCase(Locale.ROOT)) || mon.endsWith("."));
      if (named) {
        month = month(mon);
      }
    }
    if (month == 0) {
      return new Reading.DayOfMonth(day);
    }
    if (day > Month.of(month).maxLength()) {
      return null; // "the 31st" after April is not a day of April
    }
    return new Reading.DayOfNamedMonth(month, day);
  }

  private static Reading weekOfMonth(Matcher m, String text) {
    if (!capitalised(m, "mon")) {
      return null;
    }
    int ordinal =
        switch (m.group("ord").toLowerCase(Locale.ROOT)) {
          case "first", "1st" -> 1;
          case "second", "2nd" -> 2;
          case "third", "3rd" -> 3;
          case "fourth", "4th" -> 4;
          default -> -1; // "last", "final"
        };
    String count = groupOrNull(m, "count");
    int weeks =
        count == null ? 1 : count.equals("two") || count.equals("2") ? 2 : 3; // "three", "3"
    if (weeks > 1 && ordinal > 1) {
      return null; // "the second two weeks of March" is no common way to say it
    }
    int year = m.group("year") == null ? 0 : num(m, "year");
    return new Reading.WeekOfMonth(year, month(m.group("mon")), ordinal, weeks);
  }

  private static Reading monthDay(Matcher m, String text) {
    if (!capitalised(m, "mon")) {
      return null;
    }
    int month = month(m.group("mon"));
    int day = num(m, "day");
    if (m.group("year") != null) {
      return day(num(m, "year"), month, day);
    }
    if (day > 31
        || (month == 2 && day > 29)
        || (day == 31 && "469".contains("" + month))
        || (day == 31 && month == 11)) {
      return null;
    }
    return new Reading.YearlessDate(month, day, Direction.NEAREST_PAST, "");
  }

  private static Reading relativeYearPeriod(Matcher m, String text) {
    String rel = m.group("rel").toLowerCase(Locale.ROOT);
    int offset = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
    String kind = m.group("kind").toLowerCase(Locale.ROOT);
    if (m.group("ord") == null) {
      // "last year's quarter": the quarter under discussion, a year back
      return new Reading.Shift(
          Grain.YEAR,
          offset,
          kind.equals("quarter") ? Grain.QUARTER : kind.equals("half") ? Grain.HALF : null);
    }
    int index =
        List.of("first", "second", "third", "fourth")
            .indexOf(m.group("ord").toLowerCase(Locale.ROOT));
    Grain grain = kind.equals("half") ? Grain.HALF : Grain.QUARTER;
    if (kind.equals("period") || (grain == Grain.HALF && index > 1)) {
      return null;
    }
    return new Reading.PeriodOfYear(
        new Reading.YearlessPeriod(grain, index, Direction.NEAREST_PAST), offset);
  }

  private static Reading monthOfRelativeYear(Matcher m, String text) {
    if (!capitalised(m, "mon")) {
      return null;
    }
    String rel = m.group("rel").toLowerCase(Locale.ROOT);
    int offset = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
    int day = m.group("day") == null ? 0 : num(m, "day");
    int month = month(m.group("mon"));
    if (day > java.time.Month.of(month).maxLength()) {
      return null;
    }
    return new Reading.MonthOfYear(month, day, offset);
  }

  private static Reading yearlessMonth(Matcher m, Direction direction) {
    if (!capitalised(m, "mon")) {
      return null;
    }
    String mon = m.group("mon").toLowerCase(Locale.ROOT);
    if (!mon.endsWith(".") && !FULL_MONTHS.contains(mon)) {
      return null; // "Jan", "Sept" alone are names or fragments; a bare month is written out
    }
    return new Reading.YearlessDate(month(m.group("mon")), 0, direction, "");
  }

  private static Reading year(Matcher m, String text) {
    int start = m.start();
    String before = text.substring(Math.max(0, start - 20), start);
    if (before.endsWith("$")
        || before.endsWith("#")
        || before.endsWith("No. ")
        || (before.length() >= 2
            && ",.".indexOf(before.charAt(before.length() - 1)) >= 0
            && Character.isDigit(before.charAt(before.length() - 2)))) {
      // "$2014", "No. 2014", "3,2014": an amount or a number, not a year
      return null;
    }
    if (!TEMPORAL_PREPOSITION.matcher(before.stripTrailing()).find()) {
      // Without a preposition, a number followed by a plural noun counts things ("2000 troops").
      int end = m.end();
      int i = end;
      while (i < text.length() && i < end + 3 && text.charAt(i) == ' ') {
        i++;
      }
      int w = i;
      while (w < text.length() && Character.isLowerCase(text.charAt(w))) {
        w++;
      }
      if (w > i && w - i > 2 && text.charAt(w - 1) == 's' && i > end) {
        return null;
      }
    }
    return Reading.Literal.period(Grain.YEAR, LocalDate.of(num(m, "year"), 1, 1), "");
  }

  /** Years as said in broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
  private static Reading spokenYear(Matcher m, String text) {
    int year;
    if (m.group("t") != null) {
      year =
          1900
              + (int) number(m.group("t"))
              + (m.group("u") == null ? 0 : (int) number(m.group("u")));
    } else {
      if (m.group("pre") == null && !m.group("x").toLowerCase(Locale.ROOT).startsWith("the")) {
        return null; // "two thousand people": a count
      }
      year = 2000 + (m.group("u2") == null ? 0 : (int) number(m.group("u2")));
    }
    return Reading.Literal.period(Grain.YEAR, LocalDate.of(year, 1, 1), "");
  }

  private static Reading monthOrSeasonOfSpokenYear(Matcher m, String text) {
    int year =
        1900 + (int) number(m.group("t")) + (m.group("u") == null ? 0 : (int) number(m.group("u")));
    if (m.group("mon") != null) {
      return capitalised(m, "mon")
          ? Reading.Literal.period(Grain.MONTH, LocalDate.of(year, month(m.group("mon")), 1), "")
          : null;
    }
    int index =
        switch (m.group("s").toLowerCase(Locale.ROOT)) {
          case "spring" -> 0;
          case "summer" -> 1;
          case "winter" -> 3;
          default -> 2;
        };
    return Reading.Literal.period(Grain.SEASON, Grain.seasonStart(year, index), "");
  }

  private static Reading decade(Matcher m, String text) {
    int year;
    if (m.group("dec") != null) {
      year = num(m, "dec");
    } else if (m.group("dd") != null) {
      int dd = num(m, "dd");
      year = dd <= 30 ? 2000 + dd : 1900 + dd;
    } else {
      String w = m.group("word").toLowerCase(Locale.ROOT);
      List<String> words =
          List.of(
              "twenties",
              "thirties",
              "forties",
              "fifties",
              "sixties",
              "seventies",
              "eighties",
              "nineties");
      year = 1920 + 10 * words.indexOf(w);
    }
    return Reading.Literal.period(Grain.DECADE, LocalDate.of(year, 1, 1), "");
  }

  private static Reading quarterOrHalf(Matcher m, String text) {
    String ord = m.group("ord").toLowerCase(Locale.ROOT);
    boolean half = m.group("kind").equalsIgnoreCase("half");
    if (ord.equals("last")
        && m.group("year") == null
        && m.group("y2") == null
        && m.group("rel") == null) {
      return null; // "last quarter" alone is the previous one, read by the relative-period rule
    }
    int index =
        switch (ord) {
          case "first", "1st" -> 0;
          case "second", "2nd" -> 1;
          case "third", "3rd" -> 2;
          case "fourth", "4th" -> 3;
          default -> half ? 1 : 3; // "final", "last"
        };
    if (half && index > 1) {
      return null;
    }
    // "a quarter of the town", "the first half of the match": a share, not a period.
    if (m.group("year") == null && m.group("rel") == null && followedBy(text, m.end(), "of")) {
      return null;
    }
    Grain grain = half ? Grain.HALF : Grain.QUARTER;
    Reading.YearlessPeriod p = new Reading.YearlessPeriod(grain, index, Direction.NEAREST_PAST);
    if (m.group("y2") != null) {
      return Reading.Literal.period(grain, p.start(num(m, "y2")), ""); // "the 1988 second quarter"
    }
    if (m.group("year") != null) {
      return Reading.Literal.period(grain, p.start(num(m, "year")), "");
    }
    if (m.group("rel") != null) {
      // "the second half of the year": of the year under discussion, the document's
      String rel = m.group("rel").toLowerCase(Locale.ROOT);
      return new Reading.PeriodOfYear(p, rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
    }
    return p;
  }

  private static Reading quarterCode(Matcher m, String text) {
    int q = m.group("q") != null ? num(m, "q") : num(m, "q2");
    int y = m.group("year") != null ? num(m, "year") : num(m, "y2");
    return Reading.Literal.period(Grain.QUARTER, LocalDate.of(y, 1 + 3 * (q - 1), 1), "");
  }

  private static Reading season(Matcher m, String text) {
    String s = m.group("s").toLowerCase(Locale.ROOT);
    int index =
        switch (s) {
          case "spring" -> 0;
          case "summer" -> 1;
          case "winter" -> 3;
          default -> 2;
        };
    String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
    boolean hasYear = m.group("year") != null;
    if (!hasYear && rel.isEmpty() && m.group("pre") == null) {
      return null; // a bare "spring" or "fall" is usually a noun or a verb
    }
    if (!hasYear && followedBy(text, m.end(), "of")) {
      return null; // "the fall of the city"
    }
    if (!hasYear && Character.isUpperCase(m.group("s").charAt(0)) && rel.isEmpty()) {
      return null; // "Arab Spring": a name
    }
    Reading.YearlessPeriod p = new Reading.YearlessPeriod(Grain.SEASON, index, direction(rel));
    if (hasYear) {
      return Reading.Literal.period(Grain.SEASON, p.start(num(m, "year")), "");
    }
    return p;
  }

  private static Reading fiscalYear(Matcher m, String text) {
    String fy = m.group("fy");
    int y = Integer.parseInt(fy);
    if (fy.length() == 2) {
      y += y < 50 ? 2000 : 1900;
    }
    // TimeML corpora give a fiscal year the value of its year ("fiscal 1989" is 1989); fiscal
    // years start in different months per organisation, so it gets no calendar bounds.
    return Reading.Literal.of(
        TimexType.DATE, String.format(Locale.ROOT, "%04d", y), DatePrecision.YEAR);
  }

  private static Reading dayWord(Matcher m, String text) {
    String w = m.group("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String pod = m.group("pod") == null ? "" : pod(m.group("pod"));
    return switch (w) {
      case "today" -> new Reading.Relative(Grain.DAY, 0, false, pod);
      case "tonight" -> new Reading.Relative(Grain.DAY, 0, false, "TNI");
      case "yesterday" -> new Reading.Relative(Grain.DAY, -1, false, pod);
      case "tomorrow" -> new Reading.Relative(Grain.DAY, 1, false, pod);
      case "the day before yesterday" -> new Reading.Relative(Grain.DAY, -2, false, pod);
      default -> new Reading.Relative(Grain.DAY, 2, false, pod);
    };
  }

  private static Reading relativePeriod(Matcher m, String text) {
    String rel = m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    Grain grain = grainOf(m.group("unit"));
    if ((rel.equals("the past") || rel.equals("the last")) && grain != Grain.WEEKEND) {
      // "in the past year", "the last decade": TimeML reads a singular period counted back from
      // now as the previous calendar period, like "last year" ("the past three years" stays a
      // duration, read by the duration rule).
      return new Reading.Relative(grain, -1, false, "");
    }
    if (rel.equals("last") && grain == Grain.YEAR && comparisonBefore(text, m.start())) {
      return Reading.Shift.comparison(Grain.YEAR, -1); // "up from 12 last year": same period
    }
    if (grain == Grain.WEEKEND) {
      return new Reading.Weekend(
          switch (rel) {
            case "last", "previous", "past" -> Direction.LAST;
            case "next", "coming", "the coming" -> Direction.NEXT;
            case "this", "current", "the current" -> Direction.THIS;
            default -> Direction.NEAREST_PAST;
          });
    }
    return switch (rel) {
      case "last", "previous", "past", "the latest" -> new Reading.Relative(grain, -1, false, "");
      case "this", "current", "the current", "the present" ->
          new Reading.Relative(grain, 0, false, "");
      case "next", "coming", "the coming" -> new Reading.Relative(grain, 1, false, "");
      case "the previous", "the preceding" -> new Reading.Relative(grain, -1, true, "");
      case "the following", "the next" -> new Reading.Relative(grain, 1, true, "");
      case "the" ->
          grain == Grain.QUARTER
              ? new Reading.Relative(grain, 0, true, "")
              : null; // "the year", "the month": as often a stretch of time as a date
      default -> new Reading.Relative(grain, 0, true, ""); // "the same", "that"
    };
  }

  private static Reading ago(Matcher m, String text) {
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    double n = number(m.group("n"));
    if (unit.startsWith("second") && m.group("n").toLowerCase(Locale.ROOT).startsWith("a")) {
      return null;
    }
    String dir = m.group("dir").toLowerCase(Locale.ROOT);
    if ((dir.equals("before") || dir.equals("after")) && followedByWord(text, m.end())) {
      return null; // "two days after the attack": the duration is the expression, the event anchors
    }
    boolean future =
        dir.equals("later") || dir.equals("after") || dir.startsWith("from") || dir.equals("hence");
    boolean anchored =
        !(dir.equals("ago") || dir.startsWith("from") || dir.equals("hence") || dir.equals("back"));
    if (Double.isNaN(n) || n != Math.rint(n) || n > 10_000) {
      return Reading.Literal.of(
          TimexType.DATE, future ? "FUTURE_REF" : "PAST_REF", DatePrecision.UNKNOWN);
    }
    long count = (long) n;
    // "fell to 12 from 30 a year ago": the period under discussion, a year back.
    boolean comparison = dir.equals("ago") && comparisonBefore(text, m.start());
    Grain grain;
    if (unit.startsWith("second") || unit.startsWith("minute") || unit.startsWith("hour")) {
      grain = Grain.DAY;
      count = unit.startsWith("hour") ? count / 24 : 0;
    } else if (unit.startsWith("fortnight")) {
      grain = Grain.WEEK;
      count *= 2;
    } else if (unit.startsWith("centur")) {
      grain = Grain.YEAR;
      count *= 100;
    } else if (unit.startsWith("decade")) {
      grain = Grain.YEAR; // "a decade ago" names a year, not the decade containing it
      count *= 10;
    } else {
      grain = grainOf(unit);
    }
    if (comparison) {
      return Reading.Shift.comparison(grain, -count);
    }
    return anchored
        ? new Reading.Shift(grain, future ? count : -count, null)
        : new Reading.Relative(grain, future ? count : -count, false, "");
  }

  private static Reading duration(Matcher m, String text) {
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    String n = m.group("n").toLowerCase(Locale.ROOT);
    if (unit.startsWith("second") && (n.equals("a") || n.equals("an"))) {
      return null; // "a second attack"
    }
    if (unit.startsWith("quarter") && followedBy(text, m.end(), "of")) {
      return null; // "a quarter of the population"
    }
    if (text.regionMatches(true, m.end(), "-old", 0, 4) || followedBy(text, m.end(), "old")) {
      return null; // an age describes a person, not a time
    }
    double count = number(n);
    boolean hyphenated = m.group().charAt(m.start("unit") - m.start() - 1) == '-';
    if (!unit.endsWith("s") && !hyphenated && count >= 100) {
      return null; // "the 1988 quarter": a year, not a count of quarters
    }
    if ((n.equals("some") || n.equals("many") || n.equals("few"))
        && unit.endsWith("s")
        && m.group().toLowerCase(Locale.ROOT).startsWith(n)) {
      // "some days", "many years": vague, kept as an unknown count
      return durationOf(unit, Double.NaN);
    }
    boolean half = m.group("half") != null || m.group("half2") != null;
    return durationOf(unit, half ? count + 0.5 : count);
  }

  private static Reading durationOf(String unitWord, double n) {
    String unit = unitWord.toLowerCase(Locale.ROOT);
    if (!Double.isNaN(n) && n != Math.rint(n) && n * 2 == Math.rint(n * 2)) {
      return halfDuration(unit, (long) Math.floor(n));
    }
    String count = Double.isNaN(n) ? "X" : formatCount(n);
    String value;
    if (unit.startsWith("second")) {
      value = "PT" + count + "S";
    } else if (unit.startsWith("minute")) {
      value = "PT" + count + "M";
    } else if (unit.startsWith("hour")) {
      value = "PT" + count + "H";
    } else if (unit.startsWith("day")) {
      value = "P" + count + "D";
    } else if (unit.startsWith("fortnight")) {
      value = "P" + (Double.isNaN(n) ? "X" : formatCount(2 * n)) + "W";
    } else if (unit.startsWith("week")) {
      value = "P" + count + "W";
    } else if (unit.startsWith("month")) {
      value = "P" + count + "M";
    } else if (unit.startsWith("year")) {
      value = "P" + count + "Y";
    } else if (unit.startsWith("decade")) {
      value = "P" + (Double.isNaN(n) ? "X" : formatCount(10 * n)) + "Y";
    } else if (unit.startsWith("centur")) {
      value = "P" + count + "CE";
    } else {
      value = "P" + count + "Q";
    }
    return Reading.Literal.of(TimexType.DURATION, value, DatePrecision.UNKNOWN);
  }

  /** "two and a half years" as P2Y6M: TimeML values take whole numbers of each unit. */
  private static Reading halfDuration(String unit, long whole) {
    String w = Long.toString(whole);
    String value;
    if (unit.startsWith("year")) {
      value = "P" + (whole > 0 ? w + "Y" : "") + "6M";
    } else if (unit.startsWith("decade")) {
      value = "P" + (whole * 10 + 5) + "Y";
    } else if (unit.startsWith("month")) {
      value = "P" + (whole > 0 ? w + "M" : "") + "15D";
    } else if (unit.startsWith("week")) {
      value = "P" + (whole * 7 + 3) + "DT12H";
    } else if (unit.startsWith("day")) {
      value = "P" + (whole > 0 ? w + "D" : "") + "T12H";
    } else if (unit.startsWith("hour")) {
      value = "PT" + (whole > 0 ? w + "H" : "") + "30M";
    } else if (unit.startsWith("minute")) {
      value = "PT" + (whole > 0 ? w + "M" : "") + "30S";
    } else {
      return Reading.Literal.of(TimexType.DURATION, "PT" + whole + ".5S", DatePrecision.UNKNOWN);
    }
    return Reading.Literal.of(TimexType.DURATION, value, DatePrecision.UNKNOWN);
  }

  private static Reading weekday(Matcher m, String text) {
    DayOfWeek day = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
    String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
    String pod = m.group("pod") == null ? "" : pod(m.group("pod"));
    return new Reading.Weekday(day, direction(rel), pod);
  }

  private static Reading weekdays(Matcher m, String text) {
    String wd = m.group("wds") != null ? m.group("wds") : m.group("wd");
    String pod = m.group("pod") != null ? m.group("pod") : m.group("pods");
    DayOfWeek day = DayOfWeek.valueOf(wd.toUpperCase(Locale.ROOT));
    return Reading.Literal.of(
        TimexType.SET,
        "XXXX-WXX-" + day.getValue() + (pod == null ? "" : pod(pod)),
        DatePrecision.DAY);
  }

  private static Reading clockWithDay(Matcher m, String text) {
    return dayRef(m, clockSuffix(m));
  }

  /** The day {@link #DAY_REF} names, with a time-of-day suffix. */
  private static Reading dayRef(Matcher m, String suffix) {
    if (m.group("wd") != null) {
      DayOfWeek day = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
      return new Reading.Weekday(day, Direction.NEAREST_PAST, suffix);
    }
    if (m.group("dw") != null) {
      String w = m.group("dw").toLowerCase(Locale.ROOT);
      int offset = w.equals("yesterday") ? -1 : w.equals("today") ? 0 : 1;
      return new Reading.Relative(Grain.DAY, offset, false, suffix);
    }
    if (!capitalised(m, "mon")) {
      return null;
    }
    int day = num(m, "day");
    int month = month(m.group("mon"));
    if (day > java.time.Month.of(month).maxLength()) {
      return null;
    }
    return new Reading.YearlessDate(month, day, Direction.NEAREST_PAST, suffix);
  }

  private static String clockSuffix(Matcher m) {
    String nm = groupOrNull(m, "nm");
    if (nm != null) {
      return nm.equalsIgnoreCase("midnight") ? "T24:00" : "T12:00";
    }
    int h = num(m, "h");
    int min = m.group("min") == null ? 0 : num(m, "min");
    String ap = groupOrNull(m, "ap");
    if (ap != null) {
      boolean pm = Character.toLowerCase(ap.charAt(0)) == 'p';
      h = h % 12 + (pm ? 12 : 0);
    }
    return String.format(Locale.ROOT, "T%02d:%02d", h, min);
  }

  /** "4 in the morning" is 04:00, "9 in the evening" 21:00, "12 in the afternoon" noon. */
  private static Reading clockInPartOfDay(Matcher m, String text) {
    int h = num(m, "h") % 12;
    if (!m.group("pod").equalsIgnoreCase("morning")) {
      h += 12;
    }
    int min = m.group("min") == null ? 0 : num(m, "min");
    return new Reading.Relative(
        Grain.DAY, 0, true, String.format(Locale.ROOT, "T%02d:%02d", h, min));
  }

  private static Reading clock(Matcher m) {
    // A clock time belongs to the day last mentioned: "on Sunday ... at 3 p.m."
    return new Reading.Relative(Grain.DAY, 0, true, clockSuffix(m));
  }

  private static Reading every(Matcher m, String text) {
    String u = m.group("u").toLowerCase(Locale.ROOT);
    int n = m.group("other") != null ? 2 : m.group("n") == null ? 1 : (int) number(m.group("n"));
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equalsIgnoreCase(u)) {
        return Reading.Literal.of(TimexType.SET, "XXXX-WXX-" + d.getValue(), DatePrecision.DAY);
      }
    }
    return switch (u) {
      case "morning", "afternoon", "evening", "night" ->
          Reading.Literal.of(TimexType.SET, "XXXX-XX-XX" + pod(u), DatePrecision.DAY);
      case "weekend" -> Reading.Literal.of(TimexType.SET, "XXXX-WXX-WE", DatePrecision.WEEK);
      default -> set(u, n);
    };
  }

  private static Reading set(String unitWord, int n) {
    Reading.Literal d = (Reading.Literal) durationOf(unitWord, n);
    return Reading.Literal.of(TimexType.SET, d.normalised().value(), DatePrecision.UNKNOWN);
  }

  private static Reading frequencyAdverb(Matcher m, String text) {
    if (m.group("w").equalsIgnoreCase("quarterly") && reportingPeriodAdjective(m, text)) {
      return null;
    }
    String value =
        switch (m.group("w").toLowerCase(Locale.ROOT)) {
          case "daily", "nightly" -> "P1D";
          case "weekly" -> "P1W";
          case "biweekly" -> "P2W";
          case "monthly" -> "P1M";
          case "quarterly" -> "P3M";
          case "hourly" -> "PT1H";
          default -> "P1Y";
        };
    return Reading.Literal.of(TimexType.SET, value, DatePrecision.UNKNOWN);
  }

  private static final Pattern NOUN_AFTER =
      Pattern.compile(
          "\\s+(?!(?:and|or|but|to|in|on|at|by|for|from|through|since|until|as|with|than|during"
              + "|is|are|was|were|will|would|has|have|had)"
              + E
              + ")(?-i:\\p{Ll})");
  private static final Pattern DETERMINER_BEFORE =
      Pattern.compile(
          B + "(?:its|the|a|an|their|his|her|our|initial|first|latest|regular|same)\\s+$", FLAGS);

  /**
   * "its quarterly dividend", "a quarterly loss", "an initial quarterly of five cents": before a
   * noun or after a determiner, "quarterly" names the period a payment or report covers, not a
   * recurrence (only the adverb, "adjusted quarterly", is one).
   */
  private static boolean reportingPeriodAdjective(Matcher m, String text) {
    if (NOUN_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
      return true;
    }
    int from = Math.max(0, m.start() - 12);
    return DETERMINER_BEFORE
        .matcher(text)
        .region(from, m.start())
        .useTransparentBounds(true)
        .find();
  }

  private static Reading reference(Matcher m, String text) {
    String w = m.group("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String value =
        switch (w) {
          case "recently", "lately", "recent", "the past" -> "PAST_REF";
          default -> "PRESENT_REF";
        };
    if (w.contains("future") || w.endsWith("term")) {
      value = "FUTURE_REF";
    }
    return Reading.Literal.of(TimexType.DATE, value, DatePrecision.UNKNOWN);
  }

  private static Reading anchoredDay(Matcher m, String text) {
    String w2 = m.group("w2");
    if (w2 != null) {
      String w = w2.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      String pod = w.startsWith("the night") ? "TNI" : w.startsWith("the morning") ? "TMO" : "";
      return new Reading.Relative(Grain.DAY, w.endsWith("after") ? 1 : -1, true, pod);
    }
    String w = m.group("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String u = m.group("u").toLowerCase(Locale.ROOT);
    String pod = u.equals("day") ? "" : pod(u);
    long offset =
        switch (w) {
          case "the following", "the next" -> 1;
          case "the previous", "the preceding" -> -1;
          default -> 0; // "the same", "that"
        };
    return new Reading.Relative(Grain.DAY, offset, true, pod);
  }

  // ---- helpers ----

  /** Whether a comparison ("from", "compared with", "than") precedes, in the same sentence. */
  private static boolean comparisonBefore(String text, int position) {
    int from = Math.max(0, position - 80);
    for (int i = position - 1; i > from; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '\n')
          && i + 1 < position
          && Character.isWhitespace(text.charAt(i + 1))) {
        from = i + 1;
        break;
      }
    }
    Matcher m = COMPARISON.matcher(text).region(from, position);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    if (end < 0) {
      // "had net income of $5 million, or 12 cents a share, a year ago": a figure set off by a
      // comma just before is the comparison's other side, without a "from" or "than".
      String before = text.substring(Math.max(from, position - 40), position);
      return before.stripTrailing().endsWith(",") && before.chars().anyMatch(Character::isDigit);
    }
    // "from $70 million a year ago", "than a year ago", "compared with a loss of $9 million, or
    // 18 cents a share, a year ago"; not "from Vermont, was indicted last year"
    String gap = text.substring(end, position);
    return gap.isBlank() || (gap.length() <= 60 && gap.chars().anyMatch(Character::isDigit));
  }

  private static boolean followedByWord(String text, int end) {
    int i = end;
    while (i < text.length() && i < end + 3 && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i > end && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
  }

  private static boolean followedBy(String text, int end, String word) {
    int i = end;
    while (i < text.length() && Character.isWhitespace(text.charAt(i)) && i < end + 3) {
      i++;
    }
    return i > end
        && text.regionMatches(true, i, word, 0, word.length())
        && (i + word.length() == text.length()
            || !Character.isLetterOrDigit(text.charAt(i + word.length())));
  }

  /**
   * Whether the month word is a proper noun: capitalised or in an all-caps text. Lower-case "may"
   * and "march" are a verb far more often than a month; the other lower-case names are accepted.
   */
  private static boolean capitalised(Matcher m, String group) {
    String mon = m.group(group);
    if (Character.isUpperCase(mon.charAt(0))) {
      return true;
    }
    String lower = mon.toLowerCase(Locale.ROOT);
    return !(lower.equals("may") || lower.startsWith("mar"));
  }

  private static Direction direction(String rel) {
    return switch (rel.toLowerCase(Locale.ROOT)) {
      case "last", "past", "the last", "the past", "this past" -> Direction.LAST;
      case "next", "coming", "the coming" -> Direction.NEXT;
      case "this" -> Direction.THIS;
      default -> Direction.NEAREST_PAST;
    };
  }

  private static Grain grainOf(String unitWord) {
    String u = unitWord.toLowerCase(Locale.ROOT);
    if (u.startsWith("day")) {
      return Grain.DAY;
    } else if (u.startsWith("weekend")) {
      return Grain.WEEKEND;
    } else if (u.startsWith("week")) {
      return Grain.WEEK;
    } else if (u.startsWith("month")) {
      return Grain.MONTH;
    } else if (u.startsWith("quarter")) {
      return Grain.QUARTER;
    } else if (u.startsWith("decade")) {
      return Grain.DECADE;
    }
    return Grain.YEAR;
  }

  static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String[] prefixes = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    for (int i = 0; i < prefixes.length; i++) {
      if (w.startsWith(prefixes[i])) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("expected a month name, found " + word);
  }

  private static String pod(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "morning" -> "TMO";
      case "afternoon" -> "TAF";
      case "evening" -> "TEV";
      default -> "TNI";
    };
  }

  /** The count a number phrase names, or NaN when it names none ("several", "a few"). */
  static double number(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT).replace(',', ' ').trim();
    if (!p.isEmpty() && Character.isDigit(p.charAt(0))) {
      return Double.parseDouble(p.replace(" ", ""));
    }
    List<String> units =
        List.of(
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen");
    List<String> tens =
        List.of(
            "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    switch (p) {
      case "a", "an" -> {
        return 1;
      }
      case "half a", "half an" -> {
        return 0.5;
      }
      case "a couple of" -> {
        return 2;
      }
      case "a dozen" -> {
        return 12;
      }
      case "a hundred", "hundred" -> {
        return 100;
      }
      default -> {}
    }
    int u = units.indexOf(p);
    if (u >= 0) {
      return u;
    }
    String[] parts = p.split("[- ]");
    int t = tens.indexOf(parts[0]);
    if (t >= 2) {
      return t * 10 + (parts.length > 1 ? Math.max(0, units.indexOf(parts[1])) : 0);
    }
    return Double.NaN;
  }

  private static String formatCount(double n) {
    return n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
  }

  private static int num(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  private static String groupOrNull(Matcher m, String group) {
    try {
      return m.group(group);
    } catch (IllegalArgumentException e) {
      return null; // the pattern has no such group
    }
  }
}
