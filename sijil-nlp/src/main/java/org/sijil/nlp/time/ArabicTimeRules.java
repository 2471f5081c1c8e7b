package org.sijil.nlp.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sijil.nlp.ArabicScript;
import org.sijil.nlp.time.TimeRules.Keys;

/**
 * Arabic rules: weekdays ("يوم الأحد"), days named from the report ("أمس", "الليلة الماضية", "فجر
 * اليوم"), counted distances back ("قبل يومين", "قبل ثلاثة أيام"), the last week, month or year,
 * and dates with either set of month names (يناير… and كانون الثاني…, often both: "آذار/مارس"), in
 * Western or Arabic-Indic digits, with or without a year.
 *
 * <p>Words are matched with their spelling variants (أ/إ/آ/ا, ة/ه, ى/ي) and after the clitics و ف ب
 * ل, which stay outside the expression ({@code x} group). Like the English rules, every pattern is
 * linear (fixed words joined by bounded whitespace). Immutable and thread-safe.
 */
final class ArabicTimeRules implements TimeRules {

  static final String VERSION = "arabic-time-rules@1";

  /** No letter, mark or digit before: the match opens a word. */
  private static final String B = "(?<![\\p{L}\\p{M}\\p{N}])";

  /** No letter, mark or digit after: the match closes a word. */
  private static final String E = "(?![\\p{L}\\p{M}\\p{N}])";

  /** Proclitics that may be glued to the first word: "و", "ف", then "ب" or "ل". */
  private static final String CLITIC = "(?:[وف])?(?:[بل])?";

  private static final String A = "[اأإآ]";
  private static final String T = "[ةه]";
  private static final String Y = "[يى]";
  private static final String D = "[0-9\u0660-\u0669\u06F0-\u06F9]";
  private static final String S = "\\s{1,3}";

