package org.sijil.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijil.model.Span;

/**
 * Finds counts: digits ({@code 25}, {@code 4,000}), number words ({@code two}, {@code twenty-five},
 * {@code two hundred}), ranges ({@code two to three}, {@code 2-3}, {@code between 5 and 7}), hedges
 * ({@code nearly}, {@code at least}, {@code more than}: approximate) and vague amounts ({@code
 * dozens}, {@code hundreds}, {@code several}, {@code a number of}: a range, marked approximate). A
 * count followed in its clause by "every day", "daily" and the like is recurring. Money,
 * percentages, years, dates, times and measures are not counts. Immutable and thread-safe.
 */
public final class QuantityExtractor implements Stage {

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("dozen", 12));
  private static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);
  private static final Map<String, Integer> MULTIPLIERS =
      Map.of("hundred", 100, "thousand", 1000, "million", 1_000_000);

  /** Vague amounts: token → {min, max}. */
  private static final Map<String, int[]> VAGUE =
      Map.of(
          "dozens", new int[] {24, 99},
          "scores", new int[] {40, 99},
          "hundreds", new int[] {200, 999},
          "thousands", new int[] {2000, 9999},
          "several", new int[] {3, 9},
          "tens", new int[] {20, 99});

  private static final Set<String> HEDGES =
      WordSet.of(
          "nearly",
          "almost",
          "about",
          "around",
          "approximately",
          "roughly",
          "some",
          "over",
          "estimated",
          "approx",
          "circa",
          "least",
          "than",
          "to");
  private static final Set<String> NOT_COUNTED_AFTER =
      CalendarWords.union(
          List.of(
              "%",
              "percent",
              "per",
              "km",
              "kilometers",
              "kilometres",
              "kilometer",
              "kilometre",
              "miles",
              "mile",
              "meters",
              "metres",
              "meter",
              "metre",
              "m",
              "years",
              "year",
              "months",
              "month",
              "weeks",
              "week",
              "days",
              "day",
              "hours",
              "hour",
              "minutes",
              "minute",
              "am",
              "pm",
              "a.m",
              "p.m",
              ":",
              "dollars",
              "dollar",
              "pounds",
              "euros",
              "lira",
              "liras",
              "usd",
              "st",
              "nd",
              "rd",
              "th",
              "o'clock",
              "of"),
          CalendarWords.MONTHS,
          CalendarWords.MONTH_ABBREVIATIONS);
  private static final Set<String> MONTHS =
      CalendarWords.union(CalendarWords.MONTHS, CalendarWords.MONTH_ABBREVIATIONS);
  private static final Set<String> CURRENCY = Set.of("$", "€", "£", "¥", "usd", "sp", "syp");
  private static final Set<String> RECURRENCE_UNIT =
      Set.of("day", "week", "month", "night", "morning", "year");
  private static final Set<String> CLAUSE_END = WordSet.of(".", ";", "!", "?", ":");

  /**
   * Every word {@link #at} can start a count with, other than digits and "twenty-five"-shaped
   * words: its hedges, vague amounts and number words. Most tokens are none of these, and one probe
   * here rules them out instead of one probe per word list.
   */
  private static final Set<String> STARTERS = starters();

  private record Num(int value, int end) {}

  private static Set<String> starters() {
    Set<String> s =
        new java.util.HashSet<>(
            List.of("at", "more", "less", "fewer", "up", "as", "an", "between", "a"));
    s.addAll(HEDGES);
    s.addAll(VAGUE.keySet());
    s.addAll(UNITS.keySet());
    s.addAll(TENS.keySet());
    return WordSet.copyOf(s);
  }

  @Override
  public String name() {
    return "quantities";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.TOKENS);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Layers.QUANTITIES);
  }

  @Override
  public AnnotatedText apply(AnnotatedText in) {
    return in.with(Layers.QUANTITIES, extract(in.raw(), in.get(Layers.TOKENS)));
  }

  /** The counts among {@code tokens} of {@code raw}, in text order, not overlapping. */
  public List<Quantity> extract(String raw, List<Token> tokens) {
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Quantity q = at(raw, tokens, i);
      if (q != null) {
        out.add(q);
        i = q.endToken();
      } else {
        i++;
      }
    }
    return out;
  }

  private Quantity at(String raw, List<Token> tokens, int start) {
    int i = start;
    boolean approximate = false;
    String kind = "";
    // hedges: nearly / at least / more than / up to / as many as / an estimated / some
    String w = norm(tokens, i);
    if (!STARTERS.contains(w)
        && !(!w.isEmpty() && Character.isDigit(w.charAt(0)))
        && !tensBeforeHyphen(w)) {
      return null; // no hedge, vague amount or number starts here
    }
    if (w.equals("at") && norm(tokens, i + 1).equals("least")) {
      approximate = true;
      i += 2;
    } else if ((w.equals("more") || w.equals("less") || w.equals("fewer"))
        && norm(tokens, i + 1).equals("than")) {
      approximate = true;
      kind = w;
      i += 2;
    } else if (w.equals("up") && norm(tokens, i + 1).equals("to")) {
      approximate = true;
      i += 2;
    } else if (w.equals("as")
        && norm(tokens, i + 1).equals("many")
        && norm(tokens, i + 2).equals("as")) {
      approximate = true;
      i += 3;
    } else if (w.equals("an") && norm(tokens, i + 1).equals("estimated")) {
      approximate = true;
      i += 2;
    } else if (w.equals("between")) {
      Num a = number(tokens, i + 1);
      if (a != null && norm(tokens, a.end).equals("and")) {
        Num b = number(tokens, a.end + 1);
        if (b != null && b.value >= a.value && counted(tokens, start, b.end)) {
          return make(raw, tokens, start, b.end, a.value, b.value, true);
        }
      }
      return null;
    } else if (HEDGES.contains(w)) {
      if (number(tokens, i + 1) != null || vague(tokens, i + 1) != null) {
        approximate = true;
        i += 1;
      }
    }
    // vague amounts
    int[] v = vague(tokens, i);
    if (v != null) {
      return make(raw, tokens, start, v[2], v[0], v[1], true);
    }
    Num a = number(tokens, i);
    if (a == null) {
      return null;
    }
    if (!counted(tokens, start, a.end)) {
      return null;
    }
    int end = a.end;
    int min = a.value;
    int max = a.value;
    // ranges: "two to three", "2-3", "two or three"
    String sep = norm(tokens, end);
    if (sep.equals("to") || sep.equals("-") || sep.equals("or")) {
      Num b = number(tokens, end + 1);
      if (b != null && b.value > a.value && counted(tokens, start, b.end)) {
        max = b.value;
        end = b.end;
      }
    }
    if (kind.equals("more")) {
      min = Math.min(Integer.MAX_VALUE - 1, min) + 1;
      max = Math.max(max, min);
    } else if (kind.equals("less") || kind.equals("fewer")) {
      max = Math.max(0, max - 1);
      min = Math.min(min, max);
      min = 0;
    }
    return make(raw, tokens, start, end, min, max, approximate);
  }

  private Quantity make(
      String raw, List<Token> tokens, int start, int end, int min, int max, boolean approx) {
    Span s = new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
    return new Quantity(s, s.of(raw), min, max, approx, recurring(tokens, end), start, end);
  }

  /** A recurrence phrase ("every day", "daily", "each week") later in the same clause. */
  private static boolean recurring(List<Token> tokens, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + 12); k++) {
      String n = tokens.get(k).norm();
      if (CLAUSE_END.contains(n)) {
        return false;
      }
      if (n.equals("daily") || n.equals("everyday") || n.equals("weekly") || n.equals("nightly")) {
        return true;
      }
      if ((n.equals("every") || n.equals("each") || n.equals("per") || n.equals("a"))
          && RECURRENCE_UNIT.contains(norm(tokens, k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Not money, a measure, a year or a date. */
  private static boolean counted(List<Token> tokens, int start, int end) {
    String before = start > 0 ? tokens.get(start - 1).norm() : "";
    if (CURRENCY.contains(before) || MONTHS.contains(before)) {
      return false;
    }
    String after = norm(tokens, end);
    if (NOT_COUNTED_AFTER.contains(after)) {
      // "two of the victims" is a count; "of" only blocks "5 of June"
      if (!(after.equals("of") && !MONTHS.contains(norm(tokens, end + 1)))) {
        return false;
      }
    }
    String last = tokens.get(end - 1).norm();
    if (last.length() == 4 && last.chars().allMatch(Character::isDigit)) {
      int y = Integer.parseInt(last);
      if (y >= 1900 && y <= 2100) {
        return false;
      }
    }
    return true;
  }

  /** A vague amount at i: {min, max, endToken}. */
  private static int[] vague(List<Token> tokens, int i) {
    String w = norm(tokens, i);
    int[] r = VAGUE.get(w);
    if (r != null) {
      return new int[] {r[0], r[1], i + 1};
    }
    if (w.equals("a")) {
      String n1 = norm(tokens, i + 1);
      if (n1.equals("number") && norm(tokens, i + 2).equals("of")) {
        return new int[] {2, 9, i + 3};
      }
      if (n1.equals("few")) {
        return new int[] {2, 5, i + 2};
      }
      if (n1.equals("dozen")) {
        return new int[] {12, 12, i + 2};
      }
      if ((n1.equals("large") || n1.equals("great")) && norm(tokens, i + 2).equals("number")) {
        return new int[] {10, 99, i + 3};
      }
    }
    return null;
  }

  /** A number at i: digits or words, with multipliers. */
  private static Num number(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    String w = tokens.get(i).norm();
    long value;
    int end;
    if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
      String digits = w.replace(",", "");
      if (!Digits.all(digits) || digits.length() > 9) {
        return null; // decimals, codes like 3a, huge numbers
      }
      value = Long.parseLong(digits);
      end = i + 1;
    } else if (UNITS.containsKey(w)) {
      value = UNITS.get(w);
      end = i + 1;
    } else if (TENS.containsKey(w) || tensBeforeHyphen(w)) {
      String[] parts = w.split("-", -1);
      if (parts.length > 2 || parts.length == 2 && !UNITS.containsKey(parts[1])) {
        return null;
      }
      value = TENS.get(parts[0]) + (parts.length == 2 ? UNITS.get(parts[1]) : 0);
      end = i + 1;
      if (parts.length == 1
          && UNITS.containsKey(norm(tokens, end))
          && UNITS.get(norm(tokens, end)) < 10) {
        value += UNITS.get(norm(tokens, end));
        end++;
      }
    } else if (w.equals("a") && MULTIPLIERS.containsKey(norm(tokens, i + 1))) {
      value = 1;
      end = i + 1;
    } else {
      return null;
    }
    Integer mult = MULTIPLIERS.get(norm(tokens, end));
    if (mult != null) {
      value *= mult;
      end++;
      // "two hundred and fifty", "one hundred twenty"
      String n = norm(tokens, end);
      Num rest = null;
      if (n.equals("and")) {
        rest = number(tokens, end + 1);
      } else if (!MULTIPLIERS.containsKey(n)) {
        rest = UNITS.containsKey(n) || TENS.containsKey(n) ? number(tokens, end) : null;
      }
      if (rest != null && rest.value < mult) {
        value += rest.value;
        end = rest.end;
      }
    }
    if (value > Integer.MAX_VALUE / 2) {
      return null;
    }
    return new Num((int) value, end);
  }

  /**
   * "twenty-five": the part before the first hyphen is a tens word. The same test as {@code
   * TENS.containsKey(w.split("-", -1)[0])} when there is a hyphen, without splitting every
   * hyphenated word ("US-led", "al-Hol").
   */
  private static boolean tensBeforeHyphen(String w) {
    int dash = w.indexOf('-');
    return dash >= 0 && TENS.containsKey(w.substring(0, dash));
  }

  private static String norm(List<Token> tokens, int i) {
    return i < tokens.size() ? tokens.get(i).norm() : "";
  }
}
