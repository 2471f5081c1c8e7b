package org.sijil.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sijil.extract.EventExtractor;
import org.sijil.extract.ExtractionResult;
import org.sijil.model.Span;
import org.sijil.model.doc.Language;
import org.sijil.model.event.Certainty;
import org.sijil.model.event.Event;
import org.sijil.model.event.EventDate;
import org.sijil.model.event.PlaceRef;
import org.sijil.model.geo.Place;
import org.sijil.model.time.DatePrecision;
import org.sijil.model.time.TimeExpression;
import org.sijil.nlp.time.DocumentDateInferer;
import org.sijil.nlp.time.RuleTimeExpressionRecognizer;
import org.sijil.nlp.time.TimeExpressionRecognizer;
import org.sijil.resolve.geo.Gazetteer;
import org.sijil.resolve.geo.Geoparser;
import org.sijil.resolve.geo.LocateHints;
import org.sijil.resolve.geo.PlaceCandidate;
import org.sijil.resolve.geo.PlaceResolver;
import org.sijil.resolve.geo.RoadName;
import org.sijil.resolve.geo.Toponym;

/**
 * The whole extraction of a report: events (type, actors, counts, attribution, modality) from
 * {@link EventExtractor}, dated by the time recogniser, placed by the geoparser over the bundled
 * gazetteer. This is what {@code sijil extract}, ingest and the evaluation run.
 *
 * <p>Immutable and thread-safe; its resources (gazetteer, lexicons) are built once per JVM, so
 * create one and share it.
 */
public final class ReportExtractor {
  /** Below this score a place named only in an event's clause is left unresolved. */
  private static final double MIN_LOCATE_SCORE = 0.3;

  /** An event dated this many years before the report's own time is history, not news. */
  private static final int HISTORICAL_YEARS = 5;

  /**
   * A place named with a neighbourhood word resolving farther than this from the city named beside
   * it is a neighbourhood of that city.
   */
  private static final double NEIGHBOURHOOD_KM = 30;

  private static final Pattern NEIGHBOURHOOD =
      Pattern.compile(
          "\\s*(?:neighbou?rhood|district|quarter|area|suburb|camp|prison)\\b",
          Pattern.CASE_INSENSITIVE);

  private final String lexiconVersion;
  private final RuleTimeExpressionRecognizer times;
  private final RuleTimeExpressionRecognizer arabicTimes;
  private final DocumentDateInferer dateInferer;
  private final DocumentDateInferer arabicDateInferer;
  private final Geoparser geoparser;
  private final PlaceResolver places;
  private final ActorTheatres theatres = ActorTheatres.bundled();

