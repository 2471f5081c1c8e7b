package org.sijil.resolve.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sijil.model.Span;

/**
 * A road named by the two places it joins: "the road between Rastan and Hama", "the Khanasir –
 * Ithriya road", "Tallbisah-Ghantu highway", with what the name adds after it ("… road in Khanasir
 * sub-district"). Reports place incidents on such roads often; the point that stands for one is its
 * midpoint, unless the name itself says which end is meant. Immutable.
 *
 * @param from the first place named, as written
 * @param to the second place named, as written
 * @param qualifier the words after "in" or "near" that follow the road's name, or empty
 */
public record RoadName(String from, String to, String qualifier) {

  public RoadName {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(qualifier, "qualifier");
    if (from.isBlank() || to.isBlank()) {
      throw new IllegalArgumentException(
          "expected two place names, found '" + from + "' and '" + to + "'");
    }
  }

  private static final String ROAD = "(?:road|highway|motorway|route)";

  // "road between A and B", "highway M5 linking A with B", "the road from A to B".
  private static final Pattern BETWEEN =
      Pattern.compile(
          "(?i)^(?:the\\s+)?(?:[A-Z]-?\\d+\\s+)?"
              + ROAD
              + "(?:\\s+[A-Z]-?\\d+)?\\s+(?:between|linking|connecting|joining|from)\\s+"
              + "(.+?)\\s+(?:and|with|to)\\s+(.+?)(?:\\s+(?:in|near)\\s+(.+))?$");

  // "A – B road", "A-B highway", "A to B road", with an optional tail "in/near X".
  private static final Pattern JOINED =
      Pattern.compile(
          "(?i)^(?:the\\s+)?(.+?)\\s+"
              + ROAD
              + "(?:\\s+[A-Z]-?\\d+)?(?:\\s+(?:in|near)\\s+(.+))?$");

  // Where a name of two places may be cut: a dash with spaces, an en or em dash, a slash-free
  // " to ". A bare hyphen is tried too, unless it follows an article ("al-", "ash-", "el-").
  private static final Pattern SPACED_DASH =
      Pattern.compile("\\s*[\\u2013\\u2014]\\s*|\\s+-\\s+|\\s+to\\s+");

  // The Arabic article as transliterations write it before a name: "al-", "ash-", "ez-".
  private static final String ARTICLES =
      "(?:al|el|ar|as|ash|at|ad|adh|an|az|ath|ed|es|esh|et|en|er|ez|ul)";

  private static final Pattern ARTICLE_BEFORE =
      Pattern.compile("(?i)(?:^|[\\s'])" + ARTICLES + "$");

  // A place name as reports write it inside a road's name in running text: up to four capitalised
  // words, each perhaps after an article.
  private static final String END_IN_TEXT =
      "(?:"
          + ARTICLES
          + "[-\\s])?\\p{Lu}[\\p{L}'\u2019`]*(?:[-\\s](?:"
          + ARTICLES
          + "[-\\s])?\\p{Lu}[\\p{L}'\u2019`]*){0,3}";

  private static final String ROAD_IN_TEXT = "(?:[Rr]oad|[Hh]ighway|[Mm]otorway)";

  // "the road between A and B", "the highway linking A with B", "the road from A to B".
  private static final Pattern BETWEEN_IN_TEXT =
      Pattern.compile(
          "\\b"
              + ROAD_IN_TEXT
              + "(?:\\s+[A-Z]-?\\d+)?\\s+(?:between|linking|connecting|from)\\s+"
              + END_IN_TEXT
              + "\\s+(?:and|with|to)\\s+"
              + END_IN_TEXT);

  // "the A-B road", "the A – B highway".
  private static final Pattern JOINED_IN_TEXT =
      Pattern.compile(
          END_IN_TEXT + "\\s*[-\u2013\u2014]\\s*" + END_IN_TEXT + "\\s+" + ROAD_IN_TEXT + "\\b");

  /**
   * Where running text names a road between two places inside {@code text[from, to)} ("the road
   * between Raqqa and Tabqa", "the Hasakah-Qamishli road"): the spans of those words, in the order
   * found, the "between" shape first; empty when the region names none. The costly patterns are
   * tried only where a whole word "road", "highway" or "motorway" occurs, with a "between" word or
   * a dash for each shape.
   */
  public static List<Span> inText(String text, int from, int to) {
    if (from >= to || !namesARoad(text, from, to)) {
      return List.of();
    }
    return roadsIn(text, from, to);
  }

  /**
   * As {@link #inText(String, int, int)} for {@code words}' text, without reading the window for a
   * road word again: a report asks this for each event, and the road words were found once.
   */
  public static List<Span> inText(RoadWords words, int from, int to) {
    Objects.requireNonNull(words, "words");
    if (from >= to || !words.anyStartIn(from, to)) {
      return List.of();
    }
    return roadsIn(words.text, from, to);
  }

  /**
   * Where whole words "road", "highway" and "motorway" start in one text, found in one reading so
   * that each of a report's events asks for its window with a binary search. Immutable and
   * thread-safe.
   */
  public static final class RoadWords {
    private final String text;
    private final int[] starts;

