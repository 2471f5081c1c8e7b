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
import java.util.regex.Pattern;
import org.sijil.model.Span;
import org.sijil.model.geo.Place;

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

  /** Lower-case demonym to the country or continent it stands for; immutable. */
  private final Map<String, Place> demonyms;

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
    Objects.requireNonNull(text, "text");
    List<Token> tokens = Token.split(text);
    boolean caseless = isCaseless(text);
    Set<String> lowerWords = caseless ? Set.of() : lowerCaseWords(text, tokens);
    Doc doc =
        new Doc(
            text,
            tokens,
            caseless,
            lowerWords,
            caseless ? Set.of() : surnames(text, tokens),
            new HashMap<>());
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
    return withDemonyms(doc, resolve(text, mentions));
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
    for (Token t : doc.tokens()) {
      while (k < named.size() && named.get(k).span().end() <= t.start()) {
        k++;
      }
      boolean covered = k < named.size() && named.get(k).span().start() < t.end();
      if (covered || !(doc.caseless() || t.capitalised(text))) {
        continue;
      }
      Place place = demonyms.get(t.lower(text));
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
    if (!start.startsName(text, caseless) || Words.NEVER_FIRST.contains(start.lower(text))) {
      return null;
    }
    Mention best = null;
    for (int j = first; j < tokens.size() && j < first + MAX_TOKENS; j++) {
      Token t = tokens.get(j);
      if (j > first && !Token.joins(text, tokens.get(j - 1), t)) {
        break;
      }
      boolean connector = Words.CONNECTORS.contains(t.lower(text));
      if (!caseless && !t.capitalised(text) && !connector && !t.arabic(text)) {
        break;
      }
      if (connector && (j > first || !caseless)) {
        continue; // a name never ends on a particle
      }
      String name = text.substring(start.start(), t.end());
      // Reports repeat their places: look each name up once a document.
      Map<Integer, PlaceResolver.Match> found = doc.found().computeIfAbsent(name, this::candidates);
      if (!found.isEmpty()) {
        best = new Mention(first, j, start.start(), t.end(), name, found, 1);
      }
    }
    if (best == null || !accept(doc, best)) {
      return null;
    }
    // A capitalised type word after the name belongs to it: "Mississippi River", "Idlib Province".
    int after = best.lastToken + 1;
    if (!caseless && after < tokens.size()) {
      Token next = tokens.get(after);
      if (next.capitalised(text)
          && Words.TYPE_WORDS.containsKey(next.lower(text))
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
                Words.TYPE_WORDS.get(next.lower(text)));
      }
    }
    return best;
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
      Set.of("this", "these", "those", "the", "a", "an", "our", "your", "us", "my", "its", "their");

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
        && AFTER_VERB.contains(next.lower(doc.text()));
  }

  private boolean accept(Doc doc, Mention m) {
    String text = doc.text();
    List<Token> tokens = doc.tokens();
    boolean caseless = doc.caseless();
    Set<String> lowerWords = doc.lowerWords();
    Set<String> surnames = doc.surnames();
    Token first = tokens.get(m.firstToken);
    String firstLower = first.lower(text);
    boolean single = m.firstToken == m.lastToken;
    boolean alias = m.found.values().stream().anyMatch(x -> x.how().equals("alias"));
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
      if (!caseless && lowerWords.contains(firstLower)) {
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
        && !strong
        && (Words.GIVEN_NAMES.contains(firstLower) || Words.LEADERS.contains(firstLower))) {
      return false;
    }
    if (single && !strong && imperativeAtSentenceStart(doc, m)) {
      return false; // "Share this report", "Follow us": a verb, not a place
    }
    if (Words.GROUP_HEADS.contains(firstLower) || followsGroupHead(text, tokens, m.firstToken)) {
      return false; // part of an armed group's name: "Jabhat al-Nusra", "Jaish al-Islam"
    }
    if (m.firstToken > 0) {
      Token prev = tokens.get(m.firstToken - 1);
      if (Words.TITLES.contains(prev.lower(text)) && Token.near(text, prev, first)) {
        return false;
      }
    }
    if (m.firstToken > 0 && !strong) {
      Token prev = tokens.get(m.firstToken - 1);
      String prevLower = prev.lower(text);
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
      String nextLower = next.lower(text);
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
  private static boolean followsGroupHead(String text, List<Token> tokens, int index) {
    for (int k = index - 1; k >= Math.max(0, index - 2); k--) {
      if (!Token.joins(text, tokens.get(k), tokens.get(k + 1))) {
        return false;
      }
      if (Words.GROUP_HEADS.contains(tokens.get(k).lower(text))) {
        return true;
      }
    }
    return false;
  }

  private boolean inFocus(int i) {
    return focus.get(i);
  }

  /** True when some exact reading is a country, region, capital or sizeable city. */
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

  private static boolean isCaseless(String text) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    return upper > 20 && lower * 10 < upper;
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
        String firstLower = tokens.get(i).lower(text);
        String lastLower = tokens.get(j).lower(text);
        String whole = text.substring(tokens.get(i).start(), tokens.get(j).end());
        String last = text.substring(tokens.get(j).start(), tokens.get(j).end());
        if (!Words.MODIFIERS.contains(firstLower)
            && !Words.TYPE_WORDS.containsKey(lastLower)
            && !isUpperCase(whole)
            && gazetteer.strictMatches(NameKeys.strict(whole)).length == 0
            && !namesRegion(last)) {
          out.add(lastLower);
        }
      }
      i = j + 1;
    }
    return out;
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

  private static Set<String> lowerCaseWords(String text, List<Token> tokens) {
    Set<String> out = new HashSet<>();
    for (Token t : tokens) {
      if (Character.isLowerCase(text.charAt(t.start()))) {
        out.add(text.substring(t.start(), t.end()));
      }
    }
    return out;
  }

  // --- resolution ----------------------------------------------------------------------------

  private List<Toponym> resolve(String text, List<Mention> mentions) {
    List<List<PlaceResolver.Ranked>> first = new ArrayList<>(mentions.size());
    List<Integer> precisions = new ArrayList<>(mentions.size());
    // A name's ranking depends only on the name, its precision and the document: the same name
    // in the same words is ranked once.
    Map<String, List<PlaceResolver.Ranked>> firstByName = new HashMap<>();
    for (Mention m : mentions) {
      int precision = contextPrecision(text, m);
      precisions.add(precision);
      first.add(
          firstByName.computeIfAbsent(
              precision + " " + m.name,
              x ->
                  resolver.score(
                      m.found, new PlaceQuery(m.name, precision, precision == 2), ctx0())));
    }
    // Countries the document names, or where two or more of its places lie.
    Set<String> countries = new HashSet<>();
    Map<String, Integer> placeCountries = new HashMap<>();
    for (int k = 0; k < first.size(); k++) {
      List<PlaceResolver.Ranked> r = first.get(k);
      boolean looseOnly =
          mentions.get(k).found.values().stream().allMatch(x -> x.how().equals("loose"));
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
    List<Toponym> out = new ArrayList<>(mentions.size());
    Map<String, List<PlaceResolver.Ranked>> rankedByName = new HashMap<>();
    Map<String, List<PlaceCandidate>> candidatesByName = new HashMap<>();
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      int precision = precisions.get(k);
      String key = precision + " " + m.name;
      List<PlaceResolver.Ranked> ranked = rankedByName.get(key);
      if (ranked == null) {
        // The other names' places: the same for every mention of this name.
        List<Place> nearby = new ArrayList<>();
        for (int o = 0; o < mentions.size(); o++) {
          List<PlaceResolver.Ranked> r = first.get(o);
          if (o != k && !r.isEmpty() && !mentions.get(o).name.equals(m.name)) {
            int top = r.get(0).index();
            if (gazetteer.featureClass(top).equals("P")) {
              nearby.add(gazetteer.place(top));
            }
          }
        }
        // Documents name several countries: one outside them is less likely, not ruled out.
        PlaceResolver.Context ctx = PlaceResolver.Context.evidence(countries, nearby);
        ranked = resolver.score(m.found, new PlaceQuery(m.name, precision, precision == 2), ctx);
        rankedByName.put(key, ranked);
      }
      if (ranked.isEmpty() || ranked.get(0).score() < MIN_SCORE) {
        continue;
      }
      PlaceResolver.Ranked best = ranked.get(0);
      boolean looseOnly = m.found.values().stream().allMatch(x -> x.how().equals("loose"));
      boolean supported =
          countries.contains(gazetteer.countryCode(best.index())) || best.reason().contains("near");
      if (looseOnly && !supported) {
        continue; // a spelling variant with no support from the rest of the document
      }
      if (m.firstToken == m.lastToken
          && !supported
          && PlaceResolver.importance(
                  gazetteer.featureCode(best.index()), gazetteer.population(best.index()))
              < 0.5) {
        continue; // one word naming a small place far from everything else: a common word
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

  private static PlaceResolver.Context ctx0() {
    return PlaceResolver.Context.EMPTY;
  }

  private static final Pattern NEAR_BEFORE =
      Pattern.compile(
          "(?i)(?:countryside|outskirts|desert|badia|vicinity|suburbs?|environs|surroundings"
              + "|periphery|edge|east|west|north|south|near|outside|around|nearby)"
              + "\\s+(?:of\\s+)?(?:the\\s+)?$");

  private static final Pattern REGION_AFTER =
      Pattern.compile("^\\s+(?:province|governorate|region|state)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern NEAR_AFTER =
      Pattern.compile(
          "^\\s+(?:countryside|outskirts|desert|area|district|neighbou?rhood|suburbs?|camp"
              + "|airbase|airport|dam|base|checkpoint|countryside|front|road)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The precision that the words around a mention imply. */
  private static int contextPrecision(String text, Mention m) {
    if (m.typePrecision > 1) {
      return m.typePrecision;
    }
    String before = text.substring(Math.max(0, m.start - 40), m.start);
    String after = text.substring(m.end, Math.min(text.length(), m.end + 30));
    if (REGION_AFTER.matcher(after).find()) {
      return 3;
    }
    if (NEAR_BEFORE.matcher(before).find() || NEAR_AFTER.matcher(after).find()) {
      return 2;
    }
    return 1;
  }

  /** One text being parsed, with what the filters learn from all of it. */
  private record Doc(
      String text,
      List<Token> tokens,
      boolean caseless,
      Set<String> lowerWords,
      Set<String> surnames,
      Map<String, Map<Integer, PlaceResolver.Match>> found) {}

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