  private ReportExtractor(CompletableFuture<Gazetteer> loading) {
    this.times = RuleTimeExpressionRecognizer.english();
    this.arabicTimes = RuleTimeExpressionRecognizer.arabic();
    this.lexiconVersion = EventExtractor.english().lexiconVersion();
    this.dateInferer = DocumentDateInferer.english();
    this.arabicDateInferer = DocumentDateInferer.arabic();
    Gazetteer gazetteer;
    try {
      gazetteer = loading.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    this.geoparser = new Geoparser(gazetteer);
    this.places = new PlaceResolver(gazetteer);
  }

  /**
   * The extractor over the bundled gazetteer: English, and Arabic through {@link #extract(String,
   * Language, LocalDate, LocalDate)}.
   *
   * @throws IllegalStateException when the bundled gazetteer cannot be read
   */
  public static ReportExtractor bundled() {
    // The gazetteer is the larger part of the cold start: it loads on another core while the
    // rules and lexicons are built here.
    return new ReportExtractor(CompletableFuture.supplyAsync(Gazetteer::bundled));
  }

  /**
   * Whether {@link #extract(String, Language, LocalDate, LocalDate)} reads all of a document in
   * {@code language}: events, times and places. English and Arabic; an undetermined language is
   * read as English.
   */
  public static boolean covers(Language language) {
    Objects.requireNonNull(language, "language");
    Language as = language.equals(Language.UNDETERMINED) ? Language.ENGLISH : language;
    return EventExtractor.hasRules(as)
        // a check, not a build: covers is asked once a document
        && RuleTimeExpressionRecognizer.hasRules(as)
        && Geoparser.readsRunningText(as);
  }

  /**
   * The places of a text read with the rules of {@code language} (Arabic has its own recogniser;
   * see {@link Geoparser#parse(String, org.sijil.model.doc.Language)}), for documents whose events
   * and times have no rules yet.
   */
  public List<Toponym> places(String text, Language language) {
    return geoparser.parse(text, language);
  }

  /** Version string of the resources in use, for provenance of stored results. */
  public String version() {
    return lexiconVersion + ";" + Gazetteer.bundled().version();
  }

  /**
   * Extracts one report.
   *
   * @param text the raw text
   * @param published the publication date, or null when unknown (then it is inferred from the text
   *     where possible, never later than {@code notAfter})
   * @param notAfter the latest date the report can have been written, e.g. when it was retrieved
   */
  public ReportExtraction extract(String text, LocalDate published, LocalDate notAfter) {
    return extract(text, Language.ENGLISH, published, notAfter);
  }

  /**
   * Extracts one report in {@code language} with that language's lexicon, time rules and geoparser
   * reading; an undetermined language is read as English.
   *
   * @throws IllegalArgumentException when the language is not {@linkplain #covers covered}
   */
  public ReportExtraction extract(
      String text, Language language, LocalDate published, LocalDate notAfter) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(notAfter, "notAfter");
    if (!covers(language)) {
      throw new IllegalArgumentException(
          "expected a language with events, times and places rules (en, ar), found '"
              + language.code()
              + "'");
    }
    boolean arabic = language.equals(Language.ARABIC);
    DocumentDate date =
        documentDate(arabic ? arabicDateInferer : dateInferer, text, published, notAfter);
    // The event extractor dates events from the same time expressions that the result lists:
    // recognise them once. An extractor is cheap to build (its lexicon is loaded once per JVM).
    RecognizedOnce once = new RecognizedOnce(arabic ? arabicTimes : times, text, date.date());
    ExtractionResult result =
        EventExtractor.builder()
            .language(arabic ? Language.ARABIC : Language.ENGLISH)
            .timeRecognizer(once)
            .build()
            .extract(text, date.date());
    // A report that names no country is read where its actors fight ("regime forces shell X").
    Set<String> theatre = theatres.of(result.events());
    List<Toponym> toponyms =
        arabic ? geoparser.parse(text, language, theatre) : geoparser.parse(text, theatre);
    List<Place> resolved = new ArrayList<>();
    Map<String, Integer> countries = new HashMap<>();
    for (Toponym t : toponyms) {
      if (t.place() != null) {
        resolved.add(t.place());
        countries.merge(t.place().countryCode(), 1, Integer::sum);
      }
    }
    String mainCountry =
        countries.entrySet().stream()
            .filter(e -> !e.getKey().isEmpty())
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(null);
    if (mainCountry == null && theatre.size() == 1) {
      // Nothing placed the report, but its actors fight in one country only: a place its events
      // name is looked up there first.
      mainCountry = theatre.iterator().next();
    }
    LocateHints hints = new LocateHints(mainCountry, null, resolved);
    // In capitals the geoparser cannot tell names from words ("MADE", "SHOT", "IN TURN" resolve
    // to towns somewhere): an event that names no place by syntax takes none from it, and a town
    // refines a named place only inside a country the report names
    boolean caseless = caseless(text);
    List<Toponym> alone = caseless ? List.of() : toponyms;
    List<Toponym> towns = caseless ? inNamedCountries(toponyms) : toponyms;
    Toponym focus = focus(alone);
    List<TimeExpression> found = once.recognize(text, date.date());
    LocalDate reference = referenceDate(date, found);
    List<Event> located = new ArrayList<>();
    List<Event> asideLocated = new ArrayList<>();
    // Found once: each event's road reading asks only whether its window holds one.
    RoadName.RoadWords roadWords = result.events().isEmpty() ? null : RoadName.RoadWords.of(text);
    for (Event e : result.events()) {
      Event placed =
          dated(
              roadPlace(
                  sitePlace(
                      inEvidenceCountry(
                          e,
                          place(e, text, toponyms, alone, towns, hints, focus),
                          toponyms,
                          theatre,
                          resolved),
                      text,
                      toponyms),
                  roadWords,
                  hints),
              date);
      if (historical(placed, reference)) {
        asideLocated.add(asHistorical(placed));
      } else {
        located.add(placed);
      }
    }
    for (Event e : result.setAside()) {
      asideLocated.add(
          dated(
              inEvidenceCountry(
                  e,
                  place(e, text, toponyms, alone, towns, hints, focus),
                  toponyms,
                  theatre,
                  resolved),
              date));
    }
    return new ReportExtraction(located, asideLocated, toponyms, found, date);
  }

