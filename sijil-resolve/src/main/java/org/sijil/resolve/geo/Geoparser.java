package org.sijil.resolve.geo;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sijil.model.Span;
import org.sijil.model.doc.Language;
import org.sijil.model.geo.Place;
import org.sijil.nlp.LetterCase;
import org.sijil.nlp.WordSet;

/**
 * Finds place names in a text and resolves them. Recognition takes the longest capitalised name
 * sequence (with inner articles and particles such as "al-", "ez-", "of", "de") that the gazetteer
 * knows, and filters common words, names after titles ("President X") and parts of longer proper
 * names ("Jordan Peterson", "Washington Post"). Upper-case text (as in wire transcripts) is
 * recognised without relying on case. Resolution ranks candidates with {@link PlaceResolver} twice:
 * first alone, then with the countries the document names and the document's other places as hints,
 * so that ambiguous names are pulled toward the rest.
 *
 * <p>Immutable and thread-safe; share one instance.
 */
public final class Geoparser {
  private static final int MAX_TOKENS = 6;
  private static final double MIN_SCORE = 0.45;

  private final Gazetteer gazetteer;
  private final PlaceResolver resolver;
  // Places in the focus countries, asked about for every loose reading of every name.
  private final BitSet focus;

  // Names looked up in earlier documents (candidates) and their ranking without document context:
  // both depend on the name only. Bounded, thread-safe.
  private static final int CACHE_NAMES = 50_000;
  private final BoundedCache<Map<Integer, PlaceResolver.Match>> found;
  private final BoundedCache<List<PlaceResolver.Ranked>> rankedAlone;
  private final BoundedCache<Boolean> namesPerson;
  // Exact and alias readings of normalised Arabic names; bounded, thread-safe.
  private final BoundedCache<Map<Integer, PlaceResolver.Match>> arabicFound;
  private final ArabicNames arabic;

  /** Lower-case demonym to the country or continent it stands for; immutable. */
  private final Map<String, Place> demonyms;

  // Hashes of the demonyms' keys, sorted. A key is lower case and ASCII, so a word lower-cased
  // char by char hashes the same as the key it equals.
  private final int[] demonymHashes;

  /** Reads {@code demonyms.tsv} and resolves each entry once, with its country code as a hint. */
  private static Map<String, Place> loadDemonyms(PlaceResolver resolver) {
    Map<String, Place> map = new HashMap<>();
    try (var in = Geoparser.class.getResourceAsStream("demonyms.tsv")) {
      if (in == null) {
        throw new IllegalStateException("expected the resource demonyms.tsv, found none");
      }
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IllegalStateException(
              "expected 3 tab-separated columns in demonyms.tsv, found: " + line);
        }
        List<PlaceCandidate> c =
            resolver.locate(f[1], f[2].equals("-") ? LocateHints.NONE : LocateHints.of(f[2], null));
        if (!c.isEmpty()) {
          map.put(f[0], c.get(0).place());
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read demonyms.tsv", e);
    }
    return Map.copyOf(map);
  }

  public Geoparser(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.resolver = new PlaceResolver(gazetteer);
    this.demonyms = loadDemonyms(resolver);
    this.demonymHashes = demonyms.keySet().stream().mapToInt(String::hashCode).sorted().toArray();
    this.found = new BoundedCache<>(CACHE_NAMES, name -> Map.copyOf(candidates(name)));
    this.rankedAlone =
        new BoundedCache<>(
            CACHE_NAMES,
            key -> {
              // key: precision, a space, the name
              int precision = key.charAt(0) - '0';
              String name = key.substring(2);
              return List.copyOf(
                  resolver.score(
                      found.get(name), new PlaceQuery(name, precision, precision == 2), ctx0()));
            });
    this.namesPerson = new BoundedCache<>(CACHE_NAMES, this::namesPerson);
    // Arabic names match exactly or by alias: loose Arabic keys drop long vowels and meet too
    // many villages' names.
    this.arabicFound =
        new BoundedCache<>(
            CACHE_NAMES, name -> Map.copyOf(resolver.gather(name, 1, 1.0, i -> false)));
    this.arabic = new ArabicNames(gazetteer, arabicFound::get);
    this.focus = new BitSet(gazetteer.size());
    for (int i = 0; i < gazetteer.size(); i++) {
      if (Words.FOCUS.contains(gazetteer.countryCode(i))) {
        focus.set(i);
      }
    }
  }

  /**
   * The toponyms in {@code text}, recognised and resolved, sorted by position and not overlapping.
   * A toponym whose candidates are all too weak is left out.
   */
  public List<Toponym> parse(String text) {
    return parse(text, Set.of());
  }