    private RoadWords(String text, int[] starts) {
      this.text = text;
      this.starts = starts;
    }

    /** The road words of {@code text}. */
    public static RoadWords of(String text) {
      Objects.requireNonNull(text, "text");
      int[] starts = new int[4];
      int count = 0;
      int n = text.length();
      for (int i = 0; i < n; i++) {
        // Only an r, h or m can open a road word: the other characters are passed here, without a
        // call (roadWordAt is too large for the launcher's inlining limit).
        int lower = text.charAt(i) | 0x20;
        if (lower != 'r' && lower != 'h' && lower != 'm') {
          continue;
        }
        int len = roadWordAt(text, i);
        if (len > 0) {
          if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, 2 * count);
          }
          starts[count++] = i;
          // A whole word ends at a non-letter: no other road word can start inside it.
          i += len - 1;
        }
      }
      return new RoadWords(text, java.util.Arrays.copyOf(starts, count));
    }

    /** The text the road words were found in. */
    public String text() {
      return text;
    }

    /** True when a road word starts in {@code [from, to)}. */
    boolean anyStartIn(int from, int to) {
      int i = java.util.Arrays.binarySearch(starts, from);
      int at = i >= 0 ? i : -i - 1;
      return at < starts.length && starts[at] < to;
    }
  }

  private static List<Span> roadsIn(String text, int from, int to) {
    String window = text.substring(from, to);
    List<Span> out = new ArrayList<>();
    if (window.contains(" between ")
        || window.contains(" linking ")
        || window.contains(" connecting ")
        || window.contains(" from ")) {
      find(BETWEEN_IN_TEXT, text, from, to, out);
    }
    if (window.indexOf('-') >= 0
        || window.indexOf('\u2013') >= 0
        || window.indexOf('\u2014') >= 0) {
      find(JOINED_IN_TEXT, text, from, to, out);
    }
    return out;
  }

  private static void find(Pattern p, String text, int from, int to, List<Span> out) {
    Matcher m = p.matcher(text).region(from, to);
    while (m.find()) {
      out.add(new Span(m.start(), m.end()));
    }
  }

  /** True when "road", "highway" or "motorway" occurs as a whole word in {@code text[from, to)}. */
  private static boolean namesARoad(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (roadWordAt(text, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /** The length of the whole word "road", "highway" or "motorway" at {@code i}, or 0. */
  private static int roadWordAt(String text, int i) {
    char c = text.charAt(i);
    String word;
    if (c == 'r' || c == 'R') {
      word = "road";
    } else if (c == 'h' || c == 'H') {
      word = "highway";
    } else if (c == 'm' || c == 'M') {
      word = "motorway";
    } else {
      return 0;
    }
    // A whole word: "roadblocks" and "railroad" name no road between two places. Most of these
    // letters stand inside a word, so the letter before is asked first.
    int n = word.length();
    if ((i > 0 && isLetter(text.charAt(i - 1)))
        || !text.regionMatches(true, i, word, 0, n)
        || (i + n < text.length() && isLetter(text.charAt(i + n)))) {
      return 0;
    }
    return n;
  }

  /** {@link Character#isLetter(char)}, with ASCII (most of the letters asked) by its ranges. */
  static boolean isLetter(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
    return Character.isLetter(c);
  }

  /**
   * The readings of a name as a road between two places, most likely first: for a joined name
   * ("A-B-C road") every cut at a dash; empty when the name is no road of that shape.
   */
  static List<RoadName> parse(String raw) {
    String s = raw.strip().replaceAll("\\s+", " ");
    List<RoadName> out = new ArrayList<>();
    Matcher b = BETWEEN.matcher(s);
    if (b.matches()) {
      out.add(new RoadName(b.group(1).strip(), b.group(2).strip(), tail(b.group(3))));
      return out;
    }
    Matcher j = JOINED.matcher(s);
    if (!j.matches()) {
      return out;
    }
    String pair = j.group(1);
    String qualifier = tail(j.group(2));
    Matcher dash = SPACED_DASH.matcher(pair);
    while (dash.find()) {
      add(out, pair.substring(0, dash.start()), pair.substring(dash.end()), qualifier);
    }
    if (!out.isEmpty()) {
      return out;
    }
    for (int k = pair.indexOf('-'); k > 0; k = pair.indexOf('-', k + 1)) {
      if (!ARTICLE_BEFORE.matcher(pair.substring(0, k)).find()) {
        add(out, pair.substring(0, k), pair.substring(k + 1), qualifier);
      }
    }
    return out;
  }

  private static void add(List<RoadName> out, String from, String to, String qualifier) {
    from = from.strip();
    to = to.strip();
    if (!from.isEmpty() && !to.isEmpty() && Character.isLetter(to.charAt(0))) {
      out.add(new RoadName(from, to, qualifier));
    }
  }

  private static String tail(String s) {
    return s == null ? "" : s.strip();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "%s – %s road%s", from, to, qualifier.isEmpty() ? "" : " in " + qualifier);
  }
}