  /** Weekday names after "ال", with their days. */
  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "احد", DayOfWeek.SUNDAY,
          "اثنين", DayOfWeek.MONDAY,
          "ثلاثاء", DayOfWeek.TUESDAY,
          "اربعاء", DayOfWeek.WEDNESDAY,
          "خميس", DayOfWeek.THURSDAY,
          "جمعه", DayOfWeek.FRIDAY,
          "سبت", DayOfWeek.SATURDAY);

  private static final String WEEKDAY =
      "(?<wd>" + A + "حد|" + A + "ثنين|ثلاثاء|" + A + "ربعاء|خميس|جمع" + T + "|سبت)";

  /** Month names of both sets, folded ({@link #fold}), with their numbers. */
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("يناير", 1),
          Map.entry("كانون الثاني", 1),
          Map.entry("فبراير", 2),
          Map.entry("شباط", 2),
          Map.entry("مارس", 3),
          Map.entry("اذار", 3),
          Map.entry("ابريل", 4),
          Map.entry("نيسان", 4),
          Map.entry("مايو", 5),
          Map.entry("ايار", 5),
          Map.entry("يونيو", 6),
          Map.entry("حزيران", 6),
          Map.entry("يوليو", 7),
          Map.entry("تموز", 7),
          Map.entry("اغسطس", 8),
          Map.entry("اب", 8),
          Map.entry("سبتمبر", 9),
          Map.entry("ايلول", 9),
          Map.entry("اكتوبر", 10),
          Map.entry("تشرين الاول", 10),
          Map.entry("نوفمبر", 11),
          Map.entry("تشرين الثاني", 11),
          Map.entry("ديسمبر", 12),
          Map.entry("كانون الاول", 12));

  private static final String MONTH_NAME =
      "(?:يناير|فبراير|مارس|"
          + A
          + "بريل|مايو|يونيو|يوليو|"
          + A
          + "غسطس|سبتمبر|"
          + A
          + "كتوبر|نوفمبر|ديسمبر|كانون"
          + S
          + "(?:الثاني|ال"
          + A
          + "ول)|شباط|"
          + A
          + "ذار|نيسان|"
          + A
          + "يار|حزيران|تموز|"
          + A
          + "ب|"
          + A
          + "يلول|تشرين"
          + S
          + "(?:ال"
          + A
          + "ول|الثاني))";

  /** A month, optionally "شهر" before it and the other set's name after a slash or in brackets. */
  private static final String MONTH =
      "(?:شهر"
          + S
          + ")?(?<mon>"
          + MONTH_NAME
          + ")(?:\\s{0,2}[/(\\-]\\s{0,2}"
          + MONTH_NAME
          + "\\)?)?";

  private static final String DAY_NUM = "(?<day>" + D + "{1,2})";
  private static final String YEAR = "(?<year>(?:19|20|١٩|٢٠|۱۹|۲۰)" + D + "{2})";
  private static final String YEAR_WORD = "(?:(?:عام|سن" + T + "|العام)" + S + ")?";

  private static final String POD = "(?:(?<pod>صباح|مساء|فجر|ليل" + T + "|ظهر|عصر|ليل)" + S + ")?";

  private static final String UNIT_WORDS =
      "(?<unit>يوم|"
          + A
          + "يام|يومين|"
          + A
          + "سبوع|"
          + A
          + "سابيع|"
          + A
          + "سبوعين|شهر|"
          + A
          + "شهر|شهور|شهرين|عام|"
          + A
          + "عوام|عامين|سن"
          + T
          + "|سنوات|سنتين)";

  private static final String NUMBER_WORDS =
      "(?<n>"
          + D
          + "{1,3}|ثلاث"
          + T
          + "?|"
          + A
          + "ربع"
          + T
          + "?|خمس"
          + T
          + "?|ست"
          + T
          + "?|سبع"
          + T
          + "?|ثماني"
          + T
          + "?|ثمان|تسع"
          + T
          + "?|عشر"
          + T
          + "?|بضع"
          + T
          + "?)";

  private static final Keys KEYS = new Keys(Set.of(), true);

  /** Future cues before an expression in its sentence: "سوف", "غداً", "من المقرر". */
  private static final Pattern FUTURE_CUE =
      Pattern.compile(
          B
              + CLITIC
              + "(?:سوف|غدا|غدًا|غداً|بعد"
              + S
              + "غد|من"
              + S
              + "المقرر|من"
              + S
              + "المتوقع|يعتزم|تعتزم|ستعقد|سيعقد|سيتم|ستجري|سيجري|ستبد"
              + A
              + "|سيبد"
              + A
              + "|المقبل|المقبل"
              + T
              + "|القادم|القادم"
              + T
              + ")"
              + E);

  /**
   * A weekday with a day and month and no year: "الأحد 18 حزيران", "يوم الثلاثاء الموافق 4 من
   * آذار/مارس". A year after it makes a full date, which needs no inference.
   */
  private static final Pattern WEEKDAY_DATE =
      Pattern.compile(
          B
              + CLITIC
              + "(?:يوم"
              + S
              + ")?ال"
              + WEEKDAY
              + "\\s{0,2}[،,]?\\s{0,3}(?:(?:ال)?(?:موافق|مصادف)"
              + S
              + "(?:لـ*\\s{0,2})?)?"
              + DAY_NUM
              + S
              + "(?:من"
              + S
              + ")?"
              + MONTH
              + E
              + "(?!\\s{0,2}[،,]?\\s{0,3}(?:(?:عام|سن"
              + T
              + "|العام)"
              + S
              + ")?"
              + D
              + ")");

  private final List<Rule> rules;

  ArabicTimeRules() {
    List<Rule> r = new ArrayList<>();
    r.add(
        rule(
            "ar-weekday",
            B
                + CLITIC
                + "(?<x>"
                + POD
                + "(?:يوم"
                + S
                + ")?ال"
                + WEEKDAY
                + "(?:"
                + S
                + "(?<dir>الماضي|الفائت|المنصرم|المقبل|القادم))?)"
                + E,
            ArabicTimeRules::weekday));
    r.add(
        rule(
            "ar-day-word",
            B
                + CLITIC
                + "(?<x>"
                + POD
                + "(?<dw>(?:ال)?"
                + A
                + "مس|البارح"
                + T
                + "|اليوم"
                + S
                + "التالي|اليوم"
                + S
                + "السابق|اليوم|"
                + A
                + "ول"
                + S
                + "(?:من"
                + S
                + ")?"
                + A
                + "مس|الليل"
                + T
                + S
                + "الماضي"
                + T
                + "|الليل"
                + T
                + "|غداً|غدًا|غدا))"
                + E,
            ArabicTimeRules::dayWord));
    r.add(
        rule(
            "ar-ago",
            B + CLITIC + "(?<x>قبل" + S + "(?:" + NUMBER_WORDS + S + ")?" + UNIT_WORDS + ")" + E,
            ArabicTimeRules::ago));
    r.add(
        rule(
            "ar-last-period",
            B
                + CLITIC
                + "(?<x>(?<per>ال"
                + A
                + "سبوع|الشهر|العام|السن"
                + T
                + ")"
                + S
                + "(?<rel>الماضي"
                + T
                + "?|الفائت"
                + T
                + "?|المنصرم"
                + T
                + "?|السابق"
                + T
                + "?|المقبل"
                + T
                + "?|القادم"
                + T
                + "?|الجاري"
                + T
                + "?|الحالي"
                + T
                + "?))"
                + E,
            ArabicTimeRules::lastPeriod));
    r.add(
        rule(
            "ar-day-month-year",
            B
                + CLITIC
                + "(?<x>"
                + "(?:(?:يوم"
                + S
                + ")?ال"
                + WEEKDAY
                + "\\s{0,2}[،,]?\\s{0,3})?"
                + DAY_NUM
                + S
                + "(?:من"
                + S
                + ")?"
                + MONTH
                + "(?:"
                + S
                + "(?:الجاري|الماضي|الحالي)|\\s{0,2}[،,]?"
                + S
                + YEAR_WORD
                + YEAR
                + ")?)"
                + E,
            ArabicTimeRules::dayMonth));
    r.add(
        rule(
            "ar-month-year",
            B + CLITIC + "(?<x>" + MONTH + "\\s{0,2}[،,]?" + S + YEAR_WORD + YEAR + ")" + E,
            (m, t) -> monthYear(m)));
    r.add(
        rule(
            "ar-year",
            B + CLITIC + "(?<x>(?:عام|سن" + T + "|العام)" + S + YEAR + ")" + E,
            (m, t) ->
                Reading.Literal.period(Grain.YEAR, LocalDate.of(num(m.group("year")), 1, 1), "")));
    r.add(
        rule(
            "ar-numeric-date",
            B
                + "(?<x>(?<a>"
                + D
                + "{1,2})(?<sep>[/.\\-])(?<b>"
                + D
                + "{1,2})\\k<sep>(?<y>"
                + D
                + "{4}))"
                + E,
            ArabicTimeRules::numericDate));
    this.rules = List.copyOf(r);
  }

  private static Rule rule(String name, String regex, Reader reader) {
    return new Rule(name, Pattern.compile(regex), true, KEYS, -1, reader);
  }

  @Override
  public List<Rule> rules() {
    return rules;
  }

  @Override
  public String version() {
    return VERSION;
  }

  /**
   * Future when a future cue stands in the expression's sentence before it, or right after it
   * ("الأحد المقبل" is read by the rule itself); otherwise past-tense reporting is assumed, as
   * monitors' reports are written: unmarked.
   */
  @Override
  public Tense tenseOf(String text, int start, int end) {
    int from = start;
    while (from > 0 && start - from < 120) {
      char c = text.charAt(from - 1);
      if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '\n' || c == '؛') {
        break;
      }
      from--;
    }
    Matcher m = FUTURE_CUE.matcher(text).region(from, start).useTransparentBounds(true);
    return m.find() ? Tense.FUTURE : Tense.UNMARKED;
  }

  /** The weekday-and-date pairs without a year in {@code text}, for dating an undated report. */
  static List<DocumentDateInferer.Pair> weekdayDates(String text) {
    List<DocumentDateInferer.Pair> pairs = new ArrayList<>();
    Matcher m = WEEKDAY_DATE.matcher(text);
    while (m.find()) {
      int day = num(m.group("day"));
      if (day >= 1 && day <= 31) {
        pairs.add(
            new DocumentDateInferer.Pair(
                WEEKDAYS.get(fold(m.group("wd"))), month(m), day, m.group().strip()));
      }
    }
    return pairs;
  }

  private static String fold(String s) {
    return ArabicScript.fold(s);
  }

  /** The value of a run of Western or Arabic-Indic digits. */
  static int num(String digits) {
    int v = 0;
    for (int i = 0; i < digits.length(); i++) {
      v = v * 10 + Character.digit(digits.charAt(i), 10);
    }
    return v;
  }

  private static String suffix(Matcher m) {
    String pod = m.group("pod");
    if (pod == null) {
      return "";
    }
    return switch (fold(pod)) {
      case "صباح", "فجر" -> "TMO";
      case "ظهر", "عصر" -> "TAF";
      case "مساء" -> "TEV";
      default -> "TNI";
    };
  }

  private static Reading weekday(Matcher m, String text) {
    DayOfWeek day = WEEKDAYS.get(fold(m.group("wd")));
    String dir = m.group("dir");
    Direction d =
        dir == null
            ? Direction.NEAREST_PAST
            : switch (dir) {
              case "المقبل", "القادم" -> Direction.NEXT;
              default -> Direction.LAST;
            };
    return new Reading.Weekday(day, d, suffix(m));
  }

  private static Reading dayWord(Matcher m, String text) {
    String w = fold(m.group("dw"));
    String suffix = suffix(m);
    if (w.startsWith("الليله")) {
      // "الليلة الماضية" is last night; "الليلة" alone tonight
      return new Reading.Relative(Grain.DAY, w.contains("الماضيه") ? -1 : 0, false, "TNI");
    }
    if (w.startsWith("اول")) {
      return new Reading.Relative(Grain.DAY, -2, false, suffix);
    }
    return switch (w) {
      case "امس", "الامس", "البارحه" -> new Reading.Relative(Grain.DAY, -1, false, suffix);
      case "غدا", "غدًا", "غداً" -> new Reading.Relative(Grain.DAY, 1, false, suffix);
      case "اليوم التالي" -> new Reading.Relative(Grain.DAY, 1, true, suffix);
      case "اليوم السابق" -> new Reading.Relative(Grain.DAY, -1, true, suffix);
      default -> new Reading.Relative(Grain.DAY, 0, false, suffix);
    };
  }

  private static Reading ago(Matcher m, String text) {
    String unit = fold(m.group("unit"));
    String n = m.group("n");
    long count;
    if (unit.endsWith("ين")) {
      if (n != null) {
        return null; // "قبل ثلاثة يومين" is no Arabic
      }
      count = 2; // the dual: "يومين", "أسبوعين"
    } else if (n == null) {
      count = 1;
    } else {
      count = numberWord(fold(n));
      if (count < 0) {
        return Reading.Literal.of(
            org.sijil.model.time.TimexType.DATE,
            "PAST_REF",
            org.sijil.model.time.DatePrecision.UNKNOWN);
      }
    }
    Grain grain;
    if (unit.startsWith("يوم") || unit.startsWith("ايام")) {
      grain = Grain.DAY;
    } else if (unit.startsWith("اسبوع") || unit.startsWith("اسابيع")) {
      grain = Grain.WEEK;
    } else if (unit.startsWith("شهر") || unit.startsWith("اشهر") || unit.startsWith("شهور")) {
      grain = Grain.MONTH;
    } else {
      grain = Grain.YEAR;
    }
    return new Reading.Relative(grain, -count, false, "");
  }

  /** The value of a number word or digits, or -1 for a vague one ("بضعة"). */
  private static long numberWord(String n) {
    if (Character.isDigit(n.charAt(0))) {
      return num(n);
    }
    String stem = n.endsWith("ه") ? n.substring(0, n.length() - 1) : n;
    return switch (stem) {
      case "ثلاث" -> 3;
      case "اربع" -> 4;
      case "خمس" -> 5;
      case "ست" -> 6;
      case "سبع" -> 7;
      case "ثماني", "ثمان" -> 8;
      case "تسع" -> 9;
      case "عشر" -> 10;
      default -> -1;
    };
  }

  private static Reading lastPeriod(Matcher m, String text) {
    String per = fold(m.group("per"));
    String rel = fold(m.group("rel"));
    Grain grain =
        per.equals("الاسبوع") ? Grain.WEEK : per.equals("الشهر") ? Grain.MONTH : Grain.YEAR;
    long offset;
    if (rel.startsWith("المقبل") || rel.startsWith("القادم")) {
      offset = 1;
    } else if (rel.startsWith("الجاري") || rel.startsWith("الحالي")) {
      offset = 0;
    } else {
      offset = -1;
    }
    return new Reading.Relative(grain, offset, false, "");
  }

  private static int month(Matcher m) {
    Integer month = MONTHS.get(fold(m.group("mon")));
    if (month == null) {
      throw new IllegalStateException("month pattern and table disagree on " + m.group("mon"));
    }
    return month;
  }

  private static Reading dayMonth(Matcher m, String text) {
    int month = month(m);
    int day = num(m.group("day"));
    if (day < 1 || day > 31) {
      return null;
    }
    if (m.group("year") == null) {
      try {
        LocalDate.of(2024, month, day); // a leap year: 29 February is a date
      } catch (DateTimeException e) {
        return null;
      }
      return new Reading.YearlessDate(month, day, Direction.NEAREST_PAST, "");
    }
    return day(num(m.group("year")), month, day);
  }

  private static Reading monthYear(Matcher m) {
    return Reading.Literal.period(Grain.MONTH, LocalDate.of(num(m.group("year")), month(m), 1), "");
  }

  /** Day first, as Arabic reports write them: "12/3/2019" is 12 March. */
  private static Reading numericDate(Matcher m, String text) {
    return day(num(m.group("y")), num(m.group("b")), num(m.group("a")));
  }

  private static Reading day(int year, int month, int day) {
    try {
      return Reading.Literal.period(Grain.DAY, LocalDate.of(year, month, day), "");
    } catch (DateTimeException e) {
      return null; // "31/2/2019" is not a date
    }
  }
}