  /**
   * The toponyms in {@code text}, as {@link #parse(String)} reads them, with the countries where
   * the document's actors operate as its countries when the text names none and its places imply
   * none: a bulletin on "regime forces shelling Bedama" is about Syria, so a village spelled like a
   * town in Argentina is read in Syria. A country the text names always decides instead.
   *
   * @param theatre ISO 3166-1 alpha-2 codes (upper case); empty for none
   */
  public List<Toponym> parse(String text, Set<String> theatre) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(theatre, "theatre");
    List<Token> tokens = Token.split(text);
    boolean caseless = isCaseless(text);
    Doc doc = new Doc(text, tokens, caseless, caseless ? Set.of() : surnames(text, tokens));
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Mention m = longestMatch(doc, i);
      if (m == null) {
        i++;
      } else {
        mentions.add(m);
        i = m.lastToken + 1;
      }
    }
    return withDemonyms(doc, resolve(text, mentions, caseless, theatre));
  }

  /** Whether {@link #parse(String, Language)} has rules for running text in {@code language}. */
  public static boolean readsRunningText(Language language) {
    return language.equals(Language.ENGLISH)
        || language.equals(Language.UNDETERMINED)
        || language.equals(Language.ARABIC);
  }

  /**
   * The toponyms in {@code text}, read with the rules of {@code language}: Arabic text by its own
   * recogniser (proclitics, normalised matching, introducing words such as "مدينة" and "ريف"),
   * every other language as {@link #parse(String)} reads English. Resolution is the same for both:
   * the document's countries and other places pull ambiguous names toward them.
   */
  public List<Toponym> parse(String text, Language language) {
    return parse(text, language, Set.of());
  }

  /**
   * The toponyms in {@code text}, read with the rules of {@code language} ({@link #parse(String,
   * Language)}), with the countries where the document's actors fight as its countries when it
   * names none ({@link #parse(String, Set)}).
   */
  public List<Toponym> parse(String text, Language language, Set<String> theatre) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(theatre, "theatre");
    if (!language.equals(Language.ARABIC)) {
      return parse(text, theatre);
    }
    List<Mention> mentions = new ArrayList<>();
    for (ArabicNames.Found f : arabic.find(text)) {
      mentions.add(
          new Mention(
              f.firstToken(),
              f.lastToken(),
              f.start(),
              f.end(),
              f.name(),
              f.readings(),
              f.precision()));
    }
    return resolve(text, mentions, false, theatre);
  }

  /** Score of a demonym's reading: certain of the country, vague about the place. */
  private static final double DEMONYM_SCORE = 0.5;

  /**
   * Adds the demonyms of the text that no name covers, as associative toponyms of their country or
   * continent at precision 3.
   */
  private List<Toponym> withDemonyms(Doc doc, List<Toponym> named) {
    String text = doc.text();
    List<Toponym> all = new ArrayList<>(named);
    int k = 0;
    for (int ti = 0; ti < doc.tokens().size(); ti++) {
      Token t = doc.tokens().get(ti);
      while (k < named.size() && named.get(k).span().end() <= t.start()) {
        k++;
      }
      boolean covered = k < named.size() && named.get(k).span().start() < t.end();
      if (covered || !(doc.caseless() || t.capitalised(text))) {
        continue;
      }
      // Most capitalised words are no demonym: a hash of the lower-cased characters rules them
      // out without lower-casing the word.
      if (java.util.Arrays.binarySearch(demonymHashes, hash(text, t.start(), t.end(), true)) < 0) {
        continue;
      }
      Place place = demonyms.get(doc.lower(ti));
      if (place != null) {
        all.add(
            new Toponym(
                new Span(t.start(), t.end()),
                text.substring(t.start(), t.end()),
                place,
                3,
                DEMONYM_SCORE,
                List.of(new PlaceCandidate(place, DEMONYM_SCORE, "demonym")),
                Toponym.Kind.DEMONYM));
      }
    }
    if (all.size() == named.size()) {
      return named;
    }
    all.sort(java.util.Comparator.comparing(Toponym::span));
    return List.copyOf(all);
  }

  // --- recognition ---------------------------------------------------------------------------

  private Mention longestMatch(Doc doc, int first) {
    String text = doc.text();
    List<Token> tokens = doc.tokens();
    boolean caseless = doc.caseless();
    Token start = tokens.get(first);
    if (!start.startsName(text, caseless)
        || (start.end() - start.start() <= Words.PARTICLE_MAX_LENGTH
            && Words.NEVER_FIRST.contains(doc.lower(first)))) {
      return null;
    }
    Mention best = null;
    for (int j = first; j < tokens.size() && j < first + MAX_TOKENS; j++) {
      Token t = tokens.get(j);
      if (j > first && !Token.joins(text, tokens.get(j - 1), t)) {
        break;
      }
      // The letters after an apostrophe inside a word belong to it: "Dar’a", "al-Wa’er" (an ayn
      // or hamza written as an apostrophe), never the possessive "’s".
      boolean inWord = j > first && Token.afterInWordApostrophe(text, tokens.get(j - 1), t);
      // Lower-casing never shortens a word: a longer token is no particle.
      boolean connector =
          !inWord
              && t.end() - t.start() <= Words.PARTICLE_MAX_LENGTH
              && Words.CONNECTORS.contains(doc.lower(j));
      if (!caseless && !t.capitalised(text) && !connector && !t.arabic(text) && !inWord) {
        break;
      }
      if (connector && (j > first || !caseless)) {
        continue; // a name never ends on a particle
      }
      String name = text.substring(start.start(), t.end());
      // Reports repeat their places: look each name up once a document.
      Map<Integer, PlaceResolver.Match> found = this.found.get(name);
      if (!found.isEmpty()) {
        best = new Mention(first, j, start.start(), t.end(), name, found, 1);
      }
    }
    if (best != null) {
      best = withSiteWords(doc, best);
    }
    if (best == null || !accept(doc, best)) {
      return null;
    }
    // A capitalised type word after the name belongs to it: "Mississippi River", "Idlib Province".
    int after = best.lastToken + 1;
    if (!caseless && after < tokens.size()) {
      Token next = tokens.get(after);
      if (next.capitalised(text)
          && Words.TYPE_WORDS.containsKey(doc.lower(after))
          && Token.joins(text, tokens.get(best.lastToken), next)
          && text.charAt(next.start() - 1) == ' ') {
        best =
            new Mention(
                best.firstToken,
                after,
                best.start,
                next.end(),
                best.name,
                best.found,
                Words.TYPE_WORDS.get(doc.lower(after)));
      }
    }
    return best;
  }

  // Lower-case words that follow a place's name in the name of a site named after it.
  private static final Set<String> SITE_WORDS =
      WordSet.of(
          "military",
          "airport",
          "airbase",
          "air",
          "base",
          "airfield",
          "dam",
          "oil",
          "gas",
          "field",
          "fields",
          "oilfield",
          "camp",
          "prison",
          "crossing",
          "border",
          "bridge",
          "lake",
          "mountain",
          "hill",
          "plain",
          "refinery",
          "station",
          "pumping",
          "international");

  /**
   * The mention widened over lower-case words that make it the name of a site the gazetteer knows
   * ("the Tabqa military airport", "the Tishrin dam"); the mention itself when they do not.
   */
  private Mention withSiteWords(Doc doc, Mention m) {
    List<Token> tokens = doc.tokens();
    String text = doc.text();
    Mention out = m;
    for (int j = m.lastToken + 1; j < tokens.size() && j <= m.lastToken + 3; j++) {
      Token t = tokens.get(j);
      if (!Token.joins(text, tokens.get(j - 1), t)
          || t.end() - t.start() > 13
          || !SITE_WORDS.contains(doc.lower(j))) {
        break;
      }
      String name = text.substring(m.start, t.end());
      Map<Integer, PlaceResolver.Match> site = found.get(name);
      if (site.keySet().stream().anyMatch(resolver::isSite)) {
        out = new Mention(m.firstToken, j, m.start, t.end(), name, site, 1);
      }
    }
    return out;
  }

  /**
   * Exact and alias readings; loose readings only in the focus countries, where spelling varies.
   */
  private Map<Integer, PlaceResolver.Match> candidates(String name) {
    // Exact and alias readings first: where there is one, loose readings are not wanted, and
    // their spelling similarity is the costliest part of a lookup.
    Map<Integer, PlaceResolver.Match> exact = resolver.gather(name, 1, 1.0, i -> false);
    if (!exact.isEmpty() || name.length() < 5) {
      return exact;
    }
    // Only close spellings (quality 0.4 + 0.5 x similarity >= 0.775, similarity >= 0.75) in the
    // focus countries: loose keys of English words meet Arabic village names too often. Names
    // whose lengths differ by more than a quarter cannot be that similar.
    int length = NameKeys.strict(name).length();
    Map<Integer, PlaceResolver.Match> all =
        resolver.gather(
            name,
            1,
            1.0,
            i ->
                inFocus(i)
                    && 4 * Math.abs(gazetteer.nameKey(i).length() - length)
                        <= Math.max(gazetteer.nameKey(i).length(), length));
    all.entrySet().removeIf(e -> e.getValue().quality() < 0.775);
    return all;
  }

  /** Determiners and object pronouns that follow an imperative verb, never a place name. */
  private static final Set<String> AFTER_VERB =
      WordSet.of(
          "this", "these", "those", "the", "a", "an", "our", "your", "us", "my", "its", "their");

  /**
   * True when an obscure one-word name opens a sentence and is followed at once by a determiner or
   * an object pronoun: the shape of an imperative ("Share this report", "Contact us"), as places
   * that open a sentence are followed by a verb or a preposition.
   */
  private static boolean imperativeAtSentenceStart(Doc doc, Mention m) {
    List<Token> tokens = doc.tokens();
    Token first = tokens.get(m.firstToken);
    if (doc.caseless() || !first.sentenceStart(doc.text()) || m.lastToken + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(m.lastToken + 1);
    return doc.text().startsWith(" ", m.end)
        && next.start() == m.end + 1
        && AFTER_VERB.contains(doc.lower(m.lastToken + 1));
  }

  // Loops rather than streams: asked of every mention, where a stream's set-up cost more than the
  // few matches it reads.
  /** True when one of the mention's matches was found by {@code how}. */
  private static boolean anyFoundBy(Mention m, String how) {
    for (PlaceResolver.Match x : m.found.values()) {
      if (x.how().equals(how)) {
        return true;
      }
    }
    return false;
  }

  /** True when every one of the mention's matches (vacuously, of none) was found by {@code how}. */
  private static boolean onlyFoundBy(Mention m, String how) {
    for (PlaceResolver.Match x : m.found.values()) {
      if (!x.how().equals(how)) {
        return false;
      }
    }
    return true;
  }

  private boolean accept(Doc doc, Mention m) {
    String text = doc.text();
    List<Token> tokens = doc.tokens();
    boolean caseless = doc.caseless();
    Set<String> surnames = doc.surnames();
    Token first = tokens.get(m.firstToken);
    String firstLower = doc.lower(m.firstToken);
    boolean single = m.firstToken == m.lastToken;
    boolean alias = anyFoundBy(m, "alias");
    if (single) {
      boolean acronym = !caseless && isUpperCase(m.name);
      if (acronym && !alias && (m.name.length() <= 5 && !datelineStart(text, first))) {
        return false; // NAFTA, APC: organisations and things, not places
      }
      if (m.name.length() <= 2 && !alias) {
        return false;
      }
      if (Words.COMMON.contains(firstLower) && !(acronym && alias)) {
        return false;
      }
      if (!caseless && surnames.contains(firstLower)) {
        return false; // the person named in full elsewhere in the text
      }
      // "US" is no less the country for "us" elsewhere: an acronym the alias table knows is not
      // the common word spelled alike.
      if (!caseless && !(acronym && alias) && writtenInLowerCase(doc, firstLower)) {
        return false; // written in lower case elsewhere: a common word here
      }
      if (Words.isDemonym(firstLower)) {
        return false;
      }
    } else if (caseless && Words.COMMON.contains(m.name.toLowerCase(Locale.ROOT))) {
      return false;
    }
    // A well-known place keeps its name inside longer names ("Washington Post", "Air Canada"),
    // as metonyms and noun modifiers are still toponyms; an obscure one is taken for a person's
    // or an organisation's name ("Jordan Peterson", "Mike de Kock").
    boolean strong = !single || strong(m);
    if (single
        && (Words.GIVEN_NAMES.contains(firstLower) || Words.LEADERS.contains(firstLower))
        && !(strong && largeByPeopleOrCountry(m))) {
      return false; // "David", "Paul": a person, unless a country or a large city is meant
    }
    if (single && !strong && imperativeAtSentenceStart(doc, m)) {
      return false; // "Share this report", "Follow us": a verb, not a place
    }
    if (Words.GROUP_HEADS.contains(firstLower) || followsGroupHead(doc, m.firstToken)) {
      return false; // part of an armed group's name: "Jabhat al-Nusra", "Jaish al-Islam"
    }
    if (m.firstToken > 0) {
      Token prev = tokens.get(m.firstToken - 1);
      if (Words.TITLES.contains(doc.lower(m.firstToken - 1)) && Token.near(text, prev, first)) {
        return false;
      }
    }
    if (m.firstToken > 0 && !strong) {
      Token prev = tokens.get(m.firstToken - 1);
      String prevLower = doc.lower(m.firstToken - 1);
      if (!caseless
          && prev.capitalised(text)
          && Token.joins(text, prev, first)
          && !prev.sentenceStart(text)
          && !Words.MODIFIERS.contains(prevLower)) {
        return false; // the tail of a longer proper name
      }
    }
    if (m.lastToken + 1 < tokens.size() && !caseless && !strong) {
      Token last = tokens.get(m.lastToken);
      Token next = tokens.get(m.lastToken + 1);
      String nextLower = doc.lower(m.lastToken + 1);
      if (next.capitalised(text)
          && Token.joins(text, last, next)
          && !Words.TYPE_WORDS.containsKey(nextLower)
          && !Words.CALENDAR.contains(nextLower)) {
        return false; // the head of a longer proper name: "Jordan Peterson", "Washington Post"
      }
    }
    return true;
  }

  /** True when one of the two words before {@code index} opens a group's name. */
  private static boolean followsGroupHead(Doc doc, int index) {
    String text = doc.text();
    List<Token> tokens = doc.tokens();
    for (int k = index - 1; k >= Math.max(0, index - 2); k--) {
      if (!Token.joins(text, tokens.get(k), tokens.get(k + 1))) {
        return false;
      }
      if (Words.GROUP_HEADS.contains(doc.lower(k))) {
        return true;
      }
    }
    return false;
  }

  private boolean inFocus(int i) {
    return focus.get(i);
  }

  /** True when some exact reading is a country, region, capital or sizeable city. */
  /**
   * True when a reading is a country or a place of a quarter of a million people or more: a
   * provincial capital called David or Paul is still more often the person.
   */
  private boolean largeByPeopleOrCountry(Mention m) {
    for (Map.Entry<Integer, PlaceResolver.Match> e : m.found.entrySet()) {
      int k = e.getKey();
      if (!e.getValue().how().equals("loose")
          && (gazetteer.featureCode(k).startsWith("PCL") || gazetteer.population(k) >= 250_000)) {
        return true;
      }
    }
    return false;
  }

  private boolean strong(Mention m) {
    for (Map.Entry<Integer, PlaceResolver.Match> e : m.found.entrySet()) {
      int k = e.getKey();
      if (!e.getValue().how().equals("loose")
          && PlaceResolver.importance(gazetteer.featureCode(k), gazetteer.population(k)) >= 0.6) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUpperCase(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** True when the token opens a line, as a dateline ("BEIRUT (Reuters) -") does. */
  private static boolean datelineStart(String text, Token t) {
    for (int i = t.start() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the letters of {@code text} are mostly capitals (more than 20 capitals, fewer than a
   * tenth as many small letters): wire transcripts in upper case, where case says nothing about
   * which words are names. Stops reading once the small letters decide it.
   */
  public static boolean isCaseless(String text) {
    return LetterCase.mostlyCapitals(text, 10);
  }

  /**
   * Last words of capitalised runs that name no place ("Megyn Kelly", "President Trump"), where the
   * last word alone would: the same word standing alone later is the person, not the place.
   */
  private Set<String> surnames(String text, List<Token> tokens) {
    Set<String> out = new HashSet<>();
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      while (j + 1 < tokens.size()
          && tokens.get(j).capitalised(text)
          && tokens.get(j + 1).capitalised(text)
          && text.startsWith(" ", tokens.get(j).end())
          && tokens.get(j + 1).start() == tokens.get(j).end() + 1) {
        j++;
      }
      if (j > i && tokens.get(i).capitalised(text)) {
        String whole = text.substring(tokens.get(i).start(), tokens.get(j).end());
        if (namesPerson.get(whole)) {
          out.add(tokens.get(j).lower(text));
        }
      }
      i = j + 1;
    }
    return out;
  }

  /**
   * True when a run of capitalised words ({@code whole}, one space between words) names no place
   * and its last word is no region's name: a person's or a body's name, whose last word standing
   * alone is the person.
   */
  private boolean namesPerson(String whole) {
    String firstLower = whole.substring(0, whole.indexOf(' ')).toLowerCase(Locale.ROOT);
    String last = whole.substring(whole.lastIndexOf(' ') + 1);
    return !Words.MODIFIERS.contains(firstLower)
        && !Words.TYPE_WORDS.containsKey(last.toLowerCase(Locale.ROOT))
        && !isUpperCase(whole)
        && gazetteer.strictMatches(NameKeys.strict(whole)).length == 0
        && !namesRegion(last);
  }

  private boolean namesRegion(String name) {
    for (int k : gazetteer.strictMatches(NameKeys.strict(name))) {
      String code = gazetteer.featureCode(k);
      if (code.startsWith("PCL") || code.equals("ADM1")) {
        return true;
      }
    }
    return gazetteer.aliasMatches(NameKeys.strict(name)).length > 0;
  }

  /**
   * True when some token of the text is {@code lower} as written, beginning with a lower-case
   * letter. Asked for a few names a document, so a scan beats collecting every word.
   */
  private static boolean writtenInLowerCase(Doc doc, String lower) {
    if (!IntHashes.contains(doc.lowerInitialHashes(), lower.hashCode())) {
      return false;
    }
    String text = doc.text();
    int n = lower.length();
    for (Token t : doc.tokens()) {
      if (t.end() - t.start() == n
          && Character.isLowerCase(text.charAt(t.start()))
          && text.regionMatches(t.start(), lower, 0, n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The {@link String#hashCode} of every token that begins with a lower-case letter, as written, in
   * an {@link IntHashes} table: a word asked about is looked for only when its hash is there.
   */
  private static int[] hashesOfLowerInitialWords(String text, List<Token> tokens) {
    int[] table = IntHashes.table(tokens.size());
    for (Token t : tokens) {
      if (Character.isLowerCase(text.charAt(t.start()))) {
        IntHashes.add(table, hash(text, t.start(), t.end(), false));
      }
    }
    return table;
  }

  /**
   * {@link String#hashCode} of {@code text[start, end)}, each char lower-cased first when {@code
   * lower}, without making the string.
   */
  static int hash(String text, int start, int end, boolean lower) {
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      h = 31 * h + (lower ? Character.toLowerCase(c) : c);
    }
    return h;
  }

  // --- resolution ----------------------------------------------------------------------------

  private List<Toponym> resolve(
      String text, List<Mention> mentions, boolean caseless, Set<String> theatre) {
    List<List<PlaceResolver.Ranked>> first = new ArrayList<>(mentions.size());
    List<Integer> precisions = new ArrayList<>(mentions.size());
    List<String> keys = new ArrayList<>(mentions.size());
    // Without document context a name's ranking depends only on the name and its precision.
    for (Mention m : mentions) {
      int precision = contextPrecision(text, m);
      precisions.add(precision);
      String key = precision + " " + m.name;
      keys.add(key);
      first.add(rankedAlone.get(key));
    }
    // The populated places the names stand for at first, each once with the names that gave it:
    // a name's neighbours are the places the other names gave.
    Map<Integer, Set<String>> namesByTop = new java.util.LinkedHashMap<>();
    for (int o = 0; o < mentions.size(); o++) {
      List<PlaceResolver.Ranked> r = first.get(o);
      if (!r.isEmpty() && gazetteer.featureClass(r.get(0).index()).equals("P")) {
        namesByTop
            .computeIfAbsent(r.get(0).index(), x -> new HashSet<>())
            .add(mentions.get(o).name);
      }
    }
    Map<Integer, Place> topPlaces = new HashMap<>();
    namesByTop.keySet().forEach(i -> topPlaces.put(i, gazetteer.place(i)));
    // Countries the document names, or where two or more of its places lie.
    Set<String> countries = new HashSet<>();
    Map<String, Integer> placeCountries = new HashMap<>();
    for (int k = 0; k < first.size(); k++) {
      List<PlaceResolver.Ranked> r = first.get(k);
      boolean looseOnly = onlyFoundBy(mentions.get(k), "loose");
      if (r.isEmpty() || looseOnly) {
        continue;
      }
      int top = r.get(0).index();
      String code = gazetteer.featureCode(top);
      String cc = gazetteer.countryCode(top);
      if (code.startsWith("PCL") || code.equals("ADM1")) {
        countries.add(cc);
      } else {
        placeCountries.merge(cc, 1, Integer::sum);
      }
    }
    placeCountries.forEach(
        (cc, n) -> {
          if (n >= 2) {
            countries.add(cc);
          }
        });
    if (countries.isEmpty()) {
      // A text that names no country is about where its actors fight (see parse(text, theatre)).
      countries.addAll(theatre);
    }
    List<Toponym> out = new ArrayList<>(mentions.size());
    Map<String, List<PlaceResolver.Ranked>> rankedByName = new HashMap<>();
    Map<String, List<PlaceCandidate>> candidatesByName = new HashMap<>();
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      int precision = precisions.get(k);
      String key = keys.get(k);
      List<PlaceResolver.Ranked> ranked = rankedByName.get(key);
      if (ranked == null) {
        // The other names' places, each once (the score takes the best over them, so repeats
        // change nothing): the same for every mention of this name.
        List<Place> nearby = new ArrayList<>();
        namesByTop.forEach(
            (top, names) -> {
              if (names.size() > 1 || !names.contains(m.name)) {
                nearby.add(topPlaces.get(top));
              }
            });
        // Documents name several countries: one outside them is less likely, not ruled out.
        PlaceResolver.Context ctx = PlaceResolver.Context.evidence(countries, nearby);
        ranked = resolver.score(m.found, new PlaceQuery(m.name, precision, precision == 2), ctx);
        rankedByName.put(key, ranked);
      }
      if (ranked.isEmpty() || ranked.get(0).score() < MIN_SCORE) {
        continue;
      }
      PlaceResolver.Ranked best = ranked.get(0);
      boolean looseOnly = onlyFoundBy(m, "loose");
      boolean supported =
          countries.contains(gazetteer.countryCode(best.index())) || best.reason().contains("near");
      boolean oneWord = m.firstToken == m.lastToken || caseless && articlePlusWord(m.name);
      if (looseOnly && !(supported && !(caseless && oneWord))) {
        // A spelling variant with no support from the rest of the document; in upper-case text
        // one word spelled like a place ("DRUG", "PART") is a common word, support or not.
        continue;
      }
      if (caseless
          && oneWord
          && (!(supported && afterLocative(text, m.start))
                  && PlaceResolver.importance(
                          gazetteer.featureCode(best.index()), gazetteer.population(best.index()))
                      < CASELESS_ALONE
              || !ownNameOrAlias(m, best.index()))) {
        // Upper-case text hides which words are names. One word standing for a place smaller
        // than a capital or a province ("MADE", "JUSTICE", "GARCIA") must be put in the place
        // slot by a preposition and lie where the text's other places are; and it must be the
        // place's own name or an alias, not one of the many alternate names that are English
        // words elsewhere ("MEETING", "PART", "GRENADE"). "AS WELL" is one word after an article.
        continue;
      }
      if (m.firstToken == m.lastToken
          && !supported
          && !afterLocative(text, m.start)
          && PlaceResolver.importance(
                  gazetteer.featureCode(best.index()), gazetteer.population(best.index()))
              < 0.5) {
        // One word naming a small place far from everything else is a common word, unless a
        // locative preposition puts it in the place slot ("moved to Cirencester").
        continue;
      }
      List<PlaceResolver.Ranked> forCandidates = ranked;
      List<PlaceCandidate> cands =
          candidatesByName.computeIfAbsent(
              key,
              x -> {
                List<PlaceCandidate> c = new ArrayList<>(forCandidates.size());
                for (PlaceResolver.Ranked r : forCandidates) {
                  c.add(r.candidate(gazetteer));
                }
                return List.copyOf(c);
              });
      PlaceCandidate part = directionalPart(text, m.start, m.end, best.index());
      if (part != null) {
        // "the eastern countryside of Homs": the governorate's eastern part, not the city.
        List<PlaceCandidate> withPart = new ArrayList<>(cands.size() + 1);
        withPart.add(part);
        withPart.addAll(cands);
        out.add(
            new Toponym(
                new Span(m.start, m.end),
                text.substring(m.start, m.end),
                part.place(),
                part.precision(),
                part.score(),
                List.copyOf(withPart),
                Toponym.Kind.NAME));
        continue;
      }
      out.add(
          new Toponym(
              new Span(m.start, m.end),
              text.substring(m.start, m.end),
              gazetteer.place(best.index()),
              best.precision(),
              cands.get(0).score(),
              cands,
              Toponym.Kind.NAME));
    }
    return out;
  }

  // The words before a name that make it a direction of an area, ending right before it: "the
  // eastern countryside of ", "east of ", "Eastern ", "northern rural ".
  private static final Pattern DIRECTION_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:the\\s+)?(?:rural\\s+)?(?:north|south|east|west|north-?east|north-?west"
              + "|south-?east|south-?west|central|cent(?:re|er))(?:ern)?\\s+(?:(?:countryside"
              + "|desert|badia|parts?|areas?"
              + "|region|reaches|rural\\s+areas?)\\s+of\\s+(?:the\\s+)?|of\\s+(?:the\\s+)?"
              + "|rural\\s+)?)$");

  // The words after a name that make it, or keep it, a direction of an area: " governorate",
  // " countryside", "'s eastern desert", " northern countryside".
  private static final Pattern DIRECTION_AFTER =
      Pattern.compile(
          "(?i)^(?:\\s+(?:governorate|province|muhafazah|wilayah))?(?:\\s+(?:countryside|desert"
              + "|badia)|(?:'s|’s|'|’)\\s+(?:north|south|east|west|north-?east|north-?west"
              + "|south-?east|south-?west|central)(?:ern)?\\s+(?:countryside|desert|badia)"
              + "|\\s+(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern"
              + "\\s+countryside)?");

  /**
   * The directional part of a first-level area that the words around the name at [start, end) make
   * of it ({@link PlaceResolver#partReading}), in the country of its best reading {@code best};
   * null when they make none. Only names with a direction word before them, or in them, or in the
   * words right after them are tried.
   */
  private PlaceCandidate directionalPart(String text, int start, int end, int best) {
    String cc = gazetteer.countryCode(best);
    if (!Words.FOCUS.contains(cc)) {
      return null;
    }
    if (start < end && isArabicLetter(text.charAt(start))) {
      return arabicDirectionalPart(text, start, end, best, cc);
    }
    Matcher before = DIRECTION_BEFORE.matcher(text).region(Math.max(0, start - 45), start);
    int from = before.find() ? before.start() : start;
    Matcher after = DIRECTION_AFTER.matcher(text).region(end, Math.min(text.length(), end + 40));
    int to = after.lookingAt() ? after.end() : end;
    if (from == start && to == end && !PlaceQuery.opensWithDirection(text.substring(start, end))) {
      return null;
    }
    return resolver.partReading(
        text.substring(from, to), PlaceResolver.Context.evidence(java.util.Set.of(cc), List.of()));
  }

  /**
   * The directional part the Arabic words around the name at [start, end) make of it ("ريف حلب
   * الشمالي", "شرق محافظة حمص"; {@link ArabicDirections}), when its best reading {@code best} is a
   * first-level area or the town that is its seat; null otherwise. The part is looked up by the
   * area's gazetteer name, as the English phrase names it.
   */
  private PlaceCandidate arabicDirectionalPart(
      String text, int start, int end, int best, String cc) {
    ArabicDirections.Reading r = ArabicDirections.around(text, start, end);
    if (r == null) {
      return null;
    }
    String code = gazetteer.featureCode(best);
    String area;
    if (code.equals("ADM1")) {
      int a = gazetteer.admin1Index(best);
      if (a < 0) {
        return null;
      }
      area = gazetteer.admin1Name(a);
    } else if (code.equals("PPLA")) {
      // "ريف حلب الشمالي": the town the governorate is named after; its English name finds the
      // governorate, and the countryside is read around it.
      area = gazetteer.place(best).name();
    } else {
      return null;
    }
    return resolver.partReading(
        new DirectionalName(r.part(), area, r.kind()),
        PlaceResolver.Context.evidence(java.util.Set.of(cc), List.of()));
  }

  private static boolean isArabicLetter(char c) {
    return c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F';
  }

  // Prepositions that put the capitalised word after them in the place slot ("lives in X").
  private static final Set<String> LOCATIVE_BEFORE =
      WordSet.of("in", "at", "near", "to", "from", "outside", "into");

  /** True when the name is an Arabic article and one word ("AS WELL", "AT TALL"). */
  private static boolean articlePlusWord(String name) {
    return name.split("[\\s\\-]+").length == 2 && NameKeys.strict(name).indexOf(' ') < 0;
  }

  /** True when the mention reads place {@code i} by its own name or by the alias table. */
  private boolean ownNameOrAlias(Mention m, int i) {
    PlaceResolver.Match match = m.found.get(i);
    return match != null
        && (match.how().equals("alias") || gazetteer.ownKey(i).equals(NameKeys.strict(m.name)));
  }

  /** Least importance of a place one upper-case word may name without a preposition before it. */
  private static final double CASELESS_ALONE = 0.75;

  /**
   * True when a locative preposition, in any case, and whitespace end the text right before {@code
   * start} (scanned back by hand, as {@link #nearBefore} is).
   */
  private static boolean afterLocative(String text, int start) {
    int from = Math.max(0, start - 10);
    int end = skipSpaceBack(text, from, start);
    int begin = end;
    while (begin > from && isWordChar(text.charAt(begin - 1))) {
      begin--;
    }
    return end < start
        && begin < end
        && (begin == 0 || !isWordChar(text.charAt(begin - 1)))
        && LOCATIVE_BEFORE.contains(text.substring(begin, end).toLowerCase(Locale.ROOT));
  }

  private static PlaceResolver.Context ctx0() {
    return PlaceResolver.Context.EMPTY;
  }

  // Words before a name that put it near a place (matched as the end of the word before "of"
  // or "the", as a regular expression without a left word boundary would: "northeast of").
  private static final List<String> NEAR_BEFORE =
      List.of(
          "countryside",
          "outskirts",
          "desert",
          "badia",
          "vicinity",
          "suburbs",
          "suburb",
          "environs",
          "surroundings",
          "periphery",
          "edge",
          "east",
          "west",
          "north",
          "south",
          "near",
          "outside",
          "around",
          "nearby");

  private static final Set<String> REGION_AFTER =
      WordSet.of("province", "governorate", "region", "state");

  private static final Set<String> NEAR_AFTER =
      WordSet.of(
          "countryside",
          "outskirts",
          "desert",
          "area",
          "district",
          "neighborhood",
          "neighbourhood",
          "suburb",
          "suburbs",
          "camp",
          "airbase",
          "airport",
          "dam",
          "base",
          "checkpoint",
          "front",
          "road");

  /** The precision that the words around a mention imply. */
  private static int contextPrecision(String text, Mention m) {
    if (m.typePrecision > 1) {
      return m.typePrecision;
    }
    // Scanned by hand: the text around every mention of every report passes here.
    String after = wordAfter(text, m.end, Math.min(text.length(), m.end + 30));
    if (after != null && REGION_AFTER.contains(after)) {
      return 3;
    }
    if (nearBefore(text, Math.max(0, m.start - 40), m.start)
        || (after != null && NEAR_AFTER.contains(after))) {
      return 2;
    }
    return 1;
  }

  /**
   * The lower-cased word that follows at least one whitespace character after {@code from}, cut at
   * {@code to}; {@code null} when there is none. Word characters and whitespace are those of {@code
   * \\b} and {@code \\s} in Java's regular expressions, which this replaces.
   */
  private static String wordAfter(String text, int from, int to) {
    int i = from;
    while (i < to && isSpace(text.charAt(i))) {
      i++;
    }
    if (i == from) {
      return null;
    }
    int start = i;
    while (i < to && isWordChar(text.charAt(i))) {
      i++;
    }
    return i == start ? null : text.substring(start, i).toLowerCase(Locale.ROOT);
  }

  private static boolean isWordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * True when {@code [from, to)} ends with a near-word, whitespace, then optionally "of" and
   * whitespace, then optionally "the" and whitespace.
   */
  private static boolean nearBefore(String text, int from, int to) {
    int p = skipSpaceBack(text, from, to);
    if (p == to) {
      return false;
    }
    if (nearWordEndsAt(text, from, p)) {
      return true;
    }
    int q = wordBack(text, from, p, "the");
    if (q >= 0) {
      if (nearWordEndsAt(text, from, q)) {
        return true;
      }
      int r = wordBack(text, from, q, "of");
      if (r >= 0 && nearWordEndsAt(text, from, r)) {
        return true;
      }
    }
    int r = wordBack(text, from, p, "of");
    return r >= 0 && nearWordEndsAt(text, from, r);
  }

  /** The start of the whitespace run that ends at {@code to}, not before {@code from}. */
  private static int skipSpaceBack(String text, int from, int to) {
    int i = to;
    while (i > from && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * Where the whitespace before {@code word} begins when the text ends with {@code word} at {@code
   * end} and at least one whitespace character precedes it; -1 otherwise.
   */
  private static int wordBack(String text, int from, int end, String word) {
    int start = end - word.length();
    if (start <= from || !text.regionMatches(true, start, word, 0, word.length())) {
      return -1;
    }
    int s = skipSpaceBack(text, from, start);
    return s == start ? -1 : s;
  }

  private static boolean nearWordEndsAt(String text, int from, int end) {
    if (end <= from) {
      return false;
    }
    char last = Character.toLowerCase(text.charAt(end - 1));
    for (String w : NEAR_BEFORE) {
      if (w.charAt(w.length() - 1) != last) {
        continue;
      }
      int start = end - w.length();
      if (start >= from && text.regionMatches(true, start, w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * One text being parsed, with what the filters learn from all of it, and memos of its tokens'
   * lower-case forms and of the words asked about in lower case (each a document's own).
   */
  private record Doc(
      String text,
      List<Token> tokens,
      boolean caseless,
      Set<String> surnames,
      String[] lowers,
      int[] lowerInitialHashes) {

    Doc(String text, List<Token> tokens, boolean caseless, Set<String> surnames) {
      this(
          text,
          tokens,
          caseless,
          surnames,
          new String[tokens.size()],
          hashesOfLowerInitialWords(text, tokens));
    }

    /** Token {@code k} in lower case, computed once. */
    String lower(int k) {
      String l = lowers[k];
      if (l == null) {
        l = tokens.get(k).lower(text);
        lowers[k] = l;
      }
      return l;
    }
  }

  /** A recognised name before resolution. */
  private record Mention(
      int firstToken,
      int lastToken,
      int start,
      int end,
      String name,
      Map<Integer, PlaceResolver.Match> found,
      int typePrecision) {}
}
