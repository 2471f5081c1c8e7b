package org.sijil.nlp.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import org.sijil.model.Provenance;
import org.sijil.model.Span;
import org.sijil.model.doc.Language;
import org.sijil.model.time.DatePrecision;
import org.sijil.model.time.TimeExpression;
import org.sijil.model.time.TimexType;

/**
 * Finds temporal expressions with per-language pattern rules and normalises them to TimeML TIMEX3
 * values against the document date.
 *
 * <p>Normalisation assumes past-tense reporting: a weekday or a day without a year means the most
 * recent one not after the document date, unless the nearest tense cue before it in its sentence
 * speaks of the future ("will", "next", "tomorrow", "is to"). One exception, because reporters drop
 * the year only for dates near the present: a yearless day or month at most 92 days after the
 * document date, with no tense cue governing it, is the upcoming one ("payable Dec. 7" in a report
 * of Nov. 2). Expressions that count from another date ("the following day", "two days later", "at
 * 3 p.m.") count from the preceding date in the text that is at least as precise, and from the
 * document date when there is none; "a year earlier" keeps the granularity of the date it moves
 * (after "the third quarter", the third quarter a year before). With no document date, expressions
 * that need it get a value with X's ({@code XXXX-WXX-7}) and no {@code start}/{@code end}, so
 * callers can see the date is unknown; fully written dates keep their bounds.
 *
 * <p>Overlapping matches are settled longest first. Instances are thread-safe; their only state
 * after construction is a bounded memo of which rules can open a match at a word, which never
 * changes a result.
 */
public final class RuleTimeExpressionRecognizer implements TimeExpressionRecognizer {

  /** The provenance stage name of the expressions this recognizer makes. */
  public static final String STAGE = "time-expressions";

  private final TimeRules rules;
  private final Provenance provenance;
  private final List<ScannedRule> scanned;
  private final KeyIndex keyIndex;
  // Which rules can open a match at a word (with the character after it): a memo of a pure
  // function of the word, bounded, shared by the threads using this recognizer.
  private final ConcurrentHashMap<String, long[]> openers = new ConcurrentHashMap<>();
  private static final int MAX_OPENERS = 50_000;
  private static final int MAX_WORD = 24;

  RuleTimeExpressionRecognizer(TimeRules rules) {
    this(rules, false);
  }