  /**
   * True when letters are mostly capitals (wire transcripts in upper case): case then says nothing
   * about which words are names.
   */
  private static boolean caseless(String text) {
    // The geoparser's test, which stops once the small letters decide it (CaselessTextTest).
    return Geoparser.isCaseless(text);
  }

  /**
   * The toponyms resolved inside a country that the report names itself (by name or demonym). In
   * text in capitals, common words resolve to towns anywhere in the world; a country the report
   * names is the evidence that a town read without syntax is meant.
   */
  private static List<Toponym> inNamedCountries(List<Toponym> toponyms) {
    Set<String> named = new HashSet<>();
    for (Toponym t : toponyms) {
      if (t.place() != null && t.place().featureCode().startsWith("PCL")) {
        named.add(t.place().countryCode());
      }
    }
    List<Toponym> out = new ArrayList<>();
    for (Toponym t : toponyms) {
      if (t.place() == null || named.contains(t.place().countryCode())) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The place a report is about: the populated place it names most often (the first on a tie).
   * Events whose own sentence names no place are coded there with lower precision, as ACLED codes
   * an event to the location the report is about when no finer one is given.
   */
  private static Toponym focus(List<Toponym> toponyms) {
    Map<Long, Integer> mentions = new HashMap<>();
    Toponym best = null;
    int bestCount = 0;
    for (Toponym t : toponyms) {
      if (t.place() == null || t.place().isRegion() || t.precision() != 1) {
        continue;
      }
      int n = mentions.merge(t.place().id(), 1, Integer::sum);
      if (n > bestCount) {
        best = t;
        bestCount = n;
      }
    }
    return best;
  }

  /**
   * An event the report does not date is dated to the report's own date, with no span: ACLED's
   * practice for reports of the day. Undated when the report's date is unknown.
   */
  private static Event dated(Event e, DocumentDate date) {
    if (e.date() != null || date.date() == null) {
      return e;
    }
    return e.withDate(new EventDate(date.date(), date.date(), DatePrecision.DAY, null));
  }

  /**
   * The latest date the report speaks from: its own date, or when unknown the end of the latest
   * year or day its text names.
   */
  private static LocalDate referenceDate(DocumentDate date, List<TimeExpression> found) {
    if (date.date() != null) {
      return date.date();
    }
    LocalDate latest = null;
    for (TimeExpression t : found) {
      if (t.end() != null && (latest == null || t.end().isAfter(latest))) {
        latest = t.end();
      }
    }
    return latest;
  }

  /**
   * True for an event dated long before the time the report speaks from — a historical comparison
   * (a city "destroyed in 1945" cited as a comparison), not news.
   */
  private static boolean historical(Event e, LocalDate reference) {
    return reference != null
        && e.date() != null
        && e.date().span() != null
        && e.date().end().isBefore(reference.minusYears(HISTORICAL_YEARS));
  }

  private static Event asHistorical(Event e) {
    return new Event(
        e.subType(),
        e.tags(),
        e.perpetrator(),
        e.victim(),
        e.target(),
        e.location(),
        e.date(),
        e.counts(),
        e.evidence(),
        e.trigger(),
        e.confidence(),
        e.attribution(),
        Certainty.GENERIC,
        e.provenance());
  }

  /**
   * The expressions of one text, recognised up front: the event extractor and the result ask for
   * the same text's expressions, so they are found once. Other texts go to the recogniser.
   * Immutable; lives for one call.
   */
  private static final class RecognizedOnce implements TimeExpressionRecognizer {
    private final TimeExpressionRecognizer recognizer;
    private final String text;
    private final LocalDate date;
    private final List<TimeExpression> found;

    RecognizedOnce(TimeExpressionRecognizer recognizer, String text, LocalDate date) {
      this.recognizer = recognizer;
      this.text = text;
      this.date = date;
      this.found = recognizer.recognize(text, date);
    }

    @Override
    public List<TimeExpression> recognize(String text, LocalDate documentDate) {
      return text.equals(this.text) && Objects.equals(documentDate, date)
          ? found
          : recognizer.recognize(text, documentDate);
    }
  }

  private static DocumentDate documentDate(
      DocumentDateInferer dateInferer, String text, LocalDate published, LocalDate notAfter) {
    if (published != null) {
      return DocumentDate.published(published);
    }
    Optional<DocumentDateInferer.InferredDate> inferred = dateInferer.infer(text, notAfter);
    return inferred
        .map(
            i ->
                new DocumentDate(
                    i.date(), DocumentDate.Basis.INFERRED, i.confidence(), i.explanation()))
        .orElseGet(DocumentDate::unknown);
  }

  /**
   * Gives an event's place coordinates: the geoparser's reading of the same words when it has one,
   * else a gazetteer lookup of the name with the document's places as context. A place the
   * gazetteer cannot place (a prison, a neighbourhood) resolves to the nearest resolved town named
   * in the same evidence, with precision 2; an event naming no place takes the first resolved town
   * of its evidence, else the report's focus, with precision 2. A country gives way to a town in it
   * that the evidence names.
   *
   * @param alone the towns an event that names no place may take (none in text in capitals)
   * @param towns the towns that may stand for or refine a place the event names
   */
  private Event place(
      Event e,
      String text,
      List<Toponym> toponyms,
      List<Toponym> alone,
      List<Toponym> towns,
      LocateHints hints,
      Toponym focus) {
    PlaceRef ref = e.location();
    if (ref == null) {
      Toponym inside = townInside(e, alone, null);
      if (inside != null) {
        return e.withLocation(
            toRef(
                PlaceRef.named(inside.text(), inside.span()), inside.place(), inside.precision()));
      }
      Toponym part = partInside(e, alone, null);
      if (part != null) {
        return e.withLocation(
            toRef(PlaceRef.named(part.text(), part.span()), part.place(), part.precision()));
      }
      if (focus != null) {
        return e.withLocation(toRef(PlaceRef.named(focus.text(), null), focus.place(), 2));
      }
      return e;
    }
    if (ref.isResolved()) {
      return e;
    }
    Place place = null;
    int precision = 1;
    if (ref.span() != null) {
      for (Toponym t : toponyms) {
        if (t.place() != null && t.kind() == Toponym.Kind.NAME && t.span().overlaps(ref.span())) {
          place = t.place();
          precision = t.precision();
          if (place.featureCode().startsWith("ADM") && namedAsCity(text, t.span())) {
            // "Daraa city", "the city of Daraa": the city, not the province named after it.
            for (PlaceCandidate c : t.candidates()) {
              if (c.place().featureClass().equals("P")
                  && c.place().countryCode().equals(place.countryCode())) {
                place = c.place();
                precision = 1;
                break;
              }
            }
          }
          break;
        }
      }
    }
    if (place == null) {
      List<PlaceCandidate> candidates = places.locate(ref.name(), hints);
      if (!candidates.isEmpty() && candidates.get(0).score() >= MIN_LOCATE_SCORE) {
        place = candidates.get(0).place();
        precision = candidates.get(0).precision();
      }
    }
    Toponym town = townInside(e, towns, ref.span());
    if (town != null
        && (place == null
            || ((precision == 1 && neighbourhoodWordAfter(text, ref)
                    || precision == 2 && quarterWordAfter(text, ref))
                && place.distanceKm(town.place()) > NEIGHBOURHOOD_KM))) {
      return e.withLocation(toRef(ref, town.place(), 2));
    }
    if (town != null
        && place != null
        && place.featureCode().startsWith("PCL")
        && town.place().countryCode().equals(place.countryCode())) {
      // "kidnapped in Colombia ... 30 km from the city of Medellin": the most specific place the
      // sentence names inside the country is where it happened
      return e.withLocation(
          toRef(PlaceRef.named(town.text(), town.span()), town.place(), town.precision()));
    }
    if (place == null && town == null) {
      // "… on Masaken Jlin in the western countryside of Daraa": a place the gazetteer cannot
      // find, in a part of a governorate that the evidence names, lies in that part.
      Toponym part = partInside(e, towns, ref.span());
      if (part != null) {
        return e.withLocation(toRef(ref, part.place(), part.precision()));
      }
    }
    return place == null ? e : e.withLocation(toRef(ref, place, precision));
  }

  /**
   * Keeps an event's place only in a country the report gives evidence for. A place read abroad (a
   * look-alike: Syria's "Ariha" read as Jericho, "Maan" as the Jordanian city) while the report's
   * other places or its actors' countries all lie elsewhere is looked up again in those countries;
   * when none has the name, the event keeps the name without coordinates: no place is more honest
   * than a confident wrong one. Countries themselves and reports with no other evidence (a lone
   * name, no known actor) are left as read.
   *
   * @param before the event as extracted (its place, if any, unresolved or as the extractor gave
   *     it)
   * @param placed the event after {@link #place}
   * @param theatre the countries where the report's actors fight
   * @param resolved the places the geoparser resolved in the report
   */
  private Event inEvidenceCountry(
      Event before,
      Event placed,
      List<Toponym> toponyms,
      Set<String> theatre,
      List<Place> resolved) {
    PlaceRef ref = placed.location();
    if (ref == null
        || !ref.isResolved()
        || ref.country() == null
        || ref == before.location()
        // The actors' countries are the strongest evidence: a place in one of them stands.
        || theatre.contains(ref.country())) {
      return placed;
    }
    Map<String, Integer> named = new HashMap<>();
    for (Toponym t : toponyms) {
      if (t.place() == null || t.kind() != Toponym.Kind.NAME) {
        continue; // a demonym names an actor's country, not where things happened
      }
      if (ref.span() != null && t.span().overlaps(ref.span())) {
        if (t.place().featureCode().startsWith("PCL")) {
          return placed;
        }
        continue;
      }
      named.merge(t.place().countryCode(), 1, Integer::sum);
    }
    named.remove("");
    Set<String> evidence = new LinkedHashSet<>();
    if (!theatre.isEmpty()) {
      // A place outside the actors' countries is a look-alike.
      evidence.addAll(theatre);
    } else {
      // Otherwise the report's other places outvote the event's place only when more of them lie
      // in another country than in the place's own (the place itself counting once).
      int own = 1 + named.getOrDefault(ref.country(), 0);
      named.entrySet().stream()
          .filter(x -> x.getValue() > own)
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .forEach(x -> evidence.add(x.getKey()));
      if (evidence.isEmpty()) {
        // On a tie, a reading of the same words in the other places' country that the geoparser
        // ranked nearly as high is taken ("Ariha" in Idlib rather than Jericho); else the place
        // stays as read.
        Set<String> tied = new HashSet<>();
        named.forEach((cc, n) -> tied.add(n == own ? cc : ""));
        tied.remove("");
        tied.remove(ref.country());
        Toponym own1 = overlapping(toponyms, ref.span());
        if (own1 != null && !tied.isEmpty()) {
          for (PlaceCandidate c : own1.candidates()) {
            if (c.score() >= own1.score() - TIE_MARGIN && tied.contains(c.place().countryCode())) {
              return placed.withLocation(
                  toRef(PlaceRef.named(ref.name(), ref.span()), c.place(), ref.precision()));
            }
          }
        }
        return placed;
      }
    }
    for (String cc : evidence) {
      List<PlaceCandidate> c = places.locate(ref.name(), new LocateHints(cc, null, resolved));
      if (!c.isEmpty()
          && c.get(0).score() >= MIN_LOCATE_SCORE
          && c.get(0).place().countryCode().equals(cc)) {
        return placed.withLocation(
            toRef(PlaceRef.named(ref.name(), ref.span()), c.get(0).place(), c.get(0).precision()));
      }
    }
    return before;
  }

  /** How far below the chosen reading a reading in a tied country may score and be taken. */
  private static final double TIE_MARGIN = 0.1;

  /** The resolved place name whose span overlaps {@code span}, or null. */
  private static Toponym overlapping(List<Toponym> toponyms, Span span) {
    if (span == null) {
      return null;
    }
    for (Toponym t : toponyms) {
      if (t.place() != null && t.kind() == Toponym.Kind.NAME && t.span().overlaps(span)) {
        return t;
      }
    }
    return null;
  }

  /**
   * The nouns of a site named without its town; words within one noun apart by single spaces.
   * {@link #SITE_IN_EVIDENCE} is built from them, and {@link #isSiteNoun} tests against them.
   */
  private static final List<String> SITE_NOUNS =
      List.of(
          "prison",
          "jail",
          "camp",
          "hospital",
          "school",
          "base",
          "airport",
          "airbase",
          "checkpoint",
          "market",
          "mosque",
          "church",
          "bakery",
          "factory",
          "dam",
          "refinery",
          "detention centre",
          "detention center");

  // "a prison in the countryside of Hasakah" — a site named without its town in the event's
  // sentence — and the next sentence taking it up: "This prison is ... in the city of Ras al-Ain".
  private static final Pattern SITE_IN_EVIDENCE =
      Pattern.compile(
          "\\b(?:a|an|one)\\s+(?:[a-z]+\\s+)?("
              + String.join("|", SITE_NOUNS).replace(" ", "\\s+")
              + ")\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * True when {@code noun} equals, ignoring case as {@link String#equalsIgnoreCase}, a site noun.
   */
  private static boolean isSiteNoun(String noun) {
    for (String n : SITE_NOUNS) {
      if (n.equalsIgnoreCase(noun)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

  // Compiled once: String.replaceAll would compile it for every event that reaches it.
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern TAKEN_UP =
      Pattern.compile(
          "(?:this|the|that)\\s+(detention\\s+cent(?:re|er)|\\p{L}+)\\b", Pattern.CASE_INSENSITIVE);

  /** Words before a town that say the site is in it (not near it). */
  private static final Pattern IN_TOWN =
      Pattern.compile(
          "\\bin\\s+(?:the\\s+)?(?:(?:city|town|village|area)\\s+(?:of\\s+)?)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Refines a vague place (precision 2 or 3: "the countryside of Hasakah") when the event's
   * sentence names a site without its town and the next sentence takes the site up ("This prison",
   * "The camp") and says which town it is in ("in the city of Ras al-Ain"): the event is coded to
   * that town at precision 1, as a documenter would. The town must be a resolved populated place in
   * the same first-level area as the vague place.
   */
  private static Event sitePlace(Event e, String text, List<Toponym> toponyms) {
    PlaceRef ref = e.location();
    if (ref == null || !ref.isResolved() || ref.precision() == null || ref.precision() < 2) {
      return e;
    }
    Span ev = e.evidence();
    // The conditions are tested cheapest first: the next sentence's opening is one anchored match,
    // the site noun in the evidence a scan of the whole evidence (most events stop before it).
    Matcher end = SENTENCE_END.matcher(text);
    int from = ev.end();
    if (!end.find(Math.max(0, from - 1))) {
      return e;
    }
    int next = end.end();
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    int stop = end.find(next) ? end.end() : text.length();
    // The next sentence opens by taking the site up: "This prison", "The camp".
    Matcher takenUp = TAKEN_UP.matcher(text).region(next, stop);
    if (!takenUp.lookingAt()) {
      return e;
    }
    String takenNoun = SPACES.matcher(takenUp.group(1)).replaceAll(" ");
    if (!isSiteNoun(takenNoun)) {
      return e; // cannot equal the site noun, whatever the evidence holds
    }
    Matcher site =
        SITE_IN_EVIDENCE.matcher(text).region(ev.start(), Math.min(text.length(), ev.end()));
    if (!site.find()
        || !takenNoun.equalsIgnoreCase(SPACES.matcher(site.group(1)).replaceAll(" "))) {
      return e;
    }
    for (Toponym t : toponyms) {
      Place p = t.place();
      if (p == null
          || t.kind() != Toponym.Kind.NAME
          || p.isRegion()
          || t.precision() != 1
          || t.span().start() < next
          || t.span().end() > stop
          || ref.admin1() == null
          || !ref.admin1().equals(p.admin1())) {
        continue;
      }
      String before = text.substring(Math.max(next, t.span().start() - 30), t.span().start());
      if (IN_TOWN.matcher(before).find()) {
        return e.withLocation(toRef(PlaceRef.named(t.text(), t.span()), p, 1));
      }
    }
    return e;
  }

  /**
   * An event placed at a town that the evidence names as one end of a road ("on the road between
   * Raqqa and Tabqa", "on the Hasakah-Qamishli road") is placed on the road: the resolver's reading
   * of the road's name (the midpoint of its ends when they lie near each other), at precision 2,
   * with the road's words as the place's name and span. Otherwise the event is unchanged.
   */
  private Event roadPlace(Event e, RoadName.RoadWords roadWords, LocateHints hints) {
    PlaceRef ref = e.location();
    if (ref == null || ref.span() == null || !ref.isResolved()) {
      return e;
    }
    Span ev = e.evidence();
    // A road's name that holds the place lies within a few words of it.
    int from = Math.max(ev.start(), ref.span().start() - ROAD_REACH);
    String text = roadWords.text();
    int to = Math.min(Math.min(text.length(), ev.end()), ref.span().end() + ROAD_REACH);
    for (Span words : RoadName.inText(roadWords, from, to)) {
      if (!words.contains(ref.span())) {
        continue;
      }
      String name = words.of(text);
      List<PlaceCandidate> c = places.locate(name, hints);
      if (!c.isEmpty() && c.get(0).place().featureCode().equals("RD")) {
        return e.withLocation(toRef(PlaceRef.named(name, words), c.get(0).place(), 2));
      }
    }
    return e;
  }

  /** How far from a place, in characters, the words of a road's name holding it may reach. */
  private static final int ROAD_REACH = 90;

  /** A resolved town or city inside the event's evidence, other than {@code except}. */
  private static Toponym townInside(Event e, List<Toponym> toponyms, Span except) {
    for (Toponym t : toponyms) {
      if (t.place() != null
          && e.evidence().contains(t.span())
          && !t.place().isRegion()
          && (except == null || !t.span().overlaps(except))) {
        return t;
      }
    }
    return null;
  }

  /**
   * The first toponym of the event's evidence read as a directional part of a first-level area
   * ("the western countryside of Daraa"; {@link PlaceResolver#isDirectionalPart}), other than the
   * one at {@code except}; null when there is none. A part is a region, which {@link #townInside}
   * skips, yet it says where in the governorate the event lies.
   */
  private static Toponym partInside(Event e, List<Toponym> toponyms, Span except) {
    for (Toponym t : toponyms) {
      if (t.place() != null
          && PlaceResolver.isDirectionalPart(t.place())
          && e.evidence().contains(t.span())
          && (except == null || !t.span().overlaps(except))) {
        return t;
      }
    }
    return null;
  }

  /**
   * True when the place's name is followed by "neighbourhood", "district", "quarter" and the like.
   */
  private static boolean neighbourhoodWordAfter(String text, PlaceRef ref) {
    if (ref.span() == null) {
      return false;
    }
    int from = Math.min(ref.span().end(), text.length());
    return NEIGHBOURHOOD.matcher(text).region(from, Math.min(text.length(), from + 20)).lookingAt();
  }

  /**
   * True when the place's name is followed by "neighbourhood" or "quarter": a part of a town, which
   * a look-alike far from the town the evidence names cannot be (unlike "X area", the land around a
   * place that may lie anywhere).
   */
  private static boolean quarterWordAfter(String text, PlaceRef ref) {
    if (ref.span() == null) {
      return false;
    }
    int from = Math.min(ref.span().end(), text.length());
    return QUARTER.matcher(text).region(from, Math.min(text.length(), from + 20)).lookingAt();
  }

  private static final Pattern QUARTER =
      Pattern.compile("\\s*(?:neighbou?rhoods?|quarter)\\b", Pattern.CASE_INSENSITIVE);

  /** True when "city" follows the name or "city of" precedes it. */
  private static boolean namedAsCity(String text, Span name) {
    int after = Math.min(name.end(), text.length());
    int before = Math.max(0, name.start() - 12);
    return CITY_AFTER.matcher(text).region(after, Math.min(text.length(), after + 8)).lookingAt()
        || CITY_OF_BEFORE.matcher(text).region(before, name.start()).find();
  }

  private static final Pattern CITY_AFTER =
      Pattern.compile("\\s+city\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern CITY_OF_BEFORE =
      Pattern.compile("\\bcity\\s+of\\s+$", Pattern.CASE_INSENSITIVE);

  private static PlaceRef toRef(PlaceRef ref, Place p, int precision) {
    return ref.withCoordinates(
        p.lat(),
        p.lon(),
        p.countryCode().isEmpty() ? null : p.countryCode(),
        p.admin1().isEmpty() ? null : p.admin1(),
        p.admin2().isEmpty() ? null : p.admin2(),
        precision);
  }
}