  /**
   * @param everywhere try every rule at every position with plain {@link Matcher#find()}, as a
   *     reference for tests: the results must be the same, only slower
   */
  RuleTimeExpressionRecognizer(TimeRules rules, boolean everywhere) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.provenance = new Provenance(STAGE, rules.version());
    List<ScannedRule> s = new ArrayList<>(rules.rules().size());
    for (TimeRules.Rule r : rules.rules()) {
      s.add(everywhere ? ScannedRule.everywhere(r) : ScannedRule.of(r));
    }
    this.keyIndex = new KeyIndex(s);
    List<ScannedRule> withKinds = new ArrayList<>(s.size());
    for (ScannedRule sr : s) {
      withKinds.add(sr.withKind(keyIndex.kindOf(sr.rule().keys())));
    }
    this.scanned = List.copyOf(withKinds);
  }

  /** A recognizer for English text. */
  public static RuleTimeExpressionRecognizer english() {
    return new RuleTimeExpressionRecognizer(new EnglishTimeRules());
  }

  /** A recognizer for Arabic text ({@code ArabicTimeRules}). */
  public static RuleTimeExpressionRecognizer arabic() {
    return new RuleTimeExpressionRecognizer(new ArabicTimeRules());
  }

  /**
   * The recognizer for {@code language}, or empty when there are no rules for it yet (English and
   * Arabic today). Each call builds a new recognizer (compiling its rules): build one and share it.
   */
  public static Optional<RuleTimeExpressionRecognizer> forLanguage(Language language) {
    if (!hasRules(language)) {
      return Optional.empty();
    }
    return Optional.of(language.equals(Language.ARABIC) ? arabic() : english());
  }

  /** Whether there are rules for {@code language}, without building a recognizer. */
  public static boolean hasRules(Language language) {
    Objects.requireNonNull(language, "language");
    return language.equals(Language.ENGLISH) || language.equals(Language.ARABIC);
  }

  @Override
  public List<TimeExpression> recognize(String text, LocalDate documentDate) {
    Objects.requireNonNull(text, "text");
    List<Item> items = new ArrayList<>();
    for (Candidate c : select(candidates(text))) {
      // A possessive date ("Wednesday's ruling") names an event's day, whatever the clause's tense.
      Tense tense =
          possessive(text, c.span.end())
              ? Tense.UNMARKED
              : rules.tenseOf(text, c.span.start(), c.span.end());
      items.add(new Item(c.span, c.span.of(text), c.reading, tense, null));
    }
    return resolve(items, documentDate);
  }

  /**
   * Re-anchors expressions that count from another date ("the following day", "two days later", "at
   * 3 p.m.") on the preceding expression in {@code found} that is at least as precise, or on the
   * document date when there is none. Use it after merging or filtering lists of expressions;
   * {@link #recognize} already anchors. Other expressions are returned unchanged.
   *
   * @param found expressions of one text, in text order
   * @param documentDate the document date, or null when unknown
   * @return the expressions in the same order, anchored ones re-resolved
   * @throws IllegalArgumentException when {@code found} is not sorted by span
   */
  public List<TimeExpression> anchor(List<TimeExpression> found, LocalDate documentDate) {
    Objects.requireNonNull(found, "found");
    List<Item> items = new ArrayList<>(found.size());
    Span previous = null;
    for (TimeExpression e : found) {
      if (previous != null && e.span().compareTo(previous) < 0) {
        throw new IllegalArgumentException(
            "expected expressions sorted by span, found " + e.span() + " after " + previous);
      }
      previous = e.span();
      Reading reading = anchoredReading(e.text());
      items.add(new Item(e.span(), e.text(), reading, Tense.UNMARKED, reading == null ? e : null));
    }
    return resolve(items, documentDate);
  }

  /** The anchored reading of a whole expression text, or null when it does not count from one. */
  private Reading anchoredReading(String expression) {
    for (TimeRules.Rule rule : rules.rules()) {
      Matcher m = rule.pattern().matcher(expression);
      if (m.matches()) {
        Reading r = rule.reader().read(m, expression);
        if (r != null && r.anchorGrain() != null) {
          return r;
        }
      }
    }
    return null;
  }

  private List<TimeExpression> resolve(List<Item> items, LocalDate documentDate) {
    // The latest expression of each precision with calendar bounds: anchors for later ones.
    int[] anchorPosition = new int[DatePrecision.values().length];
    Reading.Anchor[] anchors = new Reading.Anchor[DatePrecision.values().length];
    java.util.Arrays.fill(anchorPosition, -1);
    List<TimeExpression> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      TimeExpression e = item.kept;
      if (e == null) {
        // With no date before it, an anchored expression counts from the document date.
        Grain needed = item.reading.anchorGrain();
        Reading.Anchor anchor =
            documentDate == null
                ? null
                : new Reading.Anchor(documentDate, needed == null ? Grain.DAY : needed);
        if (needed != null) {
          int best = -1;
          for (int p = 0; p <= needed.precision().ordinal(); p++) {
            if (anchorPosition[p] > best) {
              best = anchorPosition[p];
              anchor = anchors[p];
            }
          }
        }
        Normalised n = item.reading.resolve(documentDate, anchor, item.tense);
        e =
            new TimeExpression(
                item.span,
                item.text,
                n.type(),
                n.value(),
                n.start(),
                n.end(),
                n.precision(),
                provenance);
      }
      Grain grain = Grain.ofValue(e.value());
      // A look back ("a year earlier", "from 30 a year ago") compares; the narrative stays where
      // it was, so it anchors nothing after it.
      boolean lookBack = item.reading instanceof Reading.Shift shift && shift.offset() < 0;
      if (e.start() != null
          && grain != null
          && !lookBack
          && (e.type() == TimexType.DATE || e.type() == TimexType.TIME)) {
        anchorPosition[e.precision().ordinal()] = i;
        anchors[e.precision().ordinal()] = new Reading.Anchor(e.start(), grain);
      }
      out.add(e);
    }
    return List.copyOf(out);
  }

  /**
   * Every rule's matches, rule by rule, each rule's in text order and not overlapping, exactly as
   * {@link Matcher#find()} would give them. Rather than let the regex engine try every position
   * (about 50 rules over every character cost 1.4 s a megabyte), each rule is tried only where its
   * match can begin: where no letter or digit precedes (for rules that open with the word-start
   * look-behind), where its first two characters can open it, and no more words before one of its
   * key words (a number, a month, a unit: {@link TimeRules.Keys}) than any of its matches holds.
   * Most words of a report are far from the key words of most rules.
   */
  private List<Candidate> candidates(String text) {
    int n = text.length();
    Scan scan = new Scan(text, keyIndex);
    int count = scan.count;
    int[] starts = scan.starts;
    char[] chars = scan.chars;
    long[][] openers = new long[count][];
    boolean[] probed = new boolean[count];
    List<Candidate> found = new ArrayList<>();
    for (int i = 0; i < scanned.size(); i++) {
      ScannedRule sr = scanned.get(i);
      TimeRules.Rule rule = sr.rule();
      boolean group = sr.expressionGroup();
      if (sr.first() == null) {
        Matcher m = rule.pattern().matcher(text);
        while (m.find()) {
          add(found, rule, group, m, text);
        }
        continue;
      }
      Matcher m = null;
      int from = 0;
      if (!rule.wordStart() || rule.wordsBeforeKey() < 0) {
        for (int p = 0; p < n; p++) {
          if (p < from || !sr.mayOpen(chars[p], p + 1 == n ? -1 : chars[p + 1])) {
            continue;
          }
          if (m == null) {
            m = regionMatcher(rule, text);
          }
          m.region(p, n);
          if (m.lookingAt()) {
            add(found, rule, group, m, text);
            from = m.end();
          }
        }
        continue;
      }
      // The starts up to wordsBeforeKey words before each key word of the rule's kind, in order.
      int[] keyWords = scan.keyWords(sr.kind());
      int bound = rule.wordsBeforeKey();
      int k = 0;
      for (int key : keyWords) {
        int end = scan.firstStart[key + 1];
        for (k = Math.max(k, scan.firstStart[Math.max(0, key - bound)]); k < end; k++) {
          int p = starts[k];
          if (p < from || !sr.mayOpen(chars[p], p + 1 == n ? -1 : chars[p + 1])) {
            continue;
          }
          if (!probed[k]) {
            openers[k] = openers(text, p);
            probed[k] = true;
          }
          if (openers[k] != null && (openers[k][i >> 6] & (1L << i)) == 0) {
            continue;
          }
          if (m == null) {
            m = regionMatcher(rule, text);
          }
          m.region(p, n);
          if (m.lookingAt()) {
            add(found, rule, group, m, text);
            from = m.end();
          }
        }
      }
    }
    return found;
  }

  private static Matcher regionMatcher(TimeRules.Rule rule, String text) {
    return rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /**
   * The rules' distinct {@link TimeRules.Keys}, numbered, and for every key word the kinds it is a
   * key of, as bits, in an open-addressing table of words packed five bits a letter. Immutable.
   */
  private static final class KeyIndex {
    final List<TimeRules.Keys> kinds;
    // Open addressing: packed words (never 0, letters count from 1) and their kinds as bits.
    private final long[] words;
    private final long[] masks;
    private final int shift;
    final long numbers;
    final boolean[] anyFirst;

    KeyIndex(List<ScannedRule> rules) {
      java.util.Map<TimeRules.Keys, Integer> index = new java.util.LinkedHashMap<>();
      for (ScannedRule sr : rules) {
        index.putIfAbsent(sr.rule().keys(), index.size());
      }
      if (index.size() > 64) {
        throw new IllegalArgumentException(
            "expected at most 64 kinds of key words, found " + index.size());
      }
      this.kinds = List.copyOf(index.keySet());
      java.util.TreeMap<Long, Long> byWord = new java.util.TreeMap<>();
      long num = 0;
      for (int j = 0; j < kinds.size(); j++) {
        if (kinds.get(j).numbers()) {
          num |= 1L << j;
        }
        for (String w : kinds.get(j).words()) {
          byWord.merge(pack(w), 1L << j, (a, b) -> a | b);
        }
      }
      this.numbers = num;
      int size = Integer.highestOneBit(Math.max(16, byWord.size() * 4 - 1)) << 1;
      this.shift = 64 - Integer.numberOfTrailingZeros(size);
      this.words = new long[size];
      this.masks = new long[size];
      for (java.util.Map.Entry<Long, Long> e : byWord.entrySet()) {
        int h = slot(e.getKey());
        while (words[h] != 0) {
          h = (h + 1) & (size - 1);
        }
        words[h] = e.getKey();
        masks[h] = e.getValue();
      }
      this.anyFirst = new boolean[128];
      for (ScannedRule sr : rules) {
        for (char c = 0; c < 128; c++) {
          anyFirst[c] |= sr.first() == null || sr.first()[c];
        }
      }
    }

    /** The kinds {@code packed} (a word packed by {@link #pack}) is a key word of, as bits. */
    long kindsOf(long packed) {
      int h = slot(packed);
      long at;
      while ((at = words[h]) != 0) {
        if (at == packed) {
          return masks[h];
        }
        h = (h + 1) & (words.length - 1);
      }
      return 0;
    }

    private int slot(long packed) {
      return (int) ((packed * 0x9E3779B97F4A7C15L) >>> shift);
    }

    int kindOf(TimeRules.Keys keys) {
      return kinds.indexOf(keys);
    }

    private static long pack(String word) {
      long v = 0;
      for (int k = 0; k < word.length(); k++) {
        v = v << 5 | (word.charAt(k) - 'a' + 1);
      }
      return v;
    }
  }

  /**
   * The words of a text (runs of letters and digits) with the kinds of key word each is, and the
   * positions where a word-start rule can begin a match: no letter or digit before, a character
   * some rule can open with.
   */
  private static final class Scan {
    final int[] starts;
    // For each word index v (0 to words + 1), the first start from which the first word at or
    // after the start is word v or a later one: the starts whose next word is one of words a..b
    // are firstStart[a] to firstStart[b + 1] - 1.
    final int[] firstStart;
    final int count;
    final long[] kinds;
    final int words;
    final char[] chars;
    private final int kindCount;
    private final long allKinds;
    private int[][] byKind;

    Scan(String text, KeyIndex index) {
      int n = text.length();
      char[] t = new char[n];
      text.getChars(0, n, t, 0);
      long[] kind = new long[n / 2 + 1];
      int[] s = new int[n / 2 + 1];
      int[] first = new int[n / 2 + 3];
      int w = 0;
      int c = 0;
      int v = 0;
      int p = 0;
      boolean afterWord = false;
      while (p < n) {
        char ch = t[p];
        boolean alnum = ch < 128 ? ASCII_ALNUM[ch] : Character.isLetterOrDigit(ch);
        // A superset of the positions the look-behind admits: \p{N} covers more than isDigit.
        if (!afterWord && (ch >= 128 || index.anyFirst[ch])) {
          // The first word at or after this start is the next one, word w.
          while (v < w) {
            first[++v] = c;
          }
          if (c == s.length) {
            s = java.util.Arrays.copyOf(s, 2 * c);
          }
          s[c++] = p;
        }
        if (!alnum) {
          afterWord = false;
          p++;
          continue;
        }
        // A word's kinds: those of its letter segments and, when it has digits, numbers. Segments
        // count apart because patterns glue a month to a day ("May12") or a number to a suffix.
        int q = p;
        long k = 0;
        while (q < n) {
          char d = t[q];
          if (d >= 128) {
            if (!Character.isLetterOrDigit(d)) {
              break;
            }
            k = -1L; // beyond ASCII the patterns' case folding is not ours to judge: any kind
            q++;
          } else if (!ASCII_ALNUM[d]) {
            break;
          } else if (d <= '9') {
            k |= index.numbers;
            q++;
          } else {
            int r = q;
            long packed = 0;
            while (r < n && t[r] < 128 && ASCII_ALNUM[t[r]] && t[r] > '9') {
              if (r - q < TimeRules.MAX_KEY_WORD) {
                packed = packed << 5 | ((t[r] | 0x20) - 'a' + 1);
              }
              r++;
            }
            if (r - q <= TimeRules.MAX_KEY_WORD) {
              k |= index.kindsOf(packed);
            }
            q = r;
          }
        }
        kind[w++] = k;
        afterWord = true;
        p = q;
      }
      while (v <= w) {
        first[++v] = c;
      }
      this.kinds = kind;
      this.words = w;
      this.starts = s;
      this.firstStart = first;
      this.kindCount = index.kinds.size();
      this.allKinds = kindCount == 64 ? -1L : (1L << kindCount) - 1;
      this.chars = t;
      this.count = c;
    }

    private static final boolean[] ASCII_ALNUM = new boolean[128];

    static {
      for (char ch = 0; ch < 128; ch++) {
        ASCII_ALNUM[ch] = Character.isLetterOrDigit(ch);
      }
    }

    /** The key words of {@code kind}, by index, in text order. */
    int[] keyWords(int kind) {
      if (byKind == null) {
        // One pass for every kind: few words are key words, and of few kinds each.
        int[] sizes = new int[kindCount];
        for (int w = 0; w < words; w++) {
          for (long k = kinds[w] & allKinds; k != 0; k &= k - 1) {
            sizes[Long.numberOfTrailingZeros(k)]++;
          }
        }
        int[][] lists = new int[kindCount][];
        for (int j = 0; j < kindCount; j++) {
          lists[j] = new int[sizes[j]];
          sizes[j] = 0;
        }
        for (int w = 0; w < words; w++) {
          for (long k = kinds[w] & allKinds; k != 0; k &= k - 1) {
            int j = Long.numberOfTrailingZeros(k);
            lists[j][sizes[j]++] = w;
          }
        }
        byKind = lists;
      }
      return byKind[kind];
    }
  }

  /**
   * The rules that can open a match with the word at {@code p} and the character after it, as bits
   * by rule index; null when unknown (a very long word, or the memo is full). Found by probing each
   * rule with that text alone, as {@link ScannedRule} does with pairs, and remembered: texts repeat
   * their words.
   */
  private long[] openers(String text, int p) {
    int n = text.length();
    int q = p;
    while (q < n && q - p <= MAX_WORD && Character.isLetterOrDigit(text.charAt(q))) {
      q++;
    }
    if (q - p > MAX_WORD) {
      return null;
    }
    String word = text.substring(p, Math.min(q + 1, n));
    long[] mask = openers.get(word);
    if (mask != null || openers.size() >= MAX_OPENERS) {
      return mask;
    }
    mask = new long[(scanned.size() + 63) / 64];
    for (int i = 0; i < scanned.size(); i++) {
      Matcher m = scanned.get(i).rule().pattern().matcher(word);
      if (m.lookingAt() || m.hitEnd()) {
        mask[i >> 6] |= 1L << i;
      }
    }
    openers.putIfAbsent(word, mask);
    return mask;
  }

  private static void add(
      List<Candidate> found, TimeRules.Rule rule, boolean group, Matcher m, String text) {
    int start = group ? m.start("x") : m.start();
    int end = group ? m.end("x") : m.end();
    if (start < 0 || end <= start) {
      return;
    }
    Reading reading = rule.reader().read(m, text);
    if (reading != null) {
      found.add(new Candidate(new Span(start, end), reading));
    }
  }

  /**
   * A rule with the pairs of ASCII characters that can open one of its matches, found by probing
   * the pattern with each pair alone (and each character alone): a pair that can open a match
   * either completes one or makes the matcher ask for more input ({@link Matcher#hitEnd()}). Sound
   * because the rules look behind only to rule out a letter or digit before the match, which a
   * probe without anything before it never rules out. Characters beyond ASCII are always tried.
   *
   * @param first the characters that can open a match, or null when the pattern can match the empty
   *     string (then it is scanned with plain {@code find()})
   * @param pairs bit {@code 128 * c1 + c2} is set when the pair c1 c2 can open a match (a plain
   *     array of 256 words rather than a {@link BitSet}: it is read at most word starts of a text)
   * @param kind the index of the rule's {@link TimeRules.Keys} in the recognizer's key index
   */
  private record ScannedRule(
      TimeRules.Rule rule, boolean expressionGroup, boolean[] first, long[] pairs, int kind) {
    static ScannedRule everywhere(TimeRules.Rule rule) {
      return new ScannedRule(rule, rule.hasExpressionGroup(), null, null, 0);
    }

    ScannedRule withKind(int kind) {
      return new ScannedRule(rule, expressionGroup, first, pairs, kind);
    }

    static ScannedRule of(TimeRules.Rule rule) {
      boolean group = rule.hasExpressionGroup();
      Matcher m = rule.pattern().matcher("");
      if (m.lookingAt()) {
        return new ScannedRule(rule, group, null, null, 0);
      }
      boolean[] first = new boolean[128];
      BitSet pairs = new BitSet(128 * 128);
      char[] pair = new char[2];
      for (char c = 0; c < 128; c++) {
        m.reset(String.valueOf(c));
        first[c] = m.lookingAt() || m.hitEnd();
        if (!first[c]) {
          continue;
        }
        pair[0] = c;
        for (char d = 0; d < 128; d++) {
          pair[1] = d;
          // Probed with Strings only: another CharSequence here would make the matcher's calls on
          // its text polymorphic for the JIT, and every later match slower.
          m.reset(new String(pair));
          if (m.lookingAt() || m.hitEnd()) {
            pairs.set(128 * c + d);
          }
        }
      }
      return new ScannedRule(
          rule, group, first, java.util.Arrays.copyOf(pairs.toLongArray(), 128 * 128 / 64), 0);
    }

    /**
     * Whether a match can begin with the character {@code c} followed by {@code d} (-1 at the end
     * of the text), judged by its first two characters.
     */
    boolean mayOpen(char c, int d) {
      if (c >= 128) {
        return true;
      }
      if (!first[c]) {
        return false;
      }
      int bit = 128 * c + d;
      return d < 0 || d >= 128 || (pairs[bit >>> 6] & (1L << bit)) != 0;
    }
  }

  private static boolean possessive(String text, int end) {
    return end + 1 < text.length()
        && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
        && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S');
  }

  /** Longest first; a candidate overlapping one already chosen is dropped. Sorted by span. */
  private static List<Candidate> select(List<Candidate> candidates) {
    List<Candidate> byLength = new ArrayList<>(candidates);
    byLength.sort(
        Comparator.comparingInt((Candidate c) -> -c.span.length())
            .thenComparingInt(c -> c.span.start()));
    TreeMap<Integer, Candidate> chosen = new TreeMap<>();
    for (Candidate c : byLength) {
      Map.Entry<Integer, Candidate> before = chosen.floorEntry(c.span.end() - 1);
      if (before == null || before.getValue().span.end() <= c.span.start()) {
        chosen.put(c.span.start(), c);
      }
    }
    return new ArrayList<>(chosen.values());
  }

  private record Candidate(Span span, Reading reading) {}

  /** One expression on its way out: a reading to resolve, or an expression kept as it is. */
  private record Item(Span span, String text, Reading reading, Tense tense, TimeExpression kept) {}
}
