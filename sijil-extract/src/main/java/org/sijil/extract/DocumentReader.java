package org.sijil.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sijil.extract.Lexicon.ActorEntry;
import org.sijil.extract.Lexicon.CueKind;
import org.sijil.extract.Lexicon.TriggerEntry;
import org.sijil.extract.Lexicon.TriggerKind;
import org.sijil.extract.Lexicon.WeaponEntry;
import org.sijil.model.Provenance;
import org.sijil.model.Span;
import org.sijil.model.event.ActorCategory;
import org.sijil.model.event.ActorRef;
import org.sijil.model.event.Attribution;
import org.sijil.model.event.Certainty;
import org.sijil.model.event.Count;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;
import org.sijil.model.event.EventDate;
import org.sijil.model.event.EventType;
import org.sijil.model.event.PlaceRef;
import org.sijil.model.event.SubEventType;
import org.sijil.model.event.Tag;
import org.sijil.model.event.TargetKind;
import org.sijil.model.event.TargetRef;
import org.sijil.model.time.TimeExpression;
import org.sijil.nlp.AnnotatedText;
import org.sijil.nlp.CalendarWords;
import org.sijil.nlp.DictionaryMatch;
import org.sijil.nlp.Digits;
import org.sijil.nlp.Layers;
import org.sijil.nlp.LetterCase;
import org.sijil.nlp.Quantity;
import org.sijil.nlp.Sentence;
import org.sijil.nlp.Token;
import org.sijil.nlp.WordSet;
import org.sijil.nlp.time.TimeExpressionRecognizer;

/**
 * Reads the events of one document. Holds per-document state (the last named armed actor for
 * back-references), so one instance serves one call; the extractor creates a new one each time.
 */
final class DocumentReader {

  static final String STAGE = "event-extractor";

  /** Longer lines without a full stop are cut-off body text, not headlines. */
  private static final int MAX_HEADLINE_WORDS = 20;

  /** Forms of "be" (and the passive's "get"); shared with {@link TargetReader}. */
  static final Set<String> BE =
      WordSet.of(
          "was", "were", "been", "being", "is", "are", "be", "get", "got", "gets", "getting");

  private static final Set<String> ADVERBS =
      WordSet.of(
          "reportedly",
          "allegedly",
          "subsequently",
          "also",
          "later",
          "then",
          "daily",
          "brutally",
          "summarily",
          "publicly",
          "all",
          "both",
          "recently",
          "apparently",
          "just",
          "already",
          "has",
          "have",
          "had",
          "fatally",
          "badly",
          "severely",
          "gravely",
          "mortally",
          "slightly",
          "moderately",
          "seriously",
          "critically",
          "lightly",
          "eventually",
          "again",
          "reported",
          "mistakenly",
          "deliberately",
          "not");
  private static final Set<String> CLAUSE_WORDS =
      WordSet.of(
          ";",
          ":",
          "where",
          "while",
          "whereas",
          "but",
          "after",
          "because",
          "since",
          "when",
          "before",
          "although",
          "though",
          "whereby",
          "despite",
          "amid");
  private static final Set<String> MEDIA_NOUNS =
      WordSet.of(
          "video",
          "videos",
          "clip",
          "clips",
          "footage",
          "images",
          "image",
          "photos",
          "photo",
          "pictures",
          "picture",
          "recording",
          "film",
          "tape");
  private static final Set<String> PREPOSITIONS =
      WordSet.of(
          "in", "near", "at", "from", "outside", "around", "inside", "into", "across", "towards",
          "toward", "on", "of");
  private static final Set<String> PLACE_NOUNS =
      WordSet.of(
          "city",
          "town",
          "village",
          "villages",
          "province",
          "governorate",
          "countryside",
          "district",
          "neighborhood",
          "neighbourhood",
          "area",
          "region",
          "suburbs",
          "outskirts",
          "camp",
          "desert",
          "municipality",
          "department",
          "state",
          "capital",
          "port",
          "valley",
          "hamlet",
          "sub-district",
          "countrysides",
          "prison",
          "township",
          "settlement",
          // plural and economic places a force takes ("recaptured several towns", "two oil fields")
          "towns",
          "cities",
          "districts",
          "areas",
          "regions",
          "provinces",
          "neighborhoods",
          "neighbourhoods",
          "field",
          "fields",
          "oilfield",
          "oilfields",
          "airport",
          "airbase");
  private static final Set<String> DIRECTIONS =
      WordSet.of(
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern",
          "central",
          "rural",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "downtown",
          "nearby");
  private static final Set<String> NOT_PLACES =
      CalendarWords.union(
          CalendarWords.MONTHS,
          CalendarWords.WEEKDAYS,
          List.of(
              "the",
              "this",
              "that",
              "these",
              "those",
              "a",
              "an",
              "his",
              "her",
              "their",
              "its",
              "our",
              "my",
              "despite",
              "and",
              "or",
              "of",
              "in",
              "on",
              "at",
              "to",
              "for",
              "by",
              "with",
              "from",
              "i",
              "we",
              "he",
              "she",
              "they",
              "it",
              "which",
              "who",
              "after",
              "before",
              "during",
              "since",
              "order",
              "addition",
              "particular",
              "general",
              "total",
              "response",
              "reality",
              "fact",
              "time",
              "recent",
              "last",
              "next",
              "first",
              "least",
              "most",
              "all",
              "some",
              "one",
              "two",
              "three",
              "dawn",
              "morning",
              "evening",
              "night",
              "afternoon",
              "today",
              "yesterday",
              "tomorrow",
              "mid",
              "early",
              "late",
              "front",
              "charge",
              "control",
              "power",
              "custody",
              "exchange",
              "retaliation",
              "english",
              "arabic",
              "collaboration",
              "cooperation",
              "coordination",
              "support",
              "turn",
              "spite"));
  private static final Set<String> FUNCTION_WORDS =
      WordSet.of(
          "the",
          "a",
          "an",
          "of",
          "to",
          "in",
          "on",
          "at",
          "by",
          "for",
          "from",
          "with",
          "and",
          "or",
          "but",
          "that",
          "which",
          "who",
          "as",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "has",
          "have",
          "had",
          "its",
          "their",
          "his",
          "her",
          "this",
          "these",
          "those",
          "into",
          "than",
          "not",
          "no",
          "so",
          "it",
          "they",
          "he",
          "she",
          "we",
          "will",
          "would",
          "can",
          "could",
          "after",
          "before",
          "since",
          "while",
          "about",
          "between",
          "under",
          "over",
          "all",
          "both",
          "during",
          "through",
          "against",
          "near",
          "also",
          "despite",
          "said",
          "says",
          "reported",
          "according",
          "where",
          "when",
          "there",
          "here",
          "what",
          "did",
          "do",
          "does",
          "two",
          "three",
          "one",
          "four",
          "five",
          "some",
          "several",
          "many",
          "other",
          "others",
          "today");

  /** The actor table's id for people named by their deed ("gunmen", "attackers", "bomber"). */
  private static final String UNIDENTIFIED_ACTOR = "unidentified";

  private static final Set<String> PARTICLES =
      WordSet.of(
          "al", "el", "ad", "ar", "as", "ash", "at", "az", "ed", "ez", "an", "adh", "ath", "es");
  private static final Set<String> SOURCE_WORDS =
      WordSet.of(
          "local",
          "sources",
          "source",
          "activists",
          "activist",
          "witnesses",
          "witness",
          "residents",
          "officials",
          "official",
          "observatory",
          "monitor",
          "media",
          "the",
          "of",
          "for",
          "rights",
          "human",
          "agency",
          "news",
          "state",
          "security",
          "military",
          "medical",
          "field",
          "a",
          "an",
          "spokesman",
          "spokesperson",
          "statement",
          "network");
  private static final List<String> COMMON_SUFFIXES =
      List.of(
          "tion", "sion", "ing", "ment", "ness", "ity", "ance", "ence", "ism", "ist", "ian", "ive",
          "ous", "ful", "less", "able", "ible", "ical", "ory", "ary", "ed", "ly", "ship", "hood",
          "ure", "age", "ery");
  private static final Set<String> CAPS_PREPOSITIONS =
      WordSet.of("in", "near", "at", "from", "outside", "around", "of");

  private static final Set<String> MILITARY_TARGETS =
      WordSet.of(
          "checkpoint",
          "checkpoints",
          "base",
          "bases",
          "post",
          "posts",
          "outpost",
          "barracks",
          "convoy",
          "patrol",
          "positions",
          "position",
          "garrison",
          "headquarters");
  private static final Set<String> NUMBER_WORDS =
      WordSet.of(
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "dozens",
          "hundreds",
          "thousands",
          "several",
          "many",
          "some",
          "dozen",
          "twenty",
          "fifty");

  /** Words that link a toll to its figure: "rose to 9", "put the toll at 9", "a toll of 9". */
  private static final Set<String> TOLL_LINKS =
      WordSet.of(
          "to", "at", "of", "reached", "hit", "passed", "exceeded", "surpassed", "is", "was");

  private static final Set<String> SUPPORT_PARTICIPLES =
      WordSet.of(
          "backed",
          "supported",
          "aided",
          "assisted",
          "helped",
          "escorted",
          "accompanied",
          "covered",
          "reinforced");
  // Participles of holding a place: "villages held by ISIS" names who holds them, not the attacker.
  private static final Set<String> HOLDING_PARTICIPLES =
      WordSet.of("held", "controlled", "occupied", "run", "ruled", "governed", "dominated");

  private static final Set<String> SUPPORT_NOUNS =
      WordSet.of("support", "backing", "help", "assistance", "cover", "aid");

  /** Words that make a toll a running total over a war or a period rather than one incident's. */
  private static final Set<String> CUMULATIVE_WORDS =
      WordSet.of(
          "war",
          "war's",
          "conflict",
          "conflict's",
          "uprising",
          "revolution",
          "crisis",
          "since",
          "year",
          "month",
          "months",
          "years",
          "total",
          "overall",
          "cumulative");

  /** Words that make a casualty figure a region's total ("across Syria"). */
  private static final Set<String> WIDE_AREA = WordSet.of("across", "throughout", "nationwide");

  /** Units of time that, after "in"/"within"/"during"/"over", make a figure a period's total. */
  private static final Set<String> PERIOD_UNITS =
      WordSet.of("days", "week", "weeks", "hours", "decade");

  private static final Set<String> PERIOD_PREPOSITIONS =
      WordSet.of("in", "within", "during", "over", "of");

  private static final Set<String> PERIOD_FILLERS =
      WordSet.of(
          "the",
          "a",
          "past",
          "last",
          "few",
          "several",
          "consecutive",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "ten");

  private static final Set<String> DETERMINERS =
      WordSet.of("the", "a", "an", "their", "his", "her", "its", "them", "this", "that", "these");

  /** Words that make the next word a noun; unlike DETERMINERS, no pronoun that can be an object. */
  private static final Set<String> NOUN_DETERMINERS =
      WordSet.of("the", "a", "an", "their", "its", "this", "these", "those");

  /** Prepositions through which an event noun takes its target or opponent. */
  private static final Set<String> OBJECT_LINKS =
      WordSet.of(
          "of",
          "on",
          "against",
          "targeting",
          "at",
          "upon",
          "into",
          "with",
          "between",
          "near",
          // the possessive: "the attack's victims", "the assassinations' official"
          "'",
          "\u2019",
          "'s",
          "\u2019s");

  /** Pronouns and quantifiers: closed classes, never a name, in any letter case. */
  private static final Set<String> CLOSED_CLASS =
      WordSet.of(
          "him",
          "them",
          "us",
          "me",
          "my",
          "our",
          "your",
          "itself",
          "himself",
          "themselves",
          "another",
          "same",
          "other",
          "such",
          "each",
          "every",
          "any",
          "many",
          "more",
          "most",
          "several");

  /** Spanish plural articles, which open place names ("Los Altos") in Latin American reports. */
  private static final Set<String> PLURAL_ARTICLES = WordSet.of("los", "las");

  /** Verbs that tell of an event; their subject is a source, not an actor. */
  private static final Set<String> REPORTING_VERBS =
      WordSet.of(
          "said",
          "says",
          "say",
          "reported",
          "reports",
          "report",
          "confirmed",
          "confirms",
          "stated",
          "states",
          "announced",
          "announces",
          "told",
          "indicated",
          "explained",
          "added",
          "noted",
          "disclosed",
          "revealed");

  /** People who speak for a group: the group before them is a source, not an actor. */
  private static final Set<String> SPOKESPEOPLE =
      WordSet.of("spokesman", "spokesmen", "spokeswoman", "spokeswomen", "spokesperson");

  /** A mention after these is a complement, not the subject of the reporting verb. */
  private static final Set<String> SPEAKER_PREPOSITIONS =
      WordSet.of("of", "from", "within", "in", "at", "for", "inside", "close", "near");

  /** Words between a source and its reporting verb: "police sources have reported". */
  private static final Set<String> SPEAKER_FILLERS =
      WordSet.of(
          "sources",
          "source",
          "spokesman",
          "spokesmen",
          "spokeswoman",
          "spokesperson",
          "officials",
          "have",
          "has",
          "had",
          "also",
          "today",
          "yesterday",
          "later");

  /** Last words of the names of armed organisations ("... Liberation Front"). */
  private static final Set<String> ARMED_ORG_HEADS =
      WordSet.of("front", "movement", "commando", "commandos", "brigade", "brigades", "cartel");

  private static final Set<String> SUBJECT_PRONOUNS = WordSet.of("they", "he", "she", "it");

  /** Pronouns and question words that end a passive's subject phrase ("how I was tortured"). */
  private static final Set<String> NOT_SUBJECT_WORDS =
      WordSet.of("i", "we", "you", "how", "when", "where", "why", "what", "whose", "whom");

  /** Words of a means between an actor modifier and its attack noun ("Russian air raids"). */
  private static final Set<String> MODIFIED_WEAPON_WORDS =
      WordSet.of("air", "aerial", "drone", "artillery", "rocket", "missile", "mortar", "car");

  private static final Set<String> OBJECT_PRONOUNS = WordSet.of("them", "him", "her");

  // Verbs whose subject is the side harmed: "X suffered (sustained, incurred) casualties".
  private static final Set<String> SUFFER_VERBS =
      WordSet.of("suffered", "suffers", "suffer", "sustained", "sustains", "incurred", "endured");

  // Transitive verbs of violence whose object is the side attacked, never the attacker: past
  // forms, and the third-person forms headlines use where they are rarely nouns before a name.
  private static final Set<String> ATTACK_VERBS =
      WordSet.of(
          "struck",
          "strikes",
          "hit",
          "hits",
          "bombed",
          "bombs",
          "shelled",
          "targeted",
          "targets",
          "attacked",
          "pounded",
          "pounds",
          "raided",
          "ambushed",
          "stormed",
          "besieged",
          "rocketed",
          "strafed",
          "killed",
          "kills",
          "wounded",
          "fought");

  /** A mention of an actor in the text, resolved. */
  private record Mention(
      int first, int end, ActorRef ref, boolean armed, boolean authority, boolean generic) {}

  /**
   * A claim of responsibility: who claimed, the type of the event it names (null when it names
   * none) and whether it names several ("the attacks").
   */
  private record PendingClaim(
      int sentenceIndex, ActorRef claimant, EventType type, boolean several) {}

  /** A tag cue with no fitting event in its sentence, e.g. a ransom paid a sentence later. */
  private record PendingCue(int sentenceIndex, TriggerEntry cue) {}

  /** A place read from syntax. */
  private record PlaceMention(int first, int end, PlaceRef place) {}

  /** One event being assembled; mutable, never leaves this class. */
  private static final class Candidate {
    SubEventType subType;
    final EnumSet<Tag> tags = EnumSet.noneOf(Tag.class);
    TriggerEntry entry;
    boolean outcome;

    /** Its killed count is a toll statement ("the death toll rose to 9", "put the toll at 14"). */
    boolean toll;

    /** The toll statement says the toll rose ("rose to", "has risen to", "climbed to"). */
    boolean tollRose;

    int trigFirst;
    int trigEnd;
    Span trigger;
    Sentence sentence;
    int sentenceIndex;
    int clauseStart;
    int clauseEnd;
    ActorRef perp;
    boolean perpInferred;
    boolean perpAuthority;
    ActorRef victim;
    boolean victimArmed;

    /** What the event hit or damaged: a building, a vehicle, infrastructure. */
    TargetRef target;

    /** The trigger itself acts on the target (not a damage verb elsewhere in the sentence). */
    boolean targetDirect;

    final EnumMap<CountKind, Count> counts = new EnumMap<>(CountKind.class);
    PlaceRef place;

    /** The place came from elsewhere in the sentence, not the trigger's clause. */
    boolean placeWeak;

    /** The clause names a kind of place ("several villages") without naming it. */
    boolean placeNoun;

    /** The clause names what the event acts on: the weapons seized, the shops looted. */
    boolean theme;

    /** Casualty words only, in a sentence about a disaster or an accident. */
    boolean nonviolentCause;

    /** The sentence is a headline: a news item by convention, even when it names little. */
    boolean headline;

    /**
     * The mention gives the reason or the setting of another event ("in retaliation for a gas
     * attack", "despite air strikes", "rallied to mourn those killed"): it is less salient.
     */
    boolean background;

    EventDate date;
    Certainty certainty = Certainty.ASSERTED;
    Attribution attribution;
    double prior;

    /** The clause names who tells of the event ("police said"), not who did it. */
    boolean namedSource;

    double argScore() {
      double s = 0;
      // a named source vouches for the event as an actor would
      s += perp == null ? (namedSource ? 1 : 0) : perpInferred ? 0.5 : 1;
      // a thing hit stands in for the people hit: the event's object either way
      s += victim != null || target != null && targetDirect && !theme ? 1 : 0;
      s += counts.isEmpty() ? 0 : 1;
      s += place == null ? 0 : 1;
      s += tags.contains(Tag.RECURRING) ? 0.5 : 0;
      s += theme ? 1 : 0;
      s += date != null && date.span() != null ? 0.5 : 0;

      return s;
    }
  }

  private final Lexicon lexicon;
  private final AnnotatedText doc;
  private final String raw;
  private final List<Token> tokens;
  private final TimeExpressionRecognizer timeRecognizer;
  private final PlaceResolver placeResolver;
  private final boolean caseFolded;
  private final Provenance provenance;

  /**
   * {@link #isNameToken} by token index: 0 not yet asked, 1 no, 2 yes. The answer depends only on
   * the token and the document, and the place scan asks it of the same tokens many times.
   */
  private final byte[] nameToken;

  // cumulative(k), memoised: each casualty candidate's checks read the whole sentence again.
  private final byte[] cumulativeToken;

  // placeNounOfClause(k), memoised: each candidate reads its whole clause again.
  private final byte[] placeNounToken;

  // aggregateWords(k), memoised: each casualty candidate's aggregate() reads the whole sentence.
  private final byte[] aggregateWordToken;

  private Mention lastArmed;
  private int lastArmedSentence = -100;

  /** The last named armed actor before the current sentence. */
  private Mention salient;

  private int salientSentence = -100;
  private List<Mention> currentMentions = List.of();
  private List<DictionaryMatch<TriggerEntry>> currentTriggers = List.of();
  private List<DictionaryMatch<TargetKind>> currentTargets = List.of();
  private final TargetReader targetReader;
  private final List<PendingCue> pendingCues = new ArrayList<>();
  private final List<PendingClaim> pendingClaims = new ArrayList<>();

  /** Acronyms the document defined for groups not in the actor table: "(PLF)" after the name. */
  private final Map<String, ActorRef> acronyms = new HashMap<>();

  DocumentReader(
      Lexicon lexicon,
      AnnotatedText doc,
      TimeExpressionRecognizer timeRecognizer,
      PlaceResolver placeResolver) {
    this.lexicon = lexicon;
    this.doc = doc;
    this.raw = doc.raw();
    this.tokens = doc.get(Layers.TOKENS);
    this.timeRecognizer = timeRecognizer;
    this.placeResolver = placeResolver;
    this.caseFolded = mostlyUpperCase(raw);
    this.provenance = new Provenance(STAGE, lexicon.version);
    this.nameToken = new byte[tokens.size()];
    this.cumulativeToken = new byte[tokens.size()];
    this.placeNounToken = new byte[tokens.size()];
    this.aggregateWordToken = new byte[tokens.size()];
    this.targetReader = new TargetReader(raw, tokens);
  }

  /** True when letters are mostly capitals: case then says nothing about names. */
  static boolean mostlyUpperCase(String s) {
    // Three capitals to a small letter (the geoparser, reading names, asks for ten).
    return LetterCase.mostlyCapitals(s, 3);
  }

  ExtractionResult read(LocalDate documentDate) {
    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    List<Quantity> quantities = doc.get(Layers.QUANTITIES);
    List<TimeExpression> times =
        timeRecognizer == null ? List.of() : timeRecognizer.recognize(raw, documentDate);
    PlaceRef dateline = dateline();
    List<Candidate> all = new ArrayList<>();
    int q = 0;
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      List<Quantity> sq = new ArrayList<>();
      while (q < quantities.size() && quantities.get(q).firstToken() < s.endToken()) {
        if (quantities.get(q).firstToken() >= s.firstToken()) {
          sq.add(quantities.get(q));
        }
        q++;
      }
      boolean headline = headline(s, si, sentences.size());
      for (Candidate c : readSentence(si, s, sq, times)) {
        c.headline = headline;
        all.add(c);
      }
    }
    if (dateline != null) {
      for (Candidate c : all) {
        if (c.place == null) {
          c.place = placeResolver == null ? dateline : placeResolver.resolve(dateline, raw);
          c.placeWeak = true;
        }
      }
    }
    for (PendingCue p : pendingCues) {
      // the latest earlier event it fits, within three sentences
      for (int i = all.size() - 1; i >= 0; i--) {
        Candidate c = all.get(i);
        if (c.sentenceIndex < p.sentenceIndex()
            && p.sentenceIndex() - c.sentenceIndex <= 3
            && addCueTags(c, p.cue())) {
          break;
        }
      }
    }
    attachFollowingCasualties(all);
    updateTolls(all);
    meansTakenUp(all);
    attachClaims(all);
    List<Candidate> happened = new ArrayList<>();
    List<Candidate> setAside = new ArrayList<>();
    for (Candidate c : all) {
      // a protest is public by nature: one argument (who, where, how many) places it
      // so is an arrest of someone or a seizure of named weapons
      double needed =
          c.subType.type() == EventType.PROTESTS
                  || c.subType.type() == EventType.RIOTS
                  || c.subType == SubEventType.ARRESTS && c.victim != null
                  || c.subType == SubEventType.DISRUPTED_WEAPONS_USE && c.theme
                  // a headline reports a news event; it names one thing about it at most
                  || c.headline
              ? 1
              // an unambiguous trigger ("gang-raped", "chemical attack") vouches for part of the
              // case
              : EventScoring.argumentsNeeded(c.prior);
      boolean enough =
          !c.nonviolentCause
              && c.argScore() >= needed
              && (!EventScoring.isTerritorial(c.subType)
                  || (c.place != null && !c.placeWeak || c.placeNoun)
                      && c.perp != null
                      && !c.perpInferred);
      (c.certainty.happened() && enough ? happened : setAside).add(c);
    }
    List<Candidate> merged = mergeDocument(happened);
    List<Event> events = new ArrayList<>();
    for (Candidate c : merged) {
      events.add(toEvent(c));
    }
    events.sort(EventScoring.MOST_SALIENT_FIRST);
    List<Event> aside = new ArrayList<>();
    for (Candidate c : setAside) {
      aside.add(toEvent(c));
    }
    return new ExtractionResult(events, aside);
  }

  /**
   * "X claimed responsibility for the attack": the claimant is the perpetrator of the events the
   * claim names in its own sentence, and of the latest earlier event of a fitting type (the same,
   * or violent for a violent claim) within five sentences that names no perpetrator (of each such
   * event since the last one that names one, when the claim names several: "the attacks").
   */
  private void claimed(
      int si, ClaimReader.Claim claim, List<Mention> mentions, List<Candidate> out) {
    ActorRef claimant = null;
    for (Mention m : mentions) {
      if (m.end == claim.subjectEnd() && m.first >= claim.subjectFirst() - 1) {
        // the phrase's head is an actor ("the group", "ISIS"): the table's or a back-reference's
        // answer wins; a word of a longer name ("the guerrilla movement X") does not
        claimant = m.ref;
      }
    }
    if (claimant == null) {
      // whoever claims an attack is an armed group, whether or not the actor table knows it
      Span span =
          new Span(
              tokens.get(claim.subjectFirst()).span().start(),
              tokens.get(claim.subjectEnd() - 1).span().end());
      claimant = new ActorRef(span.of(raw), span, null, ActorCategory.REBEL_GROUP);
    }
    EventType type = null;
    boolean several = false;
    for (Candidate c : out) {
      if (c.trigFirst <= claim.verb()) {
        continue;
      }
      if (type == null) {
        type = c.subType.type();
        String word = norm(c.trigEnd - 1);
        several = word.endsWith("s") && !word.endsWith("ss");
      }
      if (c.perp == null || c.perpInferred) {
        c.perp = claimant;
        c.perpInferred = false;
        c.perpAuthority = false;
      }
    }
    pendingClaims.add(new PendingClaim(si, claimant, type, several));
  }

  private void attachClaims(List<Candidate> all) {
    for (PendingClaim p : pendingClaims) {
      for (int i = all.size() - 1; i >= 0; i--) {
        Candidate c = all.get(i);
        if (c.sentenceIndex >= p.sentenceIndex()) {
          continue;
        }
        if (p.sentenceIndex() - c.sentenceIndex > 5) {
          break;
        }
        // "claimed the attack" fits a bombing as well: any violent event for a violent claim
        EventType t = c.subType.type();
        boolean fits = t == p.type() || t.isViolent() && (p.type() == null || p.type().isViolent());
        if (!fits) {
          continue;
        }
        if (c.perp != null && !c.perpInferred) {
          break; // the latest such event names its doer: the claim is about that one
        }
        c.perp = p.claimant();
        c.perpInferred = false;
        c.perpAuthority = false;
        if (!p.several()) {
          break;
        }
      }
    }
  }

  /**
   * "Artillery pounded the group's positions. A number of its fighters were killed": casualty words
   * alone, with nobody named doing harm, in the sentence right after a battle or a remote attack
   * report that event's casualties, not a new attack.
   */
  private static void attachFollowingCasualties(List<Candidate> all) {
    for (int i = all.size() - 1; i >= 0; i--) {
      Candidate c = all.get(i);
      if (!c.outcome || c.perp != null || !c.certainty.happened() || c.nonviolentCause) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Candidate p = all.get(j);
        if (p.sentenceIndex < c.sentenceIndex - 1) {
          break;
        }
        EventType t = p.subType.type();
        if (p.sentenceIndex == c.sentenceIndex - 1
            && !p.outcome
            && p.certainty.happened()
            && (t == EventType.BATTLES || t == EventType.EXPLOSIONS_REMOTE_VIOLENCE)
            && !conflict(p, c)) {
          absorb(p, c);
          all.remove(i);
          break;
        }
      }
    }
  }

  /**
   * A toll statement with no perpetrator of its own ("The death toll rose to 9") in one of the two
   * sentences after an incident with a killed count updates that count instead of being an
   * incident. Repeated tolls of one incident never add up: a toll that rose replaces by the maximum
   * ({@link #largerToll}); tolls that merely differ give a range ({@link #tollRange}). Not across a
   * conflicting place or victim group.
   */
  private static void updateTolls(List<Candidate> all) {
    for (int i = all.size() - 1; i >= 0; i--) {
      Candidate c = all.get(i);
      Count toll = c.counts.get(CountKind.KILLED);
      if (!c.toll || toll == null || c.perp != null && !c.perpInferred) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Candidate p = all.get(j);
        if (p.sentenceIndex < c.sentenceIndex - 2) {
          break;
        }
        Count before = p.counts.get(CountKind.KILLED);
        if (p.sentenceIndex < c.sentenceIndex
            && before != null
            && p.certainty.happened()
            && !p.tags.contains(Tag.AGGREGATE)
            && !conflictBesidesCounts(p, c)) {
          p.counts.put(
              CountKind.KILLED, c.tollRose ? largerToll(before, toll) : tollRange(before, toll));
          c.counts.remove(CountKind.KILLED);
          absorb(p, c);
          all.remove(i);
          break;
        }
      }
    }
  }

  /**
   * Two tolls of one incident: the larger minimum and the larger maximum, with the span and flags
   * of the figure that gave the larger minimum (the later one on a tie: a toll that "rose to" a
   * figure is the newer word).
   */
  static Count largerToll(Count earlier, Count later) {
    Count lead = later.min() >= earlier.min() ? later : earlier;
    return new Count(
        Math.max(earlier.min(), later.min()),
        Math.max(earlier.max(), later.max()),
        lead.recurring(),
        lead.approximate(),
        lead.span());
  }

  /**
   * Two tolls of one incident that differ without one saying the toll rose ("at least 11 were
   * killed ... a monitor put the toll at 14"): a range from the lower minimum to the higher
   * maximum, approximate, with the earlier figure's span.
   */
  static Count tollRange(Count earlier, Count later) {
    return new Count(
        Math.min(earlier.min(), later.min()),
        Math.max(earlier.max(), later.max()),
        earlier.recurring() || later.recurring(),
        earlier.approximate() || later.approximate() || !sameFigure(earlier, later),
        earlier.span());
  }

  private static boolean sameFigure(Count a, Count b) {
    return a.min() == b.min() && a.max() == b.max();
  }

  /** {@link #conflict} but for counts and dates, which a later toll is expected to change. */
  private static boolean conflictBesidesCounts(Candidate a, Candidate b) {
    return conflict(a, b, false);
  }

  /**
   * "Police posts were hit by attacks in three towns. The attacks were carried out with grenades":
   * a definite event noun in the next sentence whose means the sentence names takes the earlier
   * attack up, and the means decides its sub-type (rule 2: the most specific wins). The later
   * mention's arguments join the earlier event.
   */
  private void meansTakenUp(List<Candidate> all) {
    for (int i = all.size() - 1; i >= 0; i--) {
      Candidate c = all.get(i);
      if (c.entry.subType() != SubEventType.ATTACK
          || c.subType.type() != EventType.EXPLOSIONS_REMOTE_VIOLENCE
          || !c.certainty.happened()
          || !definiteNoun(c)) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Candidate p = all.get(j);
        if (p.sentenceIndex < c.sentenceIndex - 1) {
          break;
        }
        if (p.sentenceIndex == c.sentenceIndex - 1
            && p.subType == SubEventType.ATTACK
            && p.certainty.happened()
            && !conflict(p, c)) {
          p.subType = c.subType;
          absorb(p, c);
          all.remove(i);
          break;
        }
      }
    }
  }

  /** "the attacks", "these attacks": a noun that refers back to an event told before. */
  private boolean definiteNoun(Candidate c) {
    if (c.trigFirst <= c.clauseStart) {
      return false;
    }
    String d = norm(c.trigFirst - 1);
    return d.equals("the") || d.equals("these") || d.equals("those");
  }

  /**
   * A headline: a short first line without closing punctuation, alone or above the body ("Clashes
   * continue in the countryside of Homs"). Present tense, no subject and plural nouns are its
   * style; it reports that something happened, so it needs fewer arguments than body text.
   */
  private boolean headline(Sentence s, int si, int sentenceCount) {
    if (si != 0) {
      return false;
    }
    int words = 0;
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      words += tokens.get(k).isWord() ? 1 : 0;
    }
    String last = norm(s.endToken() - 1);
    boolean closed = last.equals(".") || last.equals("!") || last.equals("?") || last.equals("…");
    int end = s.span().end();
    boolean ownLine = sentenceCount == 1 || end < raw.length() && raw.charAt(end) == '\n';
    for (int i = end; !ownLine && i < raw.length() && Character.isWhitespace(raw.charAt(i)); i++) {
      ownLine = raw.charAt(i) == '\n';
    }
    return !closed && ownLine && words >= 2 && words <= MAX_HEADLINE_WORDS;
  }

  /** "BEIRUT (Reuters) -", "ISLAMABAD -": a capitalised place opening the text. */
  private PlaceRef dateline() {
    int k = 0;
    while (k < tokens.size() && k < 4 && tokens.get(k).isWord() && tokens.get(k).isAllCaps()) {
      k++;
    }
    if (k == 0 || k >= tokens.size() || caseFolded) {
      return null;
    }
    String next = tokens.get(k).norm();
    if (!next.equals("-") && !next.equals("(") && !next.equals(",") && !next.equals(":")) {
      return null;
    }
    Span span = new Span(tokens.get(0).span().start(), tokens.get(k - 1).span().end());
    return PlaceRef.named(span.of(raw), span);
  }

  // ---------------------------------------------------------------- sentence level

  private List<Candidate> readSentence(
      int si, Sentence s, List<Quantity> quantities, List<TimeExpression> times) {
    int a = s.firstToken();
    int b = s.endToken();
    salient = lastArmed;
    salientSentence = lastArmedSentence;
    List<Mention> mentions = mentions(si, a, b);
    currentMentions = mentions;
    List<DictionaryMatch<TriggerEntry>> triggers =
        lexicon.triggers.match(raw, tokens, a, b, caseFolded);
    List<DictionaryMatch<WeaponEntry>> weapons =
        lexicon.weapons.match(raw, tokens, a, b, caseFolded);
    List<DictionaryMatch<CueKind>> cues = lexicon.cues.match(raw, tokens, a, b, caseFolded);
    boolean nonviolentCause = false;
    for (DictionaryMatch<CueKind> m : cues) {
      nonviolentCause |= m.value() == CueKind.NONVIOLENT_CAUSE;
    }
    // only a trigger's choice of entry asks for the sentence's words
    Set<String> words = triggers.isEmpty() ? Set.of() : words(a, b);
    int[] clauseStart = new int[b - a];
    int[] clauseEnd = new int[b - a];
    clauses(a, b, clauseStart, clauseEnd);
    List<PlaceMention> places = withoutTimes(places(a, b, mentions), times);

    List<DictionaryMatch<TriggerEntry>> accepted = new ArrayList<>();
    // each trigger's entry, chosen once: the loop after this one needs the same choice
    TriggerEntry[] chosen = new TriggerEntry[triggers.size()];
    for (int ti = 0; ti < triggers.size(); ti++) {
      DictionaryMatch<TriggerEntry> m = triggers.get(ti);
      // "targeted Russia with sanctions", "attacked the decision": no violence at all
      TriggerEntry e =
          nonViolentSense(m) ? null : choose(m, contextWords(words, m, mentions), words);
      chosen[ti] = e;
      if (e != null
          && e.kind() != TriggerKind.TAG
          && !insideMention(m, mentions)
          && !followedByMediaNoun(m)) {
        accepted.add(m);
      }
    }
    currentTriggers = accepted;
    mentions = withModifierActors(mentions, accepted, chosen, triggers, a);
    currentMentions = mentions;
    currentTargets = lexicon.targets.match(raw, tokens, a, b, caseFolded);
    List<Candidate> events = new ArrayList<>();
    List<Candidate> outcomes = new ArrayList<>();
    List<DictionaryMatch<TriggerEntry>> tagCues = new ArrayList<>();
    Candidate previous = null;
    for (int ti = 0; ti < triggers.size(); ti++) {
      DictionaryMatch<TriggerEntry> m = triggers.get(ti);
      TriggerEntry e = chosen[ti];
      if (e == null || insideMention(m, mentions) || followedByMediaNoun(m)) {
        continue;
      }
      if (e.kind() == TriggerKind.TAG) {
        tagCues.add(m);
        continue;
      }
      if (e.subType() == SubEventType.CHEMICAL_WEAPON && facilityAfter(m.endToken())) {
        continue; // "struck chemical weapons facilities": a target, not a chemical attack
      }
      Candidate c = new Candidate();
      c.entry = e;
      c.outcome = e.kind() == TriggerKind.OUTCOME;
      c.subType = c.outcome ? SubEventType.ATTACK : e.subType();
      c.tags.addAll(e.tags());
      c.prior = e.prior();
      c.trigFirst = m.firstToken();
      c.trigEnd = m.endToken();
      c.trigger = m.span();
      c.sentence = s;
      c.sentenceIndex = si;
      c.clauseStart = clauseStart[m.firstToken() - a];
      c.clauseEnd = clauseEnd[m.firstToken() - a];
      c.certainty = modality(c, cues, a);
      c.background = background(c);
      arguments(c, previous, mentions, quantities, places, a);
      oneMentionOneSide(c);
      recurrence(c, cues, quantities);
      aggregate(c, places);
      attribution(c, cues, mentions, a, b);
      date(c, times);
      (c.outcome ? outcomes : events).add(c);
      previous = c;
    }
    // a figure a casualty word states is that word's, whichever event word took it first: "an
    // air strike killed three fighters ... and two civilians were wounded" is killed 3, injured 2
    for (Candidate o : outcomes) {
      for (Map.Entry<CountKind, Count> oc : o.counts.entrySet()) {
        for (Candidate e : events) {
          e.counts
              .entrySet()
              .removeIf(
                  tc ->
                      tc.getKey() != oc.getKey()
                          && oc.getValue().span().contains(tc.getValue().span()));
        }
      }
    }
    for (Candidate o : outcomes) {
      Candidate target = nearest(events, o);
      boolean casualties =
          !nonviolentCause
              && (o.entry.count() == CountKind.KILLED || o.entry.count() == CountKind.INJURED);
      if (target != null && o.background && target.subType.type() == EventType.PROTESTS) {
        // "rallied to mourn those killed last month": the deaths are the protest's reason, and
        // the protesters are not who killed
        target = null;
        o.perp = null;
        o.perpInferred = false;
        o.perpAuthority = false;
      }
      if (target != null
          && target.subType == SubEventType.LOOTING_PROPERTY_DESTRUCTION
          && casualties) {
        // people killed are no property destroyed: the casualties are the event, and the
        // damage joins it when the sentence is merged
        target = null;
      }
      if (target != null) {
        boolean victimsProtest =
            o.victim == null || o.victim.category() == ActorCategory.PROTESTERS;
        if (target.subType.type() == EventType.PROTESTS
            && victimsProtest
            && !nonviolentCause
            && (o.entry.count() == CountKind.KILLED || o.entry.count() == CountKind.INJURED)) {
          // protesters killed or hurt at a protest: force against them
          target.subType = SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
        }
        // the casualty word says what a figure counts: "injuring four" is four injured
        // (also a part of it: "three soldiers and two civilians were killed" sums both groups)
        for (Count oc : o.counts.values()) {
          target.counts.values().removeIf(tc -> oc.span().contains(tc.span()));
        }
        absorb(target, o);
      } else {
        events.add(o);
      }
    }
    // several casualty words and nothing else: one event
    List<Candidate> merged = new ArrayList<>();
    for (Candidate c : events) {
      Candidate into = null;
      for (Candidate m : merged) {
        if (m.outcome && c.outcome) {
          into = m;
        }
      }
      if (into != null) {
        absorb(into, c);
      } else {
        merged.add(c);
      }
    }
    for (Candidate c : merged) {
      refineSubType(c, weapons, cues);
      c.theme = theme(c, weapons);
      // casualty words or a bare explosion with nobody doing harm, in a sentence about a
      // disaster or an industrial accident, are not political violence
      c.nonviolentCause =
          (c.outcome || c.entry.subType() == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED)
              && c.perp == null
              && cues.stream().anyMatch(m -> m.value() == CueKind.NONVIOLENT_CAUSE);
    }
    for (Candidate c : merged) {
      for (Candidate d : merged) {
        if (c.subType.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE
            && !c.counts.containsKey(CountKind.KILLED)
            && !c.counts.containsKey(CountKind.INJURED)
            && d.subType == SubEventType.DISRUPTED_WEAPONS_USE
            && d.clauseStart == c.clauseStart
            && d.trigEnd <= c.trigFirst) {
          // "destroyed 300 mines and 200 explosive devices": the object of a disruption
          c.subType = SubEventType.DISRUPTED_WEAPONS_USE;
        }
      }
    }
    for (DictionaryMatch<TriggerEntry> t : tagCues) {
      boolean used = false;
      for (Candidate c : merged) {
        used |= addCueTags(c, t.value());
      }
      if (!used) {
        pendingCues.add(new PendingCue(si, t.value()));
      }
    }
    List<Candidate> out = mergeSentence(merged);
    ClaimReader.Claim claim = ClaimReader.find(tokens, a, b);
    if (claim != null) {
      claimed(si, claim, mentions, out);
    }
    return out;
  }

  /** The distinct normalised forms of tokens [a, b). */
  private Set<String> words(int a, int b) {
    return new SentenceWords(tokens, a, b);
  }

  /**
   * The distinct normalised forms of tokens [a, b), collected when first asked for: most triggers
   * take an entry without context words and never ask. Read-only; one sentence's, one thread's.
   */
  static final class SentenceWords extends java.util.AbstractSet<String> {
    private final List<Token> tokens;
    private final int a;
    private final int b;
    private Set<String> words;

    SentenceWords(List<Token> tokens, int a, int b) {
      this.tokens = tokens;
      this.a = a;
      this.b = b;
    }

    private Set<String> words() {
      if (words == null) {
        Set<String> w = new HashSet<>(Math.max(16, (int) ((b - a) / 0.75f) + 1));
        for (int k = a; k < b; k++) {
          w.add(tokens.get(k).norm());
        }
        words = java.util.Collections.unmodifiableSet(w);
      }
      return words;
    }

    @Override
    public boolean contains(Object o) {
      return words().contains(o);
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return words().iterator();
    }

    @Override
    public int size() {
      return words().size();
    }
  }

  /**
   * {@code words} without the normalised forms of tokens [first, end), read through rather than
   * copied: most triggers never ask. Read-only.
   */
  static final class WithoutSubject extends java.util.AbstractSet<String> {
    private final List<Token> tokens;
    private final Set<String> words;
    private final int first;
    private final int end;
    private Set<String> copy;

    WithoutSubject(List<Token> tokens, Set<String> words, int first, int end) {
      this.tokens = tokens;
      this.words = words;
      this.first = first;
      this.end = end;
    }

    private String norm(int k) {
      return k >= 0 && k < tokens.size() ? tokens.get(k).norm() : "";
    }

    @Override
    public boolean contains(Object o) {
      if (!words.contains(o)) {
        return false;
      }
      for (int k = first; k < end; k++) {
        if (norm(k).equals(o)) {
          return false;
        }
      }
      return true;
    }

    private Set<String> copy() {
      if (copy == null) {
        Set<String> w = new HashSet<>(words);
        for (int k = first; k < end; k++) {
          w.remove(norm(k));
        }
        copy = java.util.Collections.unmodifiableSet(w);
      }
      return copy;
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return copy().iterator();
    }

    @Override
    public int size() {
      return copy().size();
    }
  }

  /** True when one of {@code context} is in {@code words}; a loop, not a stream, per trigger. */
  private static boolean anyIn(Set<String> context, Set<String> words) {
    for (String c : context) {
      if (words.contains(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentence's words as context for a trigger, without its subject's ("fighters captured the
   * town" is about a town, not about fighters).
   */
  private Set<String> contextWords(
      Set<String> words, DictionaryMatch<?> m, List<Mention> mentions) {
    for (Mention x : mentions) {
      if (x.end == m.firstToken()) {
        return new WithoutSubject(tokens, words, x.first, x.end);
      }
    }
    return words;
  }

  /**
   * The first entry of a trigger whose context words occur in the sentence ({@code words}: without
   * the trigger's subject, {@code allWords}: with it); for a change of territory, next to the
   * trigger ("seized the town", "the town was seized"), since a town named elsewhere in the
   * sentence says nothing about what was seized.
   */
  private TriggerEntry choose(
      DictionaryMatch<TriggerEntry> m, Set<String> words, Set<String> allWords) {
    for (TriggerEntry e : m.values()) {
      if (e.context().isEmpty()) {
        return e;
      }
      if (e.subType() == SubEventType.AIR_DRONE_STRIKE
          || e.subType() == SubEventType.VIOLENT_DEMONSTRATION) {
        // the aircraft or the demonstrators define the type, and are often the subject ("jets
        // bomb", "demonstrators pulled down")
        if (anyIn(e.context(), allWords)) {
          return e;
        }
        continue;
      }
      if (e.subType() == SubEventType.DISRUPTED_WEAPONS_USE
          && norm(m.firstToken()).equals("destroyed")) {
        // weapons destroyed are taken out of use when they are the object ("destroyed 300 mines",
        // "mines were destroyed"); as the subject they did the destroying ("an explosive device
        // destroyed a car"). Finding and seizing verbs never take a weapon as subject.
        if (weaponObject(m, e.context())) {
          return e;
        }
        continue;
      }
      if (e.subType() != null && EventScoring.isTerritorial(e.subType())) {
        for (int k = Math.max(0, m.firstToken() - 5);
            k < Math.min(tokens.size(), m.endToken() + 5);
            k++) {
          if (e.context().contains(norm(k))) {
            return e;
          }
        }
      } else if (anyIn(e.context(), words)) {
        return e;
      }
    }
    return null;
  }

  /**
   * A verb of violence used in another sense, told by what it acts on (docs/ontology.md, "Events,
   * round 8", rule 2): its object is a thing no weapon reaches ("attacked the decision", "struck a
   * deal", "shot a film"), or its instrument is a measure, not a weapon ("targeted Russia with
   * sanctions", "was hit with a lawsuit"). Only the words after the verb, up to the clause's first
   * punctuation, are read: cues before the trigger miss these senses.
   */
  private boolean nonViolentSense(DictionaryMatch<TriggerEntry> m) {
    if (!VIOLENT_VERBS.contains(norm(m.firstToken()))) {
      return false;
    }
    int end = Math.min(tokens.size(), m.endToken() + 10);
    int k = m.endToken();
    while (k < end && tokens.get(k).isWord() && OBJECT_OPENERS.contains(norm(k))) {
      k++; // "the", "a", "its", "new", "the government's"
    }
    for (int skipped = 0; k < end && tokens.get(k).isWord() && skipped < 3; skipped++, k++) {
      if (UNHARMED_OBJECTS.contains(norm(k))) {
        return true; // the object's head, after up to two modifiers ("the new trade deal")
      }
    }
    for (int j = m.endToken(); j < end && tokens.get(j).isWord(); j++) {
      if (INSTRUMENT_MARKERS.contains(norm(j))) {
        for (int i = j + 1; i < Math.min(end, j + 4) && tokens.get(i).isWord(); i++) {
          if (MEASURES.contains(norm(i))) {
            return true; // "with sanctions", "with new tariffs", "by a lawsuit"
          }
        }
      }
    }
    return false;
  }

  // Verbs of violence that also have senses without it (the triggers' first words).
  private static final Set<String> VIOLENT_VERBS =
      WordSet.of(
          "target",
          "targets",
          "targeted",
          "targeting",
          "hit",
          "hits",
          "struck",
          "strikes",
          "attack",
          "attacks",
          "attacked",
          "attacking",
          "shot",
          "shoots",
          "fired",
          "fires",
          "bombarded",
          "slammed",
          "blasted",
          "pounded");

  // Words that open an object noun phrase before its head.
  private static final Set<String> OBJECT_OPENERS =
      WordSet.of("the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those");

  // Things no weapon reaches: acts, texts, decisions and works that a verb of violence can only
  // take in a figurative sense.
  private static final Set<String> UNHARMED_OBJECTS =
      WordSet.of(
          "decision",
          "decisions",
          "deal",
          "deals",
          "agreement",
          "agreements",
          "accord",
          "plan",
          "plans",
          "proposal",
          "proposals",
          "ruling",
          "verdict",
          "law",
          "laws",
          "bill",
          "policy",
          "policies",
          "film",
          "films",
          "movie",
          "movies",
          "documentary",
          "video",
          "scene",
          "idea",
          "ideas",
          "move",
          "statement",
          "statements",
          "remarks",
          "report",
          "bargain",
          "compromise",
          "truce",
          "deadline",
          "record",
          "milestone");

  // Words that introduce an instrument ("targeted X with ...") or a cause ("hit by ...").
  private static final Set<String> INSTRUMENT_MARKERS = WordSet.of("with", "by");

  // Measures that are not weapons: economic, legal and verbal.
  private static final Set<String> MEASURES =
      WordSet.of(
          "sanctions",
          "sanction",
          "tariffs",
          "tariff",
          "embargo",
          "lawsuit",
          "lawsuits",
          "criticism",
          "accusations",
          "allegations",
          "fines",
          "taxes",
          "duties",
          "restrictions",
          "boycott",
          "crisis",
          "inflation",
          "legislation",
          "subpoena",
          "indictment",
          "charges");

  /** A context word after the verb, or before it with "be" between (the passive). */
  private boolean weaponObject(DictionaryMatch<?> m, Set<String> context) {
    for (int k = m.endToken(); k < Math.min(tokens.size(), m.endToken() + 8); k++) {
      if (context.contains(norm(k))) {
        return true;
      }
    }
    boolean passive = false;
    for (int k = m.firstToken() - 1; k >= Math.max(0, m.firstToken() - 8); k--) {
      String w = norm(k);
      passive |= BE.contains(w);
      if (context.contains(w)) {
        return passive;
      }
    }
    return false;
  }

  private static boolean insideMention(DictionaryMatch<?> m, List<Mention> mentions) {
    for (Mention x : mentions) {
      if (x.first <= m.firstToken() && m.endToken() <= x.end && x.ref.span() != null) {
        return true;
      }
    }
    return false;
  }

  private boolean followedByMediaNoun(DictionaryMatch<?> m) {
    return m.endToken() < tokens.size() && MEDIA_NOUNS.contains(tokens.get(m.endToken()).norm());
  }

  /** Clause bounds for each token of [a, b). */
  private void clauses(int a, int b, int[] start, int[] end) {
    int[] cuts = new int[b - a + 2];
    int count = 0;
    cuts[count++] = a;
    for (int k = a + 1; k < b; k++) {
      String n = tokens.get(k).norm();
      boolean cut = CLAUSE_WORDS.contains(n);
      if (n.equals("as") && norm(k + 1).equals("well") && norm(k + 2).equals("as")) {
        cut = true;
      }
      if ((n.equals("and") || n.equals("as") || n.equals("so")) && norm(k - 1).equals(",")) {
        cut = true;
      }
      if (cut && cuts[count - 1] != k) {
        cuts[count++] = k;
      }
    }
    cuts[count++] = b;
    for (int c = 0; c + 1 < count; c++) {
      for (int k = cuts[c]; k < cuts[c + 1]; k++) {
        start[k - a] = cuts[c];
        end[k - a] = cuts[c + 1];
      }
    }
  }

  private String norm(int k) {
    return k >= 0 && k < tokens.size() ? tokens.get(k).norm() : "";
  }

  /** Actor mentions and resolved back-references of [a, b), in text order. */
  private List<Mention> mentions(int si, int a, int b) {
    List<DictionaryMatch<ActorEntry>> actors = lexicon.actors.match(raw, tokens, a, b, caseFolded);
    List<DictionaryMatch<Boolean>> refs = lexicon.references.match(raw, tokens, a, b, caseFolded);
    List<Mention> out = new ArrayList<>();
    for (int k = a; k + 1 < b; k++) {
      // "those arrested", "those caught fleeing", "those who fled": people, as victims
      String next = norm(k + 1);
      if (norm(k).equals("those")
          && (next.equals("who")
              || next.endsWith("ed")
              || next.equals("caught")
              || next.equals("taken")
              || next.equals("held"))) {
        Span sp = new Span(tokens.get(k).span().start(), tokens.get(k + 1).span().end());
        out.add(
            new Mention(
                k,
                k + 2,
                new ActorRef(sp.of(raw), sp, "civilians", ActorCategory.CIVILIANS),
                false,
                false,
                true));
      }
    }
    for (int k = a + 1; k < b && !caseFolded; k++) {
      // "100 Palestinians", "two Syrians": counted nationals are people
      Token t = tokens.get(k);
      String n = t.norm();
      boolean demonym =
          t.isCapitalized()
              && n.length() > 4
              && (n.endsWith("ans") || n.endsWith("ese") || n.endsWith("is"));
      if (!demonym) {
        continue; // most words: no need to look at the word before
      }
      String p = norm(k - 1);
      boolean counted =
          !p.isEmpty() && (Character.isDigit(p.charAt(0)) || NUMBER_WORDS.contains(p));
      if (counted) {
        out.add(
            new Mention(
                k,
                k + 1,
                new ActorRef(t.text(), t.span(), "civilians", ActorCategory.CIVILIANS),
                false,
                false,
                true));
      }
    }
    int ai = 0;
    int ri = 0;
    while (ai < actors.size() || ri < refs.size()) {
      boolean takeRef =
          ri < refs.size()
              && (ai >= actors.size() || refs.get(ri).firstToken() <= actors.get(ai).firstToken());
      if (takeRef) {
        DictionaryMatch<Boolean> r = refs.get(ri++);
        // "the terrorists", "the militants" never refer back to state forces: then the words
        // name a group of their own
        boolean fits = lastArmed != null && !(stateForces(lastArmed) && nonStateWords(r));
        // an actor name inside the reference ("its ISIS cells") is handled as the actor
        while (ai < actors.size() && actors.get(ai).firstToken() < r.endToken()) {
          if (!fits) {
            break;
          }
          ai++;
        }
        if (fits) {
          ActorRef ante = lastArmed.ref;
          out.add(
              new Mention(
                  r.firstToken(),
                  r.endToken(),
                  new ActorRef(ante.name(), r.span(), ante.actorId(), ante.category()),
                  true,
                  lastArmed.authority,
                  false));
        }
      } else {
        DictionaryMatch<ActorEntry> m = actors.get(ai++);
        ActorEntry e = m.value();
        String name = e.name() != null ? e.name() : m.text();
        Mention x =
            new Mention(
                m.firstToken(),
                m.endToken(),
                new ActorRef(name, m.span(), e.id(), e.category()),
                e.armed(),
                e.authority(),
                e.name() == null);
        out.add(x);
        if (e.armed() && e.name() != null) {
          lastArmed = x;
          lastArmedSentence = si;
        }
      }
    }
    organisations(a, b, out);
    countryForces(a, b, out);
    out.sort(Comparator.comparingInt(Mention::first));
    // "Islamic State militants", "SDF fighters": a generic noun right after a name is the name
    List<Mention> joined = new ArrayList<>();
    for (Mention m : out) {
      Mention prev = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (prev != null && !prev.generic && m.generic && m.armed && prev.end == m.first) {
        Span sp = prev.ref.span() == null ? null : prev.ref.span().union(m.ref.span());
        ActorRef ref = new ActorRef(prev.ref.name(), sp, prev.ref.actorId(), prev.ref.category());
        joined.set(
            joined.size() - 1,
            new Mention(prev.first, m.end, ref, prev.armed, prev.authority, false));
      } else {
        joined.add(m);
      }
    }
    return joined;
  }

  /**
   * "Regime shelling", "Russian air raids", "a Turkish drone strike", "coalition bombardment": a
   * word naming an armed actor right before an attack noun (one weapon word may stand between) is
   * who attacked. The word is an adjective or a noun modifier, so the trigger is the noun it
   * modifies; the actor is read from the actor table's two-word aliases ({@link
   * Lexicon#actorModifiers}).
   */
  private List<Mention> withModifierActors(
      List<Mention> mentions,
      List<DictionaryMatch<TriggerEntry>> accepted,
      TriggerEntry[] chosen,
      List<DictionaryMatch<TriggerEntry>> triggers,
      int a) {
    List<Mention> out = null;
    for (int ti = 0; ti < triggers.size(); ti++) {
      TriggerEntry e = chosen[ti];
      DictionaryMatch<TriggerEntry> m = triggers.get(ti);
      if (e == null
          || e.kind() != TriggerKind.EVENT
          || !accepted.contains(m)
          || !(e.subType().type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE
              || e.subType().type() == EventType.BATTLES
              || e.subType() == SubEventType.ATTACK)) {
        continue;
      }
      int k = m.firstToken() - 1;
      if (k > a && MODIFIED_WEAPON_WORDS.contains(norm(k)) && !modifierActor(k - 1, mentions)) {
        k--;
      }
      if (k < a || !modifierActor(k, mentions)) {
        continue;
      }
      ActorEntry actor = lexicon.actorModifiers.get(norm(k));
      Token t = tokens.get(k);
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      out.add(
          new Mention(
              k,
              k + 1,
              new ActorRef(actor.name(), t.span(), actor.id(), actor.category()),
              actor.armed(),
              actor.authority(),
              false));
    }
    if (out == null) {
      return mentions;
    }
    out.sort(Comparator.comparingInt(Mention::first));
    return out;
  }

  /** Nouns of a state's armed forces that a country's demonym before them makes that state's. */
  private static final Set<String> STATE_ARMED_NOUNS =
      WordSet.of(
          "forces",
          "army",
          "military",
          "troops",
          "soldiers",
          "warplanes",
          "jets",
          "aircraft",
          "planes",
          "helicopters",
          "drone",
          "drones",
          "artillery",
          "gunboats");

  /**
   * "Jordanian jets", "American drones", "Iraqi soldiers": a country's word (a modifier of a state
   * or external forces actor in the actor table, {@link Lexicon#countryModifiers}) right before a
   * noun of armed forces names that country's forces, though the table lists no such pair. A
   * generic mention of the noun alone ("jets": unnamed state forces) gives way to it.
   */
  private void countryForces(int a, int b, List<Mention> out) {
    for (int k = a; k + 1 < b; k++) {
      // The noun after is asked first: a small word set where most tokens miss, before the
      // country table.
      if (!STATE_ARMED_NOUNS.contains(norm(k + 1))) {
        continue;
      }
      Token t = tokens.get(k);
      ActorEntry actor = lexicon.countryModifiers.get(t.norm());
      if (actor == null
          // "us" is also a pronoun: the country only in capitals
          || !caseFolded && !t.isCapitalized()
          || (FUNCTION_WORDS.contains(t.norm()) || CLOSED_CLASS.contains(t.norm()))
              && !t.isAllCaps()) {
        continue;
      }
      boolean named = false;
      Mention generic = null;
      for (Mention m : out) {
        if (m.first <= k + 1 && k < m.end) {
          if (!m.generic && m.ref.actorId() != null || m.first != k + 1 || m.end != k + 2) {
            named = true;
          } else {
            generic = m;
          }
        }
      }
      if (named) {
        continue;
      }
      out.remove(generic);
      Span sp = new Span(t.span().start(), tokens.get(k + 1).span().end());
      out.add(
          new Mention(
              k,
              k + 2,
              new ActorRef(actor.name(), sp, actor.id(), actor.category()),
              actor.armed(),
              actor.authority(),
              false));
      k++;
    }
  }

  /** The word at {@code k} is an actor modifier that no mention covers yet. */
  private boolean modifierActor(int k, List<Mention> mentions) {
    if (!lexicon.actorModifiers.containsKey(norm(k))) {
      return false;
    }
    for (Mention m : mentions) {
      if (m.first <= k && k < m.end) {
        return false;
      }
    }
    return true;
  }

  /**
   * Armed groups the actor table does not know, named by the shape of an organisation's name: name
   * words before an armed head ("Patriotic Liberation Front", "Red Dawn Movement") or an army named
   * by its cause ("Army of National Liberation"). An acronym in brackets right after the name ("...
   * Front (PLF)") names the same group for the rest of the document.
   */
  private void organisations(int a, int b, List<Mention> out) {
    int known = out.size();
    for (int h = a; h < b; h++) {
      String head = norm(h);
      boolean headFirst = head.equals("army") && h + 2 < b && norm(h + 1).equals("of");
      if (!ARMED_ORG_HEADS.contains(head) && !headFirst || covered(h, out, known)) {
        continue;
      }
      int first = h;
      while (first - 1 >= a && h - first < 6 && orgWord(first - 1)) {
        first--;
      }
      int end = h + 1;
      if (headFirst) {
        int e = h + 2;
        while (e < b && e - h < 6 && orgWord(e)) {
          e++;
        }
        end = e > h + 2 ? e : end;
      }
      if (first == h && end == h + 1) {
        continue; // a bare "the front" names no group
      }
      Span sp = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
      ActorRef ref = new ActorRef(sp.of(raw), sp, null, ActorCategory.REBEL_GROUP);
      out.add(new Mention(first, end, ref, true, false, false));
      if (end + 2 < b
          && norm(end).equals("(")
          && norm(end + 2).equals(")")
          && tokens.get(end + 1).isWord()) {
        acronyms.put(norm(end + 1), ref);
      }
      h = end - 1;
    }
    for (int k = a; k < b; k++) {
      ActorRef r = acronyms.get(norm(k));
      if (r != null && !covered(k, out, out.size()) && !(k > 0 && norm(k - 1).equals("("))) {
        ActorRef at = new ActorRef(r.name(), tokens.get(k).span(), null, r.category());
        out.add(new Mention(k, k + 1, at, true, false, false));
      }
    }
  }

  /** A word of an organisation's name: capitalised, or any content word in capitals. */
  private boolean orgWord(int k) {
    Token t = tokens.get(k);
    String n = t.norm();
    return t.isWord()
        && (caseFolded || t.isCapitalized())
        && !FUNCTION_WORDS.contains(n)
        && !CLOSED_CLASS.contains(n)
        && !NOT_PLACES.contains(n) // dates and times: "at dawn Front fighters..."
        && !Character.isDigit(n.charAt(0));
  }

  private static boolean covered(int k, List<Mention> mentions, int upTo) {
    for (int i = 0; i < upTo; i++) {
      Mention m = mentions.get(i);
      if (m.first <= k && k < m.end) {
        return true;
      }
    }
    return false;
  }

  /** Places read from syntax in [a, b). */
  private List<PlaceMention> places(int a, int b, List<Mention> mentions) {
    List<PlaceMention> out = new ArrayList<>();
    int k = a;
    while (k < b) {
      String n = norm(k);
      int j = -1;
      if (PREPOSITIONS.contains(n) && (!caseFolded || CAPS_PREPOSITIONS.contains(n))) {
        j = k + 1;
        if (n.equals("of")
            && !(k > a
                && (PLACE_NOUNS.contains(norm(k - 1)) || DIRECTIONS.contains(norm(k - 1))))) {
          j = -1; // "of" only after "the city of", "the countryside of"
        }
      }
      if (j < 0) {
        // "Raqqa countryside", "Idlib province": a name followed by a place noun
        int e = nameEnd(k, b, mentions);
        if (e > k
            && e < b
            && PLACE_NOUNS.contains(norm(e))
            && (k == a || !isNameToken(k - 1))
            // in capitals, one word before a plural ("the poor neighborhoods", "rural areas")
            // describes it: places are named with the singular ("Cabanas department")
            && !(caseFolded && e == k + 1 && commonWordShape(norm(e)))) {
          add(out, k, e);
          k = e + 1;
          continue;
        }
        k++;
        continue;
      }
      boolean definite = false;
      while (j < b && (norm(j).equals("the") || DIRECTIONS.contains(norm(j)))) {
        definite |= norm(j).equals("the");
        j++;
      }
      if (j + 1 < b
          && norm(j + 1).equals("of")
          && (PLACE_NOUNS.contains(norm(j)) || caseFolded && definite)) {
        // "the city of X"; in capitals, where a noun cannot be told from a name by its case,
        // any "the N of X" ("the heart of X", "the outskirts of X"): the place is X
        j += 2;
        while (j < b && (norm(j).equals("the") || DIRECTIONS.contains(norm(j)))) {
          j++;
        }
      }
      int e = nameEnd(j, b, mentions);
      if (e == j + 1 && caseFolded && e < b && modifiesNext(e)) {
        e = j; // "from judicial sources", "the poor neighborhoods": a modifier, not a name
      }
      if (e > j && e + 1 < b && norm(e).equals("'s")) {
        // "in Colombia's northern Santander department": the country holds the place after it
        int inner = e + 1;
        while (inner < b && DIRECTIONS.contains(norm(inner))) {
          inner++;
        }
        int innerEnd = nameEnd(inner, b, mentions);
        if (innerEnd > inner) {
          j = inner;
          e = innerEnd;
        }
      }
      if (e > j) {
        add(out, j, e);
        k = e;
      } else {
        k++;
      }
    }
    return out;
  }

  /**
   * The places that are no time expression: in capitals "at daybreak", "in the past few days" have
   * the shape of names after a preposition, and the time recogniser knows them for what they are.
   */
  private static List<PlaceMention> withoutTimes(
      List<PlaceMention> places, List<TimeExpression> times) {
    if (places.isEmpty() || times.isEmpty()) {
      return places;
    }
    List<PlaceMention> out = new ArrayList<>(places.size());
    for (PlaceMention p : places) {
      boolean time = false;
      for (TimeExpression t : times) {
        if (t.span().overlaps(p.place().span())) {
          time = true;
          break;
        }
      }
      if (!time) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * In capitals: the word at {@code k} is a common noun by its shape ("sources", "authorities"), so
   * the single word before it is its modifier. A place is rarely named right before a plural.
   */
  private boolean modifiesNext(int k) {
    Token t = tokens.get(k);
    return t.isWord() && !PLACE_NOUNS.contains(t.norm()) && commonWordShape(t.norm());
  }

  private void add(List<PlaceMention> out, int first, int end) {
    Span span = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
    out.add(new PlaceMention(first, end, PlaceRef.named(span.of(raw), span)));
  }

  /** The end of a place name starting at j (j itself when there is none). */
  private int nameEnd(int j, int b, List<Mention> mentions) {
    int e = j;
    while (e < b && e - j < 4 && isNameToken(e) && !inMention(e, mentions)) {
      e++;
    }
    // a name never ends on a particle ("al") or starts with a function word
    while (e > j && PARTICLES.contains(norm(e - 1))) {
      e--;
    }
    return e;
  }

  private static boolean inMention(int k, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.first <= k && k < m.end) {
        return true;
      }
    }
    return false;
  }

  private boolean isNameToken(int k) {
    if (k < 0 || k >= tokens.size()) {
      return false;
    }
    if (nameToken[k] == 0) {
      nameToken[k] = computeIsNameToken(k) ? (byte) 2 : (byte) 1;
    }
    return nameToken[k] == 2;
  }

  /** The shape of a common noun or adjective: a derivational suffix or a plural. */
  private static boolean commonWordShape(String n) {
    for (String suffix : COMMON_SUFFIXES) {
      if (n.endsWith(suffix) && n.length() > suffix.length() + 2) {
        return true;
      }
    }
    return n.endsWith("s") && !n.endsWith("ss") && n.length() > 4; // "explosives", "sources"
  }

  private boolean computeIsNameToken(int k) {
    Token t = tokens.get(k);
    String n = t.norm();
    if (!caseFolded && !t.isCapitalized() && n.indexOf('-') < 0 && !PARTICLES.contains(n)) {
      // What the tests below come to for most words: in cased text a lower-case word is a name
      // only as a particle ("al") or with one before a hyphen ("al-Rumaila"). One probe, not two.
      return false;
    }
    if (!t.isWord() || NOT_PLACES.contains(n) || FUNCTION_WORDS.contains(n)) {
      return false;
    }
    if (Character.isDigit(n.charAt(0))) {
      return false;
    }
    int dash = n.indexOf('-');
    if (dash > 0 && PARTICLES.contains(n.substring(0, dash))) {
      return true; // al-Rumaila, ez-Zor
    }
    int last = t.text().lastIndexOf('-');
    if (last > 0
        && last + 1 < t.text().length()
        && Character.isLowerCase(t.text().charAt(last + 1))
        && !caseFolded) {
      return false; // "US-led", "Turkish-backed": descriptions, not names
    }
    if (caseFolded) {
      // no case to tell names from words: turn away the shapes of common nouns and adjectives
      if (CLOSED_CLASS.contains(n)
          || commonWordShape(n) && !(k > 0 && PLURAL_ARTICLES.contains(norm(k - 1)))) {
        return false; // but "Los Altos", "Las Lomas": a plural after a Spanish article is a name
      }
      return n.length() > 1
          && !PLACE_NOUNS.contains(n)
          && lexicon.triggers.match(raw, tokens, k, k + 1, true).isEmpty()
          && lexicon.cues.match(raw, tokens, k, k + 1, true).isEmpty();
    }
    return t.isCapitalized() || PARTICLES.contains(n) && isNameToken(k + 1);
  }

  // ---------------------------------------------------------------- arguments

  private boolean passive(Candidate c) {
    if (BE.contains(norm(c.trigFirst))) {
      return true; // "were killed"
    }
    String verb = norm(c.trigFirst);
    if (verb.length() > 4 && verb.endsWith("ing")) {
      return false; // "forces are redeploying", "were shelling": progressive, active
    }
    return beBefore(c) >= 0 || reducedPassive(c);
  }

  /** The form of "be" right before the trigger, past adverbs ("was reportedly killed"), or -1. */
  private int beBefore(Candidate c) {
    int k = c.trigFirst - 1;
    while (k >= c.clauseStart && ADVERBS.contains(norm(k))) {
      k--;
    }
    return k >= c.clauseStart && BE.contains(norm(k)) ? k : -1;
  }

  /**
   * The subject of a passive casualty or abduction verb that the actor table does not name
   * ("Senator Juan Perez was kidnapped", "two missionaries were shot"): the words between the
   * clause's start or a function word and "be", at most six, none of them a pronoun or number.
   * People are what a casualty word acts on, so the phrase is its victim.
   */
  private Mention passiveSubject(Candidate c, List<Mention> mentions) {
    int k = c.trigFirst - 1;
    while (k >= c.clauseStart && ADVERBS.contains(norm(k))) {
      k--;
    }
    boolean reduced = false;
    if (!BE.contains(norm(c.trigFirst))) {
      if (k >= c.clauseStart && BE.contains(norm(k))) {
        k--;
      } else if (reducedPassive(c)) {
        reduced = true; // "An officer killed in an explosion", "A fighter died of his wounds"
      } else {
        return null;
      }
    }
    int end = k + 1;
    int first = end;
    while (first - 1 >= c.clauseStart && end - first < 6 && subjectWord(first - 1, mentions)) {
      first--;
    }
    if (first == end || SUBJECT_PRONOUNS.contains(norm(end - 1))) {
      return null;
    }
    if (reduced
        && (end - first > 3
            || first - 1 != c.clauseStart
            || !DETERMINER_A.contains(norm(first - 1)))) {
      // without "be", only a short subject that opens its clause with "a"/"an" is surely the
      // participle's: "An officer killed in X", not "Clashes in Hama killed ..."
      return null;
    }
    return personPhrase(first, end);
  }

  /**
   * A phrase naming people that the actor table does not know, as a victim: civilians, unless its
   * words name a rank or role of armed men ("a colonel", "a regime officer", "a fighter"), whose
   * death ACLED codes by the force they serve (docs/ontology.md, "Events, round 8", rule 1).
   */
  private Mention personPhrase(int first, int end) {
    Span sp = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
    ActorCategory armedSide = armedRoleCategory(first, end);
    if (armedSide == null) {
      ActorRef ref = new ActorRef(sp.of(raw), sp, null, ActorCategory.CIVILIANS);
      return new Mention(first, end, ref, false, false, true);
    }
    String row = armedSide == ActorCategory.STATE_FORCES ? "state" : "rebels";
    ActorRef ref = new ActorRef(sp.of(raw), sp, row, armedSide);
    return new Mention(first, end, ref, true, false, true);
  }

  /**
   * The armed category that the words {@code first..end} give a person, or null when they name no
   * armed role: a word of the state (army, regime, police ...) makes state forces whatever the role
   * ("an army commander"); else a rank or role of the state's forces (officer, soldier, colonel
   * ...) makes state forces, and one of armed groups (fighter, militant, commander ...) rebels,
   * ACLED's generic rows.
   */
  private ActorCategory armedRoleCategory(int first, int end) {
    boolean role = false;
    boolean stateRole = false;
    boolean stateWord = false;
    for (int k = first; k < end; k++) {
      String w = norm(k);
      stateWord |= STATE_WORDS.contains(w);
      stateRole |= STATE_ROLES.contains(w);
      role |= STATE_ROLES.contains(w) || GROUP_ROLES.contains(w);
    }
    if (!role) {
      return null;
    }
    return stateWord || stateRole ? ActorCategory.STATE_FORCES : ActorCategory.REBEL_GROUP;
  }

  /**
   * A person named by an armed role right after an active trigger ("gunmen killed a colonel",
   * "assassinated a senior officer"): "a"/"an", up to two role modifiers, and the role; or null.
   */
  private Mention roleObject(Candidate c) {
    int k = c.trigEnd;
    if (k >= c.clauseEnd || !DETERMINER_A.contains(norm(k))) {
      return null;
    }
    int j = k + 1;
    while (j < c.clauseEnd && j - k <= 3 && !ROLE_NOUNS.contains(norm(j))) {
      if (!ROLE_MODIFIERS.contains(norm(j)) && !STATE_WORDS.contains(norm(j))) {
        return null;
      }
      j++;
    }
    if (j >= c.clauseEnd
        || !ROLE_NOUNS.contains(norm(j))
        || armedRoleCategory(k + 1, j + 1) == null
        || j + 1 < c.clauseEnd && tokens.get(j + 1).isWord() && !AFTER_ROLE.contains(norm(j + 1))) {
      // a noun after the role makes it a modifier: "hit a general hospital", "a fighter jet"
      return null;
    }
    return personPhrase(k + 1, j + 1);
  }

  /**
   * Where the subject of a passive trigger ends: at its "be" ("a nurse was wounded"), or at the
   * trigger when it starts with "be" or has none.
   */
  private int passiveSubjectEnd(Candidate c) {
    int be = beBefore(c);
    return be >= 0 ? be : c.trigFirst;
  }

  private boolean beBetween(int from, int to) {
    for (int j = from; j < to; j++) {
      if (BE.contains(norm(j))) {
        return true;
      }
    }
    return false;
  }

  private boolean subjectWord(int k, List<Mention> mentions) {
    Token t = tokens.get(k);
    String n = t.norm();
    return t.isWord()
        && !Character.isDigit(n.charAt(0))
        && !FUNCTION_WORDS.contains(n)
        && !CLOSED_CLASS.contains(n)
        && !SUBJECT_PRONOUNS.contains(n)
        && !NOT_SUBJECT_WORDS.contains(n)
        && !NUMBER_WORDS.contains(n)
        && !inMention(k, mentions);
  }

  /**
   * A casualty participle right after the people it happened to, with no object after it: the
   * headline passive "9 fighters killed in clashes", "a woman killed by a sniper", and those who
   * "died" or "dies" (whose subject is always the victim) when the sentence names violence ("died
   * in shelling"; not "died after eating poisoned food").
   */
  private boolean reducedPassive(Candidate c) {
    if (!c.outcome || c.trigEnd - c.trigFirst != 1) {
      return false;
    }
    String verb = norm(c.trigFirst);
    boolean died = verb.equals("died") || verb.equals("dies");
    if (!died && !verb.endsWith("ed")) {
      return false;
    }
    // the people right before it, a closing quote or a head noun between ("9 'IS' members"),
    // or before an apposition that names some of them ("17 members, including a commander,")
    boolean subject = false;
    int verb0 = apposition(c.trigFirst - 1, c.clauseStart) + 1;
    for (Mention m : currentMentions) {
      boolean near = m.end <= verb0 && verb0 - m.end <= 2 && m.first >= c.clauseStart;
      for (int k = m.end; near && k < verb0; k++) {
        near = QUOTES.contains(norm(k)) || tokens.get(k).isWord() && !BE.contains(norm(k));
      }
      subject |= near;
    }
    subject |= articleSubject(c);
    if (died) {
      // people die of illness and accidents too: only with violence named in the sentence, or
      // of wounds ("died of his wounds": a casualty of violence told before)
      if (subject && diedOfWounds(c.trigEnd)) {
        return true;
      }
      for (DictionaryMatch<TriggerEntry> t : currentTriggers) {
        if (t.value().kind() != TriggerKind.OUTCOME) {
          return subject;
        }
      }
      return false;
    }
    // and no object after it: "killed in clashes", not "killed two men"
    return subject
        && (c.trigEnd >= tokens.size()
            || AFTER_PASSIVE.contains(norm(c.trigEnd)) && !opensFigure(c.trigEnd));
  }

  /**
   * When token {@code k} closes an apposition that names some of the people before it (", including
   * a commander,", ", among them two children,"), the token before the apposition; else {@code k}.
   */
  private int apposition(int k, int clauseStart) {
    if (!norm(k).equals(",")) {
      return k;
    }
    for (int j = k - 2; j > clauseStart && j >= k - 10; j--) {
      String w = norm(j);
      if (w.equals(",")) {
        String next = norm(j + 1);
        return next.equals("including") || next.equals("among") ? j - 1 : k;
      }
    }
    return k;
  }

  /**
   * A short subject the actor table does not name, opening the clause with "a"/"an" right before
   * the participle: "An officer killed in X", "A brigadier dies of his wounds".
   */
  private boolean articleSubject(Candidate c) {
    int k = c.trigFirst - 1;
    int words = 0;
    while (k > c.clauseStart && words < 3 && subjectWord(k, currentMentions)) {
      k--;
      words++;
    }
    return words > 0 && k == c.clauseStart && DETERMINER_A.contains(norm(k));
  }

  /** "of his wounds", "from their injuries", "of wounds sustained ...": words after "died". */
  private boolean diedOfWounds(int k) {
    if (!(norm(k).equals("of") || norm(k).equals("from"))) {
      return false;
    }
    int j = k + 1;
    if (POSSESSIVES.contains(norm(j))) {
      j++;
    }
    return WOUND_NOUNS.contains(norm(j));
  }

  private static final Set<String> WOUND_NOUNS =
      WordSet.of("wounds", "wound", "injuries", "injury");

  /**
   * True when the words at {@code k} open a figure ("at least 13", "as many as 20"): an object
   * after the verb, so the verb is active ("Gunmen killed at least 13 civilians").
   */
  private boolean opensFigure(int k) {
    String w = norm(k);
    String next = k + 1 < tokens.size() ? norm(k + 1) : "";
    return w.equals("at") && (next.equals("least") || next.equals("most"))
        || w.equals("as") && next.equals("many");
  }

  private static final Set<String> AFTER_PASSIVE =
      WordSet.of(
          "in",
          "by",
          "during",
          "at",
          "near",
          "on",
          "after",
          "while",
          "when",
          "as",
          "under",
          "from",
          "inside",
          "outside",
          ",",
          ".",
          ";",
          ":",
          "yesterday",
          "today");

  private static final Set<String> QUOTES =
      WordSet.of("\"", "\u201d", "\u201c", "'", "\u2019", "\u00bb");

  private static boolean perpAllowed(Candidate c, Mention m) {
    if (m.armed || c.subType == SubEventType.AGREEMENT) {
      return true;
    }
    EventType t = c.subType == null ? null : c.subType.type();
    return (t == EventType.PROTESTS || t == EventType.RIOTS)
        && c.subType != SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
        && c.subType != SubEventType.PROTEST_WITH_INTERVENTION;
  }

  private void arguments(
      Candidate c,
      Candidate previous,
      List<Mention> mentions,
      List<Quantity> quantities,
      List<PlaceMention> places,
      int sentenceStart) {
    boolean passive = passive(c);
    boolean sameSentencePrev = previous != null && previous.sentence == c.sentence;
    // "killed in clashes with ISIS": the other side of the fight is who killed
    int[] casualtyWord = new int[1];
    Mention opponent = battleOpponent(c, mentions, casualtyWord);
    // perpetrator: agent phrase, then subject, then a subject pronoun, then the previous event
    Mention perp = opponent;
    for (int k = c.trigEnd; k < Math.min(c.clauseEnd, c.trigEnd + 10) && perp == null; k++) {
      String n = norm(k);
      boolean agent =
          n.equals("by") && !(k > c.trigEnd && HOLDING_PARTICIPLES.contains(norm(k - 1)))
              || n.equals("hands")
              || n.equals("from") && c.subType.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE;
      if (agent) {
        for (Mention m : mentions) {
          if (m.first > k && m.first <= k + 6 && perpAllowed(c, m)) {
            perp = m;
            break;
          }
        }
      }
    }
    Mention speaker = null;
    Mention object = null;
    Mention sufferer = null;
    if (perp == null && !passive) {
      for (Mention m : mentions) {
        boolean candidate =
            m.end <= c.trigFirst
                && m.first >= c.clauseStart
                && c.trigFirst - m.end <= 14
                && perpAllowed(c, m)
                && !supporting(m, c.clauseStart)
                // "Russian air raids hit X and clashes went on": the modifier's noun only
                && !(adjectiveModifier(m) && c.trigFirst - m.end > 1);
        if (candidate && speaker(m)) {
          speaker = m; // tells of the event; the actor only if a pronoun takes it up
          c.namedSource = true;
          continue;
        }
        if (candidate && suffered(m, c.trigFirst)) {
          // "the police suffered two casualties": the side that suffered them did not cause them
          sufferer = m;
          continue;
        }
        if (candidate && objectOfAttackVerb(m, c.clauseStart)) {
          // "jets struck ISIS positions, killing five": ISIS is the side struck, not who kills
          object = m;
          continue;
        }
        if (candidate
            // "killing three fighters and wounding two others": the last verb's object is not
            // the next verb's subject
            && !(sameSentencePrev
                && !protestLike(c.subType)
                && previous.victim != null
                && m.ref.span() != null
                && m.ref.span().equals(previous.victim.span()))) {
          perp = m; // the nearest to the left wins: keep scanning
        }
      }
    }
    if (perp == null && !passive) {
      int k = c.trigFirst - 1;
      while (k >= c.clauseStart && ADVERBS.contains(norm(k))) {
        k--;
      }
      if (k >= c.clauseStart && SUBJECT_PRONOUNS.contains(norm(k))) {
        perp = speaker; // "rebels said they shelled": the speaker tells of its own act
        for (Mention m : mentions) {
          if (speaker == null && m.end <= c.clauseStart && m.armed) {
            perp = m;
          }
        }
        if (perp == null && salient != null) {
          perp = salient;
        }
      }
    }
    if (perp == null && protestLike(c.subType)) {
      // demonstrators are the actor of a protest wherever the sentence names them
      for (Mention m : mentions) {
        if (!m.armed
            && (perp == null
                || Math.abs(m.first - c.trigFirst) < Math.abs(perp.first - c.trigFirst))) {
          perp = m;
        }
      }
    }
    if (perp != null) {
      c.perp = perp.ref;
      c.perpAuthority = perp.authority;
    } else if (sufferer == null
        && sameSentencePrev
        && previous.perp != null
        && !modifierRef(previous.perp, mentions)) {
      c.perp = previous.perp;
      c.perpInferred = previous.perpInferred;
      c.perpAuthority = previous.perpAuthority;
    } else if (sufferer == null
        && salient != null
        && c.sentenceIndex - salientSentence <= 2
        && c.subType.type() != EventType.PROTESTS) {
      Mention lastArmed = salient;
      // a salient armed actor of the last sentences: the text's topic, marked as inferred
      c.perp =
          new ActorRef(
              lastArmed.ref.name(), null, lastArmed.ref.actorId(), lastArmed.ref.category());
      c.perpInferred = true;
      c.perpAuthority = lastArmed.authority;
    }

    // victim: object (active) or subject (passive); "them" takes the previous event's victim
    Mention victim = null;
    boolean inherited = false;
    if (passive) {
      int subjectEnd = passiveSubjectEnd(c);
      for (Mention m : mentions) {
        if (m.end <= c.trigFirst
            && m.first >= c.clauseStart
            && !samePerp(c, m)
            && !attackModifier(m)
            // "a child was killed and an officer was wounded": a "be" between the mention and
            // this participle's own "be" makes the mention the subject of the clause before
            && !beBetween(m.end, subjectEnd)) {
          victim = m;
        }
      }
      if (victim == null && countKind(c) != null) {
        victim = passiveSubject(c, mentions);
      }
    } else if (opponent != null) {
      // the dead belong to the party the clause names before the casualty word, if any
      for (Mention m : mentions) {
        if (m.end <= casualtyWord[0] && m.first >= c.clauseStart && m != opponent) {
          victim = m;
        }
      }
    } else {
      int k = c.trigEnd;
      if (OBJECT_PRONOUNS.contains(norm(k)) && sameSentencePrev && previous.victim != null) {
        inherited = true;
      }
      for (Mention m : mentions) {
        if (inherited) {
          break;
        }
        if (m.first >= c.trigEnd
            && m.first < Math.min(c.clauseEnd, c.trigEnd + 9)
            && !samePerp(c, m)
            && !attackModifier(m)
            && !precededByAgent(m.first)
            && !(nominalTrigger(c) && !linkedToTrigger(c, m.first))) {
          victim = m;
          break;
        }
      }
      if (victim == null && !inherited && object == null) {
        victim = roleObject(c); // "gunmen killed a colonel": a state officer, no civilian
      }
      if (victim == null && !inherited && object != null && object != perp) {
        // "jets struck ISIS positions, killing five": those struck are the side that lost them
        victim = object;
      }
    }
    if (passive && victim == null && sameSentencePrev && previous.victim != null) {
      int k = c.trigFirst - 1;
      while (k >= c.clauseStart && (ADVERBS.contains(norm(k)) || BE.contains(norm(k)))) {
        k--;
      }
      inherited = k >= c.clauseStart && SUBJECT_PRONOUNS.contains(norm(k));
    }
    if (!hasVictim(c.subType)) {
      victim = null;
      inherited = false;
    }
    CountKind kind = countKind(c);
    Quantity own = kind != null && c.outcome ? ownQuantity(c, quantities) : null;
    if (own != null) {
      // the figure the casualty word itself states wins over any other number in the clause
      c.counts.put(kind, count(own));
    }
    if (victim != null) {
      c.victim = victim.ref;
      c.victimArmed = victim.armed;
      Quantity q = quantityBefore(quantities, victim.first);
      if (q != null && kind != null && own == null && !otherVerbBetween(c, q)) {
        c.counts.put(kind, coordinated(count(q), q.firstToken(), victim, mentions, quantities));
      }
    } else if (inherited && own == null) {
      c.victim = previous.victim;
      c.victimArmed = previous.victimArmed;
      if (kind != null && !previous.counts.isEmpty()) {
        c.counts.put(kind, previous.counts.values().iterator().next());
      }
    }
    if (c.counts.isEmpty() && protestLike(c.subType) && perp != null) {
      Quantity q = quantityBefore(quantities, perp.first);
      if (q != null) {
        c.counts.put(CountKind.PARTICIPANTS, count(q));
      }
    }
    if (c.counts.isEmpty() && kind != null && c.outcome) {
      // "11 killed", "18 casualties", "3 members killed", "kills at least 12", "killing five"
      for (Quantity q : quantities) {
        boolean before =
            q.endToken() <= c.trigFirst
                && c.trigFirst - q.endToken() <= 1
                && wordsBetween(q.endToken(), c.trigFirst)
                && !BE.contains(norm(q.endToken()))
                // "killing four and wounding 12": "four" is the first verb's, not "wounding"'s
                && !norm(q.endToken()).equals("and")
                && !norm(q.endToken()).equals("or");
        boolean after = q.firstToken() == c.trigEnd;
        if (before || after) {
          c.counts.put(kind, count(q));
          break;
        }
      }
    }
    if (c.counts.isEmpty()
        && kind != null
        && victim != null
        && (c.outcome
            || harmVerb(c)
            || kind == CountKind.KILLED
                && (c.tags.contains(Tag.ASSASSINATION)
                    || c.tags.contains(Tag.EXECUTION)
                    || c.tags.contains(Tag.BEHEADING))
            || (c.subType == SubEventType.ABDUCTION_FORCED_DISAPPEARANCE
                    || c.subType == SubEventType.ARRESTS)
                && !nominalTrigger(c))) {
      // the casualty word's victim, or whom an abduction or arrest took ("arrested a
      // journalist"; not "the arrest of a leader", often only the background of the news)
      Count one = countOfOne(victim, mentions, quantities);
      if (one != null) {
        c.counts.put(
            kind, coordinated(one, tokenAt(one.span().start()), victim, mentions, quantities));
      }
    }
    if (c.counts.isEmpty() && kind != null) {
      // "25 prisoners ... escaped": a count of people in the clause
      Quantity best = null;
      for (Quantity q : quantities) {
        boolean inClause = q.firstToken() >= c.clauseStart && q.endToken() <= c.clauseEnd;
        if (inClause
            && !otherVerbBetween(c, q)
            && personAfter(q, mentions) != null
            && (best == null || closer(q, best, c))) {
          best = q;
        }
      }
      if (best != null) {
        Mention person = personAfter(best, mentions);
        c.counts.put(
            kind, coordinated(count(best), best.firstToken(), person, mentions, quantities));
      }
    }
    jointCasualties(c, kind);

    // place: after the trigger in its clause, else in the clause, else "where" → the last place
    PlaceMention place = null;
    for (PlaceMention p : places) {
      if (p.first >= c.trigEnd && p.end <= c.clauseEnd) {
        place = p;
        break;
      }
    }
    if (place == null) {
      for (PlaceMention p : places) {
        if (p.first >= c.clauseStart && p.end <= c.clauseEnd) {
          place = p;
          break;
        }
      }
    }
    if (place == null && norm(c.clauseStart).equals("where")) {
      for (PlaceMention p : places) {
        if (p.end <= c.clauseStart) {
          place = p;
        }
      }
    }
    if (place == null && !places.isEmpty()) {
      place = places.get(0);
      c.placeWeak = true;
    }
    for (int k = c.clauseStart; k < c.clauseEnd && !c.placeNoun; k++) {
      c.placeNoun = placeNounOfClause(k);
    }
    if (place != null) {
      c.place = placeResolver == null ? place.place : placeResolver.resolve(place.place, raw);
    }
    if (c.subType.type().isViolent() || c.subType == SubEventType.LOOTING_PROPERTY_DESTRUCTION) {
      TargetReader.Link link =
          targetReader.find(
              currentTargets,
              currentTriggers,
              c.trigFirst,
              c.trigEnd,
              c.sentence.firstToken(),
              c.clauseEnd,
              c.sentence.endToken(),
              c.outcome,
              nominalTrigger(c));
      c.target = link == null ? null : link.target();
      c.targetDirect = link != null && link.direct();
    }
  }

  private static final Set<String> CIRCUMSTANCE_PREPOSITIONS = WordSet.of("in", "during", "amid");

  private static final Set<String> OPPONENT_LINKS = WordSet.of("with", "against");

  /**
   * The other side of a fight in which someone was hurt: in "an officer was killed in clashes with
   * ISIS" or "two fighters were wounded during fighting against the SDF", the group after
   * "with"/"against" fought the dead, so it is the perpetrator of the killing, never its victim.
   * The battle noun must follow a casualty word and "in"/"during"/"amid" (up to two words, "the
   * heavy", between); null otherwise.
   *
   * @param casualtyWord receives the casualty word's token
   */
  private Mention battleOpponent(Candidate c, List<Mention> mentions, int[] casualtyWord) {
    if (c.subType.type() != EventType.BATTLES || !OPPONENT_LINKS.contains(norm(c.trigEnd))) {
      return null;
    }
    int k = c.trigFirst - 1;
    while (k > 0 && c.trigFirst - k <= 3 && !CIRCUMSTANCE_PREPOSITIONS.contains(norm(k))) {
      if (!tokens.get(k).isWord() || BE.contains(norm(k)) || verbBetween(k, k + 1)) {
        return null;
      }
      k--;
    }
    if (k <= 0 || !CIRCUMSTANCE_PREPOSITIONS.contains(norm(k))) {
      return null;
    }
    int w = k - 1;
    while (w > 0 && ADVERBS.contains(norm(w))) {
      w--;
    }
    String verb = norm(w);
    if (!(KILL_WORDS.contains(verb) || INJURY_WORDS.contains(verb) || verb.equals("died"))) {
      return null;
    }
    for (Mention m : mentions) {
      if (m.first > c.trigEnd && m.first <= c.trigEnd + 2 && m.armed) {
        casualtyWord[0] = w;
        return m;
      }
    }
    return null;
  }

  private static boolean protestLike(SubEventType t) {
    return t == SubEventType.PEACEFUL_PROTEST
        || t == SubEventType.VIOLENT_DEMONSTRATION
        || t == SubEventType.MOB_VIOLENCE;
  }

  /** Sub-types whose second actor is a victim or target (not, e.g., a defection's new side). */
  private static boolean hasVictim(SubEventType t) {
    return t.type().isViolent()
        || t == SubEventType.ARRESTS
        || t == SubEventType.LOOTING_PROPERTY_DESTRUCTION
        || t == SubEventType.AGREEMENT
        || t == SubEventType.PROTEST_WITH_INTERVENTION
        || t == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
  }

  private static boolean stateForces(Mention m) {
    return m.ref.category() == ActorCategory.STATE_FORCES
        || m.ref.category() == ActorCategory.EXTERNAL_OTHER_FORCES;
  }

  private static final Set<String> NON_STATE_WORDS =
      WordSet.of(
          "terrorists",
          "terrorist",
          "militants",
          "militant",
          "jihadists",
          "jihadist",
          "extremists",
          "extremist",
          "insurgents",
          "militia");

  /** A reference phrase that names non-state fighters ("the terrorists", "the militant group"). */
  private boolean nonStateWords(DictionaryMatch<Boolean> r) {
    for (int k = r.firstToken(); k < r.endToken(); k++) {
      if (NON_STATE_WORDS.contains(norm(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The mention modifies an attack noun of the sentence ("Turkish shelling", "regime air raids"):
   * it names who attacked, so it is never a victim, and its actor is that noun's alone, not lent to
   * the next event of the sentence.
   */
  private boolean attackModifier(Mention m) {
    if (m.end - m.first > 2 || m.end >= tokens.size()) {
      return false;
    }
    int next = MODIFIED_WEAPON_WORDS.contains(norm(m.end)) ? m.end + 1 : m.end;
    for (DictionaryMatch<TriggerEntry> t : currentTriggers) {
      TriggerEntry e = t.value();
      if ((t.firstToken() == m.end || t.firstToken() == next)
          && e.kind() == TriggerKind.EVENT
          && (e.subType().type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE
              || e.subType().type() == EventType.BATTLES)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One modifier word ("Russian", "regime", "coalition") before an attack noun: unlike a subject
   * before its verb ("regime forces shelled X and stormed Y"), it belongs to that noun only.
   */
  private boolean adjectiveModifier(Mention m) {
    return m.end - m.first == 1
        && lexicon.actorModifiers.containsKey(norm(m.first))
        && attackModifier(m);
  }

  private boolean modifierRef(ActorRef ref, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.ref.span() != null && m.ref.span().equals(ref.span())) {
        return adjectiveModifier(m);
      }
    }
    return false;
  }

  private boolean samePerp(Candidate c, Mention m) {
    return c.perp != null
        && (m.ref.span() != null && m.ref.span().equals(c.perp.span())
            || m.ref.actorId() != null
                && m.ref.actorId().equals(c.perp.actorId())
                && m.ref.category() != ActorCategory.CIVILIANS);
  }

  /**
   * An actor named as backing the subject ("Forces of X, backed by Y, arrested ..."; "X, with the
   * support of Y, attacked ..."): a supporter, not the one who acts.
   */
  /**
   * The mention is the source of a report ("police said", "the army has reported that", "police
   * sources confirmed"): it tells of the event, it is not the event's actor. Verbs of claiming are
   * left out on purpose ("the group claimed the attack" names the perpetrator).
   */
  private boolean speaker(Mention m) {
    if (m.first > 0 && SPEAKER_PREPOSITIONS.contains(norm(m.first - 1))) {
      return false; // "a source from within the group confirmed": the group is not the speaker
    }
    if (m.end < tokens.size() && SPOKESPEOPLE.contains(norm(m.end))) {
      // "army spokesman Colonel X said that the attack ...": the group is whom the speaker speaks
      // for, however long the name between it and the reporting verb
      return true;
    }
    int k = m.end;
    while (k < tokens.size() && k - m.end < 3 && SPEAKER_FILLERS.contains(norm(k))) {
      k++;
    }
    return k < tokens.size() && REPORTING_VERBS.contains(norm(k));
  }

  private boolean supporting(Mention m, int clauseStart) {
    for (int k = m.first - 1; k >= Math.max(clauseStart + 1, m.first - 6); k--) {
      String n = norm(k);
      if (n.equals(",") || CLAUSE_WORDS.contains(n)) {
        return false;
      }
      String p = norm(k - 1);
      if (n.equals("by") && SUPPORT_PARTICIPLES.contains(p)
          || (n.equals("of") || n.equals("from")) && SUPPORT_NOUNS.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The trigger is a noun: a determiner stands before it ("the attack", "their raids"). A
   * participle after the determiner ("the murdered priests") is an adjective and acts on the noun
   * it precedes.
   */
  private boolean nominalTrigger(Candidate c) {
    return c.trigFirst > c.clauseStart
        && NOUN_DETERMINERS.contains(norm(c.trigFirst - 1))
        && !norm(c.trigEnd - 1).endsWith("ed");
  }

  /**
   * A noun takes its object through a preposition ("the attack on the base", "the killing of
   * civilians", "clashes with the army"); a bare noun phrase after it ("after the raid the gunmen
   * fled") starts a clause of its own and is not what the noun acts on, unless the noun modifies it
   * directly ("the bomb victims").
   */
  private boolean linkedToTrigger(Candidate c, int mentionFirst) {
    if (mentionFirst == c.trigEnd && !DETERMINERS.contains(norm(mentionFirst))) {
      return true; // a compound: "the bomb victims", "the kidnap victims"
    }
    for (int k = c.trigEnd; k < mentionFirst; k++) {
      if (OBJECT_LINKS.contains(norm(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verb of suffering harm follows the mention before the trigger, past auxiliaries and adverbs
   * ("the police suffered two casualties", "troops have sustained heavy losses"): the mention is
   * the side harmed.
   */
  private boolean suffered(Mention m, int trigFirst) {
    for (int k = m.end; k < trigFirst && k - m.end <= 3; k++) {
      String n = norm(k);
      if (SUFFER_VERBS.contains(n)) {
        return true;
      }
      if (!SPEAKER_FILLERS.contains(n) && !ADVERBS.contains(n)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The mention is the object of a verb of violence before it in the clause, directly or through "N
   * of" ("struck ISIS positions", "shelled the positions of the regime"): the side attacked.
   */
  private boolean objectOfAttackVerb(Mention m, int clauseStart) {
    int k = m.first - 1;
    while (k > clauseStart && NOUN_DETERMINERS.contains(norm(k))) {
      k--;
    }
    if (k - 1 > clauseStart && norm(k).equals("of")) {
      k -= 2;
      while (k > clauseStart && NOUN_DETERMINERS.contains(norm(k))) {
        k--;
      }
    }
    return k > clauseStart && ATTACK_VERBS.contains(norm(k));
  }

  private boolean precededByAgent(int k) {
    String p = norm(k - 1);
    String p2 = norm(k - 2);
    return p.equals("by") || p2.equals("by") && p.equals("the");
  }

  /**
   * One figure for the killed and the injured together ("15 were killed and injured", "killing and
   * wounding 16", "kill and injure 10 persons") says how many were hurt in all, not how many died:
   * both counts become 0..N, approximate, with the figure's span.
   */
  private void jointCasualties(Candidate c, CountKind kind) {
    Count n = kind == null ? null : c.counts.get(kind);
    if (n == null || n.min() == 0) {
      return;
    }
    boolean joint =
        kind == CountKind.KILLED
                && JOIN_OR.contains(norm(c.trigEnd))
                && INJURY_WORDS.contains(norm(c.trigEnd + 1))
            || kind == CountKind.INJURED
                && c.trigFirst >= 2
                && JOIN_OR.contains(norm(c.trigFirst - 1))
                && KILL_WORDS.contains(norm(c.trigFirst - 2));
    if (joint) {
      Count both = new Count(0, n.max(), n.recurring(), true, n.span());
      c.counts.put(CountKind.KILLED, both);
      c.counts.put(CountKind.INJURED, both);
    }
  }

  private static final Set<String> JOIN_OR = WordSet.of("and", "or", "&");

  private static final Set<String> INJURY_WORDS =
      WordSet.of("injured", "wounded", "injuring", "wounding", "injure", "wound", "injures");

  private static final Set<String> KILL_WORDS =
      WordSet.of("killed", "killing", "kill", "kills", "martyred", "dead");

  /**
   * The figure a casualty word states itself: "more than 20 were injured" (the number as the
   * subject of the passive, with only auxiliaries and adverbs between) or a toll statement ("the
   * death toll rose to 9", "the number of people killed has risen to 9", "put the toll at 9"). A
   * coordinated second clause ("11 civilians were killed and more than 20 were injured") thus
   * counts its own figure, not the first clause's.
   */
  private Quantity ownQuantity(Candidate c, List<Quantity> quantities) {
    if (tollStatement(c)) {
      for (int k = c.trigEnd; k < c.sentence.endToken(); k++) {
        c.tollRose |= TOLL_RISES.contains(norm(k));
      }
      for (Quantity q : quantities) {
        if (q.firstToken() >= c.trigEnd
            && q.endToken() <= c.sentence.endToken()
            && TOLL_LINKS.contains(norm(q.firstToken() - 1))) {
          c.toll = true;
          return q;
        }
        if (q.firstToken() >= c.trigEnd && TOLL_LINKS.contains(norm(q.firstToken()))) {
          c.toll = true;
          // "rose to 9" reads as a quantity "to 9" (as in "up to 9"): a toll names it exactly
          return new Quantity(
              q.span(),
              q.text(),
              q.max(),
              q.max(),
              false,
              q.recurring(),
              q.firstToken(),
              q.endToken());
        }
      }
    }
    for (Quantity q : quantities) {
      if (q.endToken() > c.trigFirst || q.endToken() < c.clauseStart) {
        continue;
      }
      // "16 were killed": the trigger "were killed" carries its own auxiliary
      boolean auxiliary = c.trigEnd - c.trigFirst > 1 && BE.contains(norm(c.trigFirst));
      boolean onlyAuxiliaries = true;
      for (int k = q.endToken(); k < c.trigFirst && onlyAuxiliaries; k++) {
        auxiliary |= BE.contains(norm(k));
        onlyAuxiliaries = BE.contains(norm(k)) || ADVERBS.contains(norm(k));
      }
      if (auxiliary && onlyAuxiliaries) {
        return q;
      }
    }
    return null;
  }

  /**
   * "death toll", or a casualty word after "the number of (people)": the sentence states a total
   * that follows, not a count next to the word.
   */
  private boolean tollStatement(Candidate c) {
    for (int k = c.sentence.firstToken(); k < c.sentence.endToken(); k++) {
      if (cumulative(k)) {
        return false; // "the war's death toll rose to 300,000": a running total, not an incident
      }
    }
    if (norm(c.trigEnd - 1).equals("toll")) {
      return true;
    }
    for (int k = c.trigFirst - 1; k >= Math.max(c.sentence.firstToken(), c.trigFirst - 4); k--) {
      if (norm(k).equals("number") && norm(k + 1).equals("of")) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that say a toll went up: a newer figure for the same incident. */
  private static final Set<String> TOLL_RISES =
      WordSet.of(
          "rose",
          "risen",
          "rises",
          "rising",
          "climbed",
          "climbs",
          "increased",
          "jumped",
          "reached");

  /**
   * A word that makes a figure a running total ("since 2011", "the war's toll"); "since" before a
   * participle is an adverb ("the toll has since risen to 9"), not the start of a period.
   */
  private boolean cumulative(int k) {
    if (k < 0 || k >= cumulativeToken.length) {
      return computeCumulative(k);
    }
    if (cumulativeToken[k] == 0) {
      cumulativeToken[k] = computeCumulative(k) ? (byte) 2 : (byte) 1;
    }
    return cumulativeToken[k] == 2;
  }

  private static final int WIDE_AREA_WORD = 2;
  private static final int PERIOD_UNIT_WORD = 4;

  /**
   * Whether token k is one of the {@link #WIDE_AREA} words ({@link #WIDE_AREA_WORD}) and one of the
   * {@link #PERIOD_UNITS} ({@link #PERIOD_UNIT_WORD}), as bits, asked of the word lists once a
   * token; k lies inside the text.
   */
  private int aggregateWords(int k) {
    if (aggregateWordToken[k] == 0) {
      String n = norm(k);
      aggregateWordToken[k] =
          (byte)
              (1
                  | (WIDE_AREA.contains(n) ? WIDE_AREA_WORD : 0)
                  | (PERIOD_UNITS.contains(n) ? PERIOD_UNIT_WORD : 0));
    }
    return aggregateWordToken[k];
  }

  /** A place noun, or "positions", that makes a candidate's clause speak of a place. */
  private boolean placeNounOfClause(int k) {
    if (k < 0 || k >= placeNounToken.length) {
      return PLACE_NOUNS.contains(norm(k)) || norm(k).equals("positions");
    }
    if (placeNounToken[k] == 0) {
      placeNounToken[k] =
          PLACE_NOUNS.contains(norm(k)) || norm(k).equals("positions") ? (byte) 2 : (byte) 1;
    }
    return placeNounToken[k] == 2;
  }

  private boolean computeCumulative(int k) {
    String n = norm(k);
    if (!CUMULATIVE_WORDS.contains(n)) {
      return false;
    }
    String next = norm(k + 1);
    return !(n.equals("since") && (next.endsWith("en") || next.endsWith("ed")));
  }

  /**
   * A figure that belongs to another verb: another event's trigger nearer to it ("arrested dozens
   * of men in raids"), or an infinitive between the trigger and the figure ("opened fire to
   * disperse hundreds of people"). It is the size of that verb's object, such as a crowd or the
   * people arrested, not the trigger's count.
   */
  private boolean otherVerbBetween(Candidate c, Quantity q) {
    boolean after = q.firstToken() >= c.trigEnd;
    int from = after ? c.trigEnd : q.endToken();
    int to = after ? q.firstToken() : c.trigFirst;
    int distance = to - from;
    for (DictionaryMatch<TriggerEntry> t : currentTriggers) {
      boolean between =
          t.firstToken() >= from && t.endToken() <= to && t.value().kind() != TriggerKind.OUTCOME;
      // before the figure, another event's trigger nearer to it than this one takes it
      boolean nearer =
          !after
              && t.endToken() <= q.firstToken()
              && q.firstToken() - t.endToken() < distance
              && t.value().kind() != TriggerKind.OUTCOME;
      if (t.firstToken() != c.trigFirst && (between || nearer)) {
        return true; // "arrested dozens of men in raids": the figure is the nearer verb's
      }
    }
    if (!after) {
      return false;
    }
    for (int k = from; k < q.firstToken(); k++) {
      if (norm(k).equals("to")
          && tokens.get(k + 1).isWord()
          && !DETERMINERS.contains(norm(k + 1))
          && k + 1 < q.firstToken()) {
        return true;
      }
    }
    return false;
  }

  private static boolean closer(Quantity q, Quantity best, Candidate c) {
    return Math.abs(q.firstToken() - c.trigFirst) < Math.abs(best.firstToken() - c.trigFirst);
  }

  /** The person named at most three words after a figure ("25 prisoners"), else null. */
  private Mention personAfter(Quantity q, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.first >= q.endToken()
          && m.first - q.endToken() <= 3
          && wordsBetween(q.endToken(), m.first)) {
        return m;
      }
    }
    return null;
  }

  /** The quantity ending at most three tokens before a mention ("two young men", "four of"). */
  private Quantity quantityBefore(List<Quantity> quantities, int mentionFirst) {
    Quantity best = null;
    for (Quantity q : quantities) {
      if (q.endToken() <= mentionFirst
          && mentionFirst - q.endToken() <= 3
          && wordsBetween(q.endToken(), mentionFirst)
          // "four men and a child": the figure is the men's, not the child's
          && !wordBetween("and", q.endToken(), mentionFirst)) {
        best = q;
      }
    }
    return best;
  }

  private boolean wordBetween(String word, int from, int to) {
    for (int k = from; k < to; k++) {
      if (norm(k).equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** Only words, or quotation marks around a name ("9 \u201cIS\u201d members"), in [from, to). */
  private boolean wordsBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!tokens.get(k).isWord() && !QUOTES.contains(norm(k))) {
        return false;
      }
    }
    return true;
  }

  private static Count count(Quantity q) {
    return new Count(q.min(), q.max(), q.recurring(), q.approximate(), q.span());
  }

  private static CountKind countKind(Candidate c) {
    if (c.entry.count() != null) {
      return c.entry.count();
    }
    return switch (c.subType) {
      case ABDUCTION_FORCED_DISAPPEARANCE -> CountKind.ABDUCTED;
      case ARRESTS -> CountKind.DETAINED;
      default -> null;
    };
  }

  // ---------------------------------------------------------------- modality and attribution

  /** Cues that describe an actor's role, not the clause: they govern the verb right after them. */
  private static final Set<String> ROLE_CUES =
      WordSet.of("tasked with", "mandated to", "mission to");

  /** "May" capitalised inside a sentence of cased text is the month. */
  private boolean monthMay(DictionaryMatch<?> m, int sentenceStart) {
    return !caseFolded && m.firstToken() > sentenceStart && m.text().equals("May");
  }

  private Certainty modality(Candidate c, List<DictionaryMatch<CueKind>> cues, int a) {
    Certainty result = Certainty.ASSERTED;
    int rank = 0;
    for (DictionaryMatch<CueKind> m : cues) {
      boolean before = m.endToken() <= c.trigFirst;
      boolean inClause = m.firstToken() >= c.clauseStart && before;
      CueKind k = m.value();
      boolean denial = k == CueKind.NEGATION && norm(m.firstToken()).startsWith("den") && before;
      if (!inClause && !denial) {
        continue;
      }
      if (k == CueKind.HYPOTHETICAL && monthMay(m, c.sentence.firstToken())) {
        continue; // "May Day", "on 3 May": the month, not the modal
      }
      if (ROLE_CUES.contains(m.text().toLowerCase(Locale.ROOT)) && c.trigFirst - m.endToken() > 1) {
        // "the coalition tasked with fighting X withdrew": a role makes only its own verb generic
        continue;
      }
      if (k == CueKind.NEGATION
          && m.endToken() < tokens.size()
          && norm(m.endToken()).equals("only")
          && norm(m.firstToken()).equals("not")) {
        continue; // "not only killed ... but also": an addition, not a negation
      }
      Certainty cert;
      int r;
      switch (k) {
        case NEGATION -> {
          cert = Certainty.NEGATED;
          r = 5;
        }
        case HYPOTHETICAL -> {
          cert = Certainty.HYPOTHETICAL;
          r = 4;
        }
        case FUTURE -> {
          cert = Certainty.FUTURE;
          r = 4;
        }
        case GENERIC -> {
          cert = Certainty.GENERIC;
          r = 3;
        }
        case HEDGE -> {
          cert = Certainty.UNCERTAIN;
          r = 1;
        }
        default -> {
          continue;
        }
      }
      if (r > rank) {
        rank = r;
        result = cert;
      }
    }
    // "to attack", "to break out": a purpose or intention, not an occurrence
    String t = tokens.get(c.trigFirst).norm();
    int k = c.trigFirst - 1;
    if (norm(k).equals("to")
        && !t.endsWith("ed")
        && !t.endsWith("ing")
        && !t.endsWith("s")
        && !t.endsWith("ion")
        && rank < 4) {
      result = Certainty.HYPOTHETICAL;
      rank = 4;
    }
    if (t.endsWith("ing") && rank < 3 && mentionEndsAt(c.trigFirst) && !modifiedNoun(c)) {
      result = Certainty.GENERIC; // "coalition forces fighting ISIS": a description, not an event
      rank = 3;
    }
    if (norm(c.sentence.endToken() - 1).equals("?") && rank < 4) {
      result = Certainty.HYPOTHETICAL;
    }
    return result;
  }

  /**
   * "Regime shelling killed five", "Turkish shelling on the village": an -ing word after a one-word
   * actor modifier, with no object of its own, is the noun the modifier describes, not a participle
   * of a description ("coalition forces fighting ISIS", "the army shelling the town").
   */
  private boolean modifiedNoun(Candidate c) {
    Mention before = null;
    for (Mention m : currentMentions) {
      if (m.end == c.trigFirst) {
        before = m;
      }
    }
    if (before == null || before.end - before.first != 1 || !before.armed || before.generic) {
      return false; // "people protesting against prices": people doing it
    }
    Token w = tokens.get(before.first);
    if (w.norm().endsWith("s") && !w.isAllCaps()) {
      return false; // "militants shelling": people doing it
    }
    int k = c.trigEnd;
    if (k >= c.clauseEnd) {
      return true;
    }
    String next = norm(k);
    if (DETERMINERS.contains(next) || OBJECT_PRONOUNS.contains(next)) {
      return false;
    }
    for (Mention m : currentMentions) {
      if (m.first == k) {
        return false;
      }
    }
    return true;
  }

  private boolean mentionEndsAt(int k) {
    for (Mention m : currentMentions) {
      if (m.end == k && m.ref.span() != null) {
        return true;
      }
    }
    return false;
  }

  private void recurrence(
      Candidate c, List<DictionaryMatch<CueKind>> cues, List<Quantity> quantities) {
    for (DictionaryMatch<CueKind> m : cues) {
      if (m.value() == CueKind.RECURRING
          && m.firstToken() >= c.clauseStart
          && m.endToken() <= c.clauseEnd) {
        c.tags.add(Tag.RECURRING);
      }
    }
    for (Count n : c.counts.values()) {
      if (n.recurring()) {
        c.tags.add(Tag.RECURRING);
      }
    }
  }

  /**
   * Tags {@link Tag#AGGREGATE} a casualty figure that totals more than one incident: the sentence
   * speaks of a period ("in 17 days", "within a week", "during 24 hours", "in 2016", "since", "this
   * month", "the war") or a whole region ("across Syria", "throughout the country"), or it is a
   * day's toll ("killed yesterday", "today") that the sentence breaks down ("including 12
   * soldiers") or places nowhere. The figure stays (a documenter wants it); the tag says it is not
   * one incident's deaths.
   */
  private void aggregate(Candidate c, List<PlaceMention> places) {
    if (!c.counts.containsKey(CountKind.KILLED) && !c.counts.containsKey(CountKind.INJURED)) {
      return;
    }
    int first = c.sentence.firstToken();
    int end = c.sentence.endToken();
    boolean day = false;
    boolean breakdown = false;
    for (int k = first; k < end; k++) {
      String n = norm(k);
      int words = aggregateWords(k);
      if (cumulative(k) || (words & WIDE_AREA_WORD) != 0) {
        c.tags.add(Tag.AGGREGATE);
        return;
      }
      if ((words & PERIOD_UNIT_WORD) != 0 && k > first && periodBefore(k, first)) {
        c.tags.add(Tag.AGGREGATE); // "in 17 days", "within a week", "during the past 24 hours"
        return;
      }
      if (n.length() == 4 && Digits.all(n) && k > first) {
        String before = norm(k - 1);
        if (before.equals("in") || before.equals("during") || before.equals("of")) {
          c.tags.add(Tag.AGGREGATE); // "killed in 2016"
          return;
        }
      }
      day |= n.equals("yesterday") || n.equals("today");
      breakdown |= n.equals("including");
    }
    boolean placed = false;
    for (PlaceMention p : places) {
      placed |= p.first >= first && p.end <= end;
    }
    if (day && (breakdown || !placed)) {
      c.tags.add(Tag.AGGREGATE); // "63 were killed yesterday, including 6 soldiers"
    }
  }

  /**
   * "in 17 days", "within a week", "during the past 24 hours": a preposition, then only
   * determiners, figures and words like "past" before the unit at token k. "killed in shelling last
   * week" is no period: "last week" dates the incident.
   */
  private boolean periodBefore(int k, int sentenceFirst) {
    int j = k - 1;
    while (j > sentenceFirst
        && (PERIOD_FILLERS.contains(norm(j)) || Digits.all(tokens.get(j).text()))) {
      j--;
    }
    return PERIOD_PREPOSITIONS.contains(norm(j));
  }

  private void attribution(
      Candidate c, List<DictionaryMatch<CueKind>> cues, List<Mention> mentions, int a, int b) {
    for (DictionaryMatch<CueKind> m : cues) {
      if (m.value() != CueKind.REPORT && m.value() != CueKind.CLAIM) {
        continue;
      }
      Span source;
      if (norm(m.firstToken()).equals("according")) {
        int e = m.endToken();
        while (e < b && e - m.endToken() < 7 && tokens.get(e).isWord()) {
          e++;
        }
        if (e == m.endToken()) {
          continue;
        }
        source = new Span(tokens.get(m.endToken()).span().start(), tokens.get(e - 1).span().end());
      } else {
        int s = m.firstToken();
        boolean named = false;
        while (s - 1 >= a
            && m.firstToken() - s < 8
            && tokens.get(s - 1).isWord()
            && (tokens.get(s - 1).isCapitalized() && !caseFolded
                || SOURCE_WORDS.contains(norm(s - 1)))) {
          s--;
          named |= tokens.get(s).isCapitalized() || SOURCE_WORDS.contains(norm(s));
        }
        while (s < m.firstToken() && FUNCTION_WORDS.contains(norm(s))) {
          s++;
        }
        if (s >= m.firstToken() || !named) {
          continue;
        }
        source =
            new Span(tokens.get(s).span().start(), tokens.get(m.firstToken() - 1).span().end());
      }
      Attribution.Kind kind =
          m.value() == CueKind.CLAIM ? Attribution.Kind.CLAIM : Attribution.Kind.REPORT;
      c.attribution = new Attribution(source.of(raw), source, kind);
      if (c.certainty == Certainty.ASSERTED) {
        c.certainty = Certainty.REPORTED;
      }
      return;
    }
  }

  private void date(Candidate c, List<TimeExpression> times) {
    TimeExpression best = null;
    for (TimeExpression t : times) {
      if (t.start() != null && c.sentence.span().contains(t.span())) {
        if (best == null
            || Math.abs(t.span().start() - c.trigger.start())
                < Math.abs(best.span().start() - c.trigger.start())) {
          best = t;
        }
      }
    }
    if (best != null) {
      c.date = new EventDate(best.start(), best.end(), best.precision(), best.span());
    }
  }

  // ---------------------------------------------------------------- sub-types and merging

  private static Candidate nearest(List<Candidate> events, Candidate o) {
    Candidate best = null;
    for (Candidate e : events) {
      // background ("amid clashes", "despite air strikes") lends the casualties no cause when
      // the sentence tells a main event: "a grenade exploded amid clashes, killing one"
      boolean preferred = best != null && best.background && !e.background;
      boolean worse = best != null && !best.background && e.background;
      if (best == null
          || preferred
          || !worse
              && Math.abs(e.trigFirst - o.trigFirst) < Math.abs(best.trigFirst - o.trigFirst)) {
        best = e;
      }
    }
    return best;
  }

  // Heads that name more than one person though "a" stands before them.
  private static final Set<String> COLLECTIVE_HEADS =
      WordSet.of(
          "family",
          "group",
          "number",
          "couple",
          "few",
          "dozen",
          "crowd",
          "convoy",
          "unit",
          "patrol",
          "squad",
          "team",
          "battalion",
          "brigade",
          "delegation",
          "bus",
          "gathering",
          "series",
          "wave",
          "total",
          "handful",
          "score",
          "lot",
          "household",
          "village",
          "tribe",
          "clan",
          "cell",
          "company",
          "platoon",
          "force",
          "militia",
          "faction",
          "band",
          "gang");

  /**
   * An Attack verb that says what happened to the person ("was shot", "murdered", "stabbed",
   * "tortured"), not only that someone was attacked or targeted, whose victim therefore counts.
   */
  private boolean harmVerb(Candidate c) {
    String w = norm(c.trigFirst);
    return c.entry.subType() == SubEventType.ATTACK
        && (w.endsWith("ed") || w.equals("shot") || w.equals("beaten"))
        && !w.equals("attacked")
        && !w.equals("targeted")
        && !w.equals("assaulted");
  }

  /**
   * A count of one for a casualty word's victim named in the singular with "a" or "an" ("gunmen
   * killed a teacher", "a child was wounded"), spanning the article and the noun; null when the
   * victim is coordinated with others ("a teacher and his son"), a collective ("a family") or has
   * no such article.
   */
  private Count countOfOne(Mention victim, List<Mention> mentions, List<Quantity> quantities) {
    int det = DETERMINER_A.contains(norm(victim.first)) ? victim.first : victim.first - 1;
    while (det > 0 && det >= victim.first - 3 && PERSON_ADJECTIVES.contains(norm(det))) {
      det--; // "a young man", "an elderly displaced woman"
    }
    boolean kin =
        det >= 0
            && POSSESSIVES.contains(norm(det))
            && victim.end - victim.first == 1
            && KIN_SINGULAR.contains(norm(victim.first));
    if (det >= 0 && !DETERMINER_A.contains(norm(det)) && !kin) {
      det = memberOf(victim.first);
    }
    if (det < 0 || !(kin || DETERMINER_A.contains(norm(det)))) {
      return null;
    }
    String after = norm(victim.end);
    // "killed a shepherd and wounded his son": "and" before a verb joins clauses, not victims
    boolean clauseAnd = after.equals("and") && norm(victim.end + 1).endsWith("ed");
    // "a man and a child", "a man and two children": coordinated() sums the groups (also a group
    // before "and"); "clashes in Hama and a man was killed": "and" joins clauses
    boolean nextGroup = groupStartingAt(victim.end + 1, mentions, quantities) != null;
    if (after.equals("and") && !clauseAnd && !nextGroup
        || after.equals(",") && !nextGroup
        || after.equals("&")
        || COLLECTIVE_HEADS.contains(norm(victim.end - 1))
        || victim.end - 1 < det
        || victim.end > tokens.size()) {
      return null;
    }
    Span span = new Span(tokens.get(det).span().start(), tokens.get(victim.end - 1).span().end());
    return new Count(1, 1, false, false, span);
  }

  /**
   * The count of a victim group with the groups coordinated to it added: "two men and a woman" (3),
   * "three soldiers and two civilians" (5), "at least four men and a child" (5, approximate). A
   * group is a figure or "a"/"an" before a person; groups join with "and" or a comma. Minimums add
   * up, and so do maximums; the sum is approximate when a part is. A group followed by a verb is
   * the subject of another clause ("killed two men and a woman was hurt"), not a victim.
   *
   * @param first the count of the victim's own group
   * @param groupStart the first token of that group (its figure or article)
   */
  private Count coordinated(
      Count first,
      int groupStart,
      Mention victim,
      List<Mention> mentions,
      List<Quantity> quantities) {
    int min = first.min();
    int max = first.max();
    boolean approximate = first.approximate();
    int start = groupStart;
    int end = victim.end;
    // to the left: "three soldiers and [two civilians] were killed"
    while (start > 1 && JOINERS.contains(norm(start - 1))) {
      Group g = groupEndingAt(start - 1, mentions, quantities);
      if (g == null) {
        break;
      }
      min = saturatedAdd(min, g.min);
      max = saturatedAdd(max, g.max);
      approximate |= g.approximate;
      start = g.first;
    }
    // to the right: "killed [two men] and a woman"
    while (end + 1 < tokens.size() && JOINERS.contains(norm(end))) {
      Group g = groupStartingAt(end + 1, mentions, quantities);
      if (g == null || verbAfter(g.end)) {
        break;
      }
      min = saturatedAdd(min, g.min);
      max = saturatedAdd(max, g.max);
      approximate |= g.approximate;
      end = g.end;
    }
    if (start == groupStart && end == victim.end) {
      return first;
    }
    Span span = new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
    return new Count(min, max, first.recurring(), approximate, span);
  }

  /** A coordinated victim group: tokens [first, end), counting min..max people. */
  private record Group(int first, int end, int min, int max, boolean approximate) {}

  private static final Set<String> JOINERS = WordSet.of("and", ",");

  /** A group whose person mention ends at token {@code end}: "two civilians", "a woman". */
  private Group groupEndingAt(int end, List<Mention> mentions, List<Quantity> quantities) {
    for (Mention m : mentions) {
      if (m.end != end) {
        continue;
      }
      Quantity q = quantityBefore(quantities, m.first);
      if (q != null && !verbBetween(q.endToken(), m.first)) {
        return new Group(q.firstToken(), end, q.min(), q.max(), q.approximate());
      }
      int det = articleBefore(m.first);
      if (det >= 0 && !COLLECTIVE_HEADS.contains(norm(m.end - 1))) {
        return new Group(det, end, 1, 1, false);
      }
      if (kinOfOne(m)) {
        return new Group(m.first - 1, end, 1, 1, false);
      }
    }
    return null;
  }

  /** A group that starts at token {@code first}: "a woman", "two children". */
  private Group groupStartingAt(int first, List<Mention> mentions, List<Quantity> quantities) {
    for (Mention m : mentions) {
      if (m.first < first || m.first - first > 3) {
        continue;
      }
      Quantity q = quantityBefore(quantities, m.first);
      if (q != null && q.firstToken() == first && !verbBetween(q.endToken(), m.first)) {
        return new Group(first, m.end, q.min(), q.max(), q.approximate());
      }
      if (articleBefore(m.first) == first && !COLLECTIVE_HEADS.contains(norm(m.end - 1))
          || kinOfOne(m) && m.first - 1 == first) {
        return new Group(first, m.end, 1, 1, false);
      }
    }
    return null;
  }

  /** "his son", "her husband": a kinship noun after a possessive, one person. */
  private boolean kinOfOne(Mention m) {
    return m.first > 0
        && m.end - m.first == 1
        && POSSESSIVES.contains(norm(m.first - 1))
        && KIN_SINGULAR.contains(norm(m.first));
  }

  /** The "a"/"an" of a person named in the singular ("a man", "an elderly woman"), else -1. */
  private int articleBefore(int mentionFirst) {
    int det = DETERMINER_A.contains(norm(mentionFirst)) ? mentionFirst : mentionFirst - 1;
    while (det > 0 && det >= mentionFirst - 3 && PERSON_ADJECTIVES.contains(norm(det))) {
      det--;
    }
    return det >= 0 && DETERMINER_A.contains(norm(det)) ? det : -1;
  }

  /** A form of "be" or a trigger in [from, to): "12 dead of the regime forces" is no group. */
  private boolean verbBetween(int from, int to) {
    for (int j = from; j < to; j++) {
      if (BE.contains(norm(j))) {
        return true;
      }
      for (DictionaryMatch<TriggerEntry> t : currentTriggers) {
        if (t.firstToken() == j) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A verb within two words after a group ("and 17 ISIS members killed"): the group is the subject
   * of its own clause.
   */
  private boolean verbAfter(int k) {
    return verbBetween(k, Math.min(tokens.size(), k + 3));
  }

  /** The token whose span starts at raw offset {@code start}. */
  private int tokenAt(int start) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).span().start() == start) {
        return k;
      }
    }
    throw new IllegalStateException("expected a token starting at " + start + ", found none");
  }

  private static int saturatedAdd(int a, int b) {
    long sum = (long) a + b;
    return sum > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) sum;
  }

  private static final Set<String> DETERMINER_A = WordSet.of("a", "an");

  // Words between "a" and a person that keep the person one: "a young man", "an elderly woman".
  private static final Set<String> PERSON_ADJECTIVES =
      WordSet.of(
          "young",
          "old",
          "elderly",
          "local",
          "displaced",
          "pregnant",
          "teenage",
          "little",
          "prominent",
          "former",
          "senior",
          "disabled",
          "retired",
          "kurdish",
          "arab",
          "syrian",
          "iraqi",
          "turkish",
          "civilian",
          "unarmed",
          "female",
          "male",
          "minor");

  // "his son was killed": one person, named by kinship after a possessive.
  private static final Set<String> POSSESSIVES = WordSet.of("his", "her", "their");

  private static final Set<String> KIN_SINGULAR =
      WordSet.of(
          "mother",
          "father",
          "son",
          "daughter",
          "wife",
          "husband",
          "brother",
          "sister",
          "child",
          "uncle",
          "aunt",
          "cousin",
          "nephew",
          "niece",
          "grandson",
          "granddaughter",
          "grandfather",
          "grandmother");

  // One person named by a role in a group: "a member of the SDF", "an officer in the army".
  private static final Set<String> ROLE_NOUNS =
      WordSet.of(
          "member",
          "fighter",
          "officer",
          "soldier",
          "commander",
          "leader",
          "militant",
          "element",
          "official",
          "employee",
          "agent",
          "recruit",
          "policeman",
          "guard",
          "volunteer",
          "mukhtar",
          "dignitary",
          "notable",
          "emir",
          "general",
          "brigadier",
          "colonel",
          "lieutenant",
          "captain",
          "sergeant",
          "pilot",
          "conscript",
          "militiaman");

  // Ranks and roles of the state's armed forces and police: their deaths are no violence against
  // civilians (ACLED codes the person by the force served).
  private static final Set<String> STATE_ROLES =
      WordSet.of(
          "officer",
          "soldier",
          "conscript",
          "brigadier",
          "colonel",
          "general",
          "lieutenant",
          "policeman",
          "serviceman");

  // Roles in non-state armed groups; with no word of the state, ACLED's generic rebel row.
  private static final Set<String> GROUP_ROLES =
      WordSet.of("fighter", "militant", "militiaman", "commander", "emir", "gunman");

  // Words that may follow a person named by a role: prepositions and conjunctions.
  private static final Set<String> AFTER_ROLE =
      WordSet.of(
          "of", "in", "from", "at", "near", "on", "and", "with", "by", "who", "during", "outside",
          "inside", "east", "west", "north", "south", "after", "while", "when", "as");

  // Words that put a role in the state's forces: "a regime officer", "an army commander".
  private static final Set<String> STATE_WORDS =
      WordSet.of("army", "regime", "government", "police", "military", "security", "air-force");

  // Words between "a" and a role that keep it one person: "a senior commander of the SDF".
  private static final Set<String> ROLE_MODIFIERS =
      WordSet.of(
          "senior",
          "prominent",
          "top",
          "local",
          "field",
          "military",
          "security",
          "former",
          "high-ranking",
          "leading",
          "brigadier",
          "staff",
          "first",
          "second");

  /**
   * The index of the "a"/"an" of "a member of (the) X" before a mention starting at {@code first},
   * or -1.
   */
  private int memberOf(int first) {
    int k = first - 1;
    if (norm(k).equals("the")) {
      k--;
    }
    if (!(norm(k).equals("of") || norm(k).equals("in") || norm(k).equals("from"))) {
      return -1;
    }
    k--;
    if (!ROLE_NOUNS.contains(norm(k))) {
      return -1;
    }
    k--;
    for (int i = 0; i < 2 && k > 0 && ROLE_MODIFIERS.contains(norm(k)); i++) {
      k--; // "a senior commander", "a brigadier general"
    }
    return k >= 0 && DETERMINER_A.contains(norm(k)) ? k : -1;
  }

  /** Folds {@code from} into {@code into}: missing arguments, counts and tags. */
  private static void absorb(Candidate into, Candidate from) {
    into.tags.addAll(from.tags);
    from.counts.forEach(into.counts::putIfAbsent);
    if (into.perp == null || into.perpInferred && from.perp != null && !from.perpInferred) {
      into.perp = from.perp;
      into.perpInferred = from.perpInferred;
      into.perpAuthority = from.perpAuthority;
    }
    if (into.victim == null) {
      into.victim = from.victim;
      into.victimArmed = from.victimArmed;
    }
    if (into.target == null) {
      into.target = from.target;
      into.targetDirect = from.targetDirect;
    }
    if (into.place == null || into.placeWeak && from.place != null && !from.placeWeak) {
      into.place = from.place;
      into.placeWeak = from.placeWeak;
    }
    if (into.date == null) {
      into.date = from.date;
    }
    if (into.attribution == null) {
      into.attribution = from.attribution;
    }
    into.prior = Math.max(into.prior, from.prior);
    oneMentionOneSide(into);
  }

  /**
   * "Scores of terrorists were killed": one mention is the victim, never also the perpetrator.
   * Unless the mention names people by the violence they do ("attackers", "gunmen", "the bomber":
   * the unidentified armed group's names): then it is the perpetrator, whatever word follows it.
   */
  private static void oneMentionOneSide(Candidate c) {
    if (c.perp != null
        && c.victim != null
        && c.perp.span() != null
        && c.perp.span().equals(c.victim.span())) {
      if (UNIDENTIFIED_ACTOR.equals(c.perp.actorId())) {
        c.victim = null;
        c.victimArmed = false;
        return;
      }
      c.perp = null;
      c.perpInferred = false;
      c.perpAuthority = false;
    }
  }

  /** State forces named right before token {@code k}: the subject of the verb there. */
  private boolean stateSubjectAt(int k) {
    for (Mention m : currentMentions) {
      if (m.end == k && m.ref.category() == ActorCategory.STATE_FORCES) {
        return true;
      }
    }
    return false;
  }

  private void refineSubType(
      Candidate c,
      List<DictionaryMatch<WeaponEntry>> weapons,
      List<DictionaryMatch<CueKind>> cues) {
    if (c.entry.subType() == SubEventType.VIOLENT_DEMONSTRATION && stateSubjectAt(c.trigFirst)) {
      // "police blocked the streets as protesters gathered", "police tore down the tents":
      // force of the authorities on a demonstration, not the demonstrators' violence
      c.subType = SubEventType.PROTEST_WITH_INTERVENTION;
      return;
    }
    if (c.subType.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE
        && !c.counts.containsKey(CountKind.KILLED)
        && !c.counts.containsKey(CountKind.INJURED)) {
      for (DictionaryMatch<CueKind> m : cues) {
        if (m.value() == CueKind.DISRUPTION
            && m.firstToken() >= c.clauseStart
            && m.endToken() <= c.clauseEnd) {
          // "explosive devices were found": weapons taken out of use, not an explosion
          c.subType = SubEventType.DISRUPTED_WEAPONS_USE;
          return;
        }
      }
    }
    if (c.subType == SubEventType.DISRUPTED_WEAPONS_USE) {
      for (DictionaryMatch<WeaponEntry> w : weapons) {
        if (w.value().subType() == SubEventType.AIR_DRONE_STRIKE
            && w.firstToken() >= c.clauseStart
            && w.endToken() <= c.clauseEnd) {
          // "warplanes destroyed an arms depot": ACLED codes the strike by its means
          c.subType = SubEventType.AIR_DRONE_STRIKE;
          return;
        }
      }
    }
    if (c.subType.type().isViolent()) {
      for (DictionaryMatch<WeaponEntry> w : weapons) {
        if (w.value().subType() == SubEventType.CHEMICAL_WEAPON
            && !facilityAfter(w.endToken())
            && !backgroundBefore(c.clauseStart, w.firstToken())) {
          c.subType = SubEventType.CHEMICAL_WEAPON; // the means that defines the event
          return;
        }
        if (w.value().subType() == SubEventType.SUICIDE_BOMB
            && (c.subType.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE
                || c.subType == SubEventType.ATTACK)) {
          c.subType = SubEventType.SUICIDE_BOMB; // "suicide bombers detonated explosives"
          c.tags.addAll(w.value().tags());
          return;
        }
      }
    }
    if (c.subType == SubEventType.ARMED_CLASH || c.subType == SubEventType.ATTACK) {
      for (Mention m : currentMentions) {
        ActorCategory cat = m.ref.category();
        boolean inClause = m.first >= c.clauseStart && m.end <= c.clauseEnd;
        boolean subject = inClause && m.end <= c.trigFirst;
        boolean street = cat == ActorCategory.RIOTERS || cat == ActorCategory.PROTESTERS;
        // demonstrators who suffer the attack ("attacks against peaceful protesters") did no
        // violence: force on them is decided below
        boolean struck =
            c.victim != null && c.victim.span() != null && c.victim.span().equals(m.ref.span());
        // demonstrators next to a casualty word alone are its victims ("demonstrators killed")
        boolean casualties = c.outcome && cat == ActorCategory.PROTESTERS;
        if (street && !struck && !casualties && (subject || inClause && c.perp == null)) {
          // "rioters clashed with police", "set ablaze by an angry mob"
          boolean mob = m.ref.span().of(raw).toLowerCase(Locale.ROOT).contains("mob");
          c.subType = mob ? SubEventType.MOB_VIOLENCE : SubEventType.VIOLENT_DEMONSTRATION;
          c.perp = m.ref;
          return;
        }
        if (c.subType == SubEventType.ARMED_CLASH
            && c.perp == null
            && cat == ActorCategory.CIVILIANS
            && subject) {
          c.subType = SubEventType.MOB_VIOLENCE; // "villagers clashed": unorganised violence
          c.perp = m.ref;
          return;
        }
      }
    }
    if (c.subType == SubEventType.ATTACK
        && !c.tags.contains(Tag.EXECUTION)
        && !c.tags.contains(Tag.ASSASSINATION)) {
      // the weapon nearest the trigger in the sentence decides ("killed ... by these landmines")
      DictionaryMatch<WeaponEntry> best = null;
      for (DictionaryMatch<WeaponEntry> w : weapons) {
        if (facilityAfter(w.endToken())) {
          continue; // "targeting chemical weapons facilities": a target, not the means
        }
        if (best == null
            || Math.abs(w.firstToken() - c.trigFirst) < Math.abs(best.firstToken() - c.trigFirst)) {
          best = w;
        }
      }
      if (best != null) {
        c.subType = best.value().subType();
        c.tags.addAll(best.value().tags());
      }
    }
    if (c.subType == SubEventType.ATTACK
        && c.victim != null
        && c.victim.category() == ActorCategory.PROTESTERS) {
      c.subType = SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS; // violence on demonstrators
      return;
    }
    if (c.subType == SubEventType.ATTACK && c.victim == null && c.perp != null) {
      for (int k = c.trigEnd; k < c.clauseEnd; k++) {
        if (MILITARY_TARGETS.contains(norm(k))) {
          c.subType = SubEventType.ARMED_CLASH; // an attack on a checkpoint or base is a battle
          return;
        }
      }
    }
    if (c.subType == SubEventType.ATTACK
        && c.victim != null
        && c.victimArmed
        && !c.tags.contains(Tag.EXECUTION)
        && !c.tags.contains(Tag.ASSASSINATION)) {
      c.subType = SubEventType.ARMED_CLASH; // armed against armed is a battle, not an attack
    }
    if (c.subType == SubEventType.ARRESTS
        && c.background
        && c.perp != null
        && !c.perpAuthority
        && c.perp.category() != ActorCategory.STATE_FORCES) {
      // "marched demanding the release of detained activists": the detention is the march's
      // reason, and those who demand are not who detained
      c.perp = null;
      c.perpInferred = false;
      c.perpAuthority = false;
    }
    if (c.subType == SubEventType.ARRESTS
        && c.perp != null
        && !c.perpAuthority
        && c.perp.category() != ActorCategory.STATE_FORCES) {
      c.subType = SubEventType.ABDUCTION_FORCED_DISAPPEARANCE; // ACLED: arrests are by authorities
    }
    territoryByTaker(c);
  }

  /** Who takes territory decides between the two changes by force: state forces regain it. */
  private static void territoryByTaker(Candidate c) {
    if (c.perp != null && !c.perpInferred) {
      boolean state = c.perp.category() == ActorCategory.STATE_FORCES;
      if (c.subType == SubEventType.GOVERNMENT_REGAINS_TERRITORY && !state) {
        c.subType = SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
      } else if (c.subType == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY && state) {
        c.subType = SubEventType.GOVERNMENT_REGAINS_TERRITORY;
      }
    }
  }

  /** The trigger's object is in its clause: a context word, or weapons for a disruption. */
  private boolean theme(Candidate c, List<DictionaryMatch<WeaponEntry>> weapons) {
    if (c.subType == SubEventType.DISRUPTED_WEAPONS_USE) {
      for (DictionaryMatch<WeaponEntry> w : weapons) {
        if (w.firstToken() >= c.clauseStart && w.endToken() <= c.clauseEnd) {
          return true;
        }
      }
    }
    if (EventScoring.isTerritorial(c.subType) && (c.placeNoun || c.place != null && !c.placeWeak)) {
      return true; // the territory taken is what the event acts on
    }
    if (c.entry.context().isEmpty() || c.subType.type().isViolent()) {
      return false;
    }
    for (int k = c.clauseStart; k < c.clauseEnd; k++) {
      if ((k < c.trigFirst || k >= c.trigEnd) && c.entry.context().contains(norm(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean addCueTags(Candidate c, TriggerEntry cue) {
    boolean used = false;
    for (Tag t : cue.tags()) {
      boolean fits =
          switch (t) {
            case RANSOM, HOSTAGE_TAKING -> c.subType == SubEventType.ABDUCTION_FORCED_DISAPPEARANCE;
            case TORTURE ->
                c.subType.type() == EventType.VIOLENCE_AGAINST_CIVILIANS
                    || c.subType == SubEventType.ARRESTS;
            default -> true;
          };
      if (fits) {
        c.tags.add(t);
        used = true;
      }
    }
    return used;
  }

  private static int specificity(SubEventType t) {
    return switch (t) {
      // demonstrators doing violence make a violent demonstration, whatever force met them
      case VIOLENT_DEMONSTRATION -> 4;
      case SUICIDE_BOMB, CHEMICAL_WEAPON, EXCESSIVE_FORCE_AGAINST_PROTESTERS -> 3;
      case AIR_DRONE_STRIKE,
          SHELLING_ARTILLERY_MISSILE_ATTACK,
          GRENADE,
          PROTEST_WITH_INTERVENTION,
          // a battle in which territory changes hands is the change (rule 8)
          GOVERNMENT_REGAINS_TERRITORY,
          NON_STATE_ACTOR_OVERTAKES_TERRITORY ->
          2;
      default -> 1;
    };
  }

  /**
   * Merges a sentence's events: the same sub-type without conflicting arguments; events of one
   * battle, remote-violence, protest or riot type in one clause (the most specific sub-type stays);
   * and triggers joined by "and"/"or" ("arrested and tortured").
   */
  private List<Candidate> mergeSentence(List<Candidate> events) {
    events.sort(Comparator.comparingInt(c -> c.trigFirst));
    // force used in the sentence besides a change of territory itself
    boolean force = false;
    for (Candidate e : events) {
      force |= e.subType.type().isViolent() && !EventScoring.isTerritorial(e.subType) && !e.outcome;
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : events) {
      Candidate into = null;
      boolean handled = false;
      for (Candidate m : out) {
        // "took the town after the army pulled out": one change of control, without fighting
        // unless force is told in the sentence
        boolean handover =
            EventScoring.isTerritorial(m.subType)
                && EventScoring.isTerritorial(c.subType)
                && m.subType != c.subType
                && (m.subType == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY
                    || c.subType == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY)
                && m.certainty.happened() == c.certainty.happened();
        if (handover) {
          Candidate capture = m.subType == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY ? c : m;
          Candidate taker = capture;
          m.subType = force ? capture.subType : SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY;
          if (taker != m) {
            // the taker is the actor of the transfer, not the side that withdrew
            m.perp = taker.perp;
            m.perpInferred = taker.perpInferred;
            m.perpAuthority = taker.perpAuthority;
          }
          absorb(m, c);
          into = m;
          handled = true;
          break;
        }
        boolean sameClause = m.clauseStart == c.clauseStart;
        EventType t = m.subType.type();
        EventType u = c.subType.type();
        boolean streets =
            (t == EventType.PROTESTS || t == EventType.RIOTS)
                && (u == EventType.PROTESTS || u == EventType.RIOTS);
        // demonstrators' violence anywhere in the sentence marks the whole demonstration
        boolean violentStreets =
            streets
                && (m.subType == SubEventType.VIOLENT_DEMONSTRATION
                    || c.subType == SubEventType.VIOLENT_DEMONSTRATION);
        boolean family =
            (sameClause || violentStreets)
                && m.background == c.background
                && (t == u || streets)
                && t != EventType.VIOLENCE_AGAINST_CIVILIANS
                && t != EventType.STRATEGIC_DEVELOPMENTS;
        boolean coordinated = coordinated(m, c);
        // arrests at a protest are an intervention in it
        Candidate arrest =
            m.subType.type() == EventType.PROTESTS && c.subType == SubEventType.ARRESTS
                ? c
                : c.subType.type() == EventType.PROTESTS && m.subType == SubEventType.ARRESTS
                    ? m
                    : null;
        Candidate protest = arrest == null ? null : arrest == c ? m : c;
        boolean arrestAtProtest = arrest != null && !protestCause(arrest);
        // "detained before they could protest", "arrested during an attempt to rally": a
        // demonstration stopped by arrests is still one met by intervention
        boolean stopped =
            arrestAtProtest
                && arrest.certainty.happened()
                && (protest.certainty == Certainty.HYPOTHETICAL
                    || protest.certainty == Certainty.FUTURE);
        if (arrestAtProtest && (m.certainty.happened() == c.certainty.happened() || stopped)) {
          if (specificity(m.subType) < 2) {
            m.subType = SubEventType.PROTEST_WITH_INTERVENTION;
          }
          if (stopped) {
            m.certainty = arrest.certainty;
          }
          absorb(m, c);
          into = m;
          handled = true;
          break;
        }
        boolean same = m.subType == c.subType && !conflict(m, c);
        // looting or damage by rioters in the sentence is part of their violent demonstration
        boolean rioterDamage =
            m.subType == SubEventType.VIOLENT_DEMONSTRATION
                    && c.subType == SubEventType.LOOTING_PROPERTY_DESTRUCTION
                || c.subType == SubEventType.VIOLENT_DEMONSTRATION
                    && m.subType == SubEventType.LOOTING_PROPERTY_DESTRUCTION;
        // property destroyed in a fight that killed or wounded is part of the fight: ACLED's
        // looting/property destruction is destruction without other violence
        boolean battleDamage =
            m.subType == SubEventType.LOOTING_PROPERTY_DESTRUCTION && lethal(c)
                || c.subType == SubEventType.LOOTING_PROPERTY_DESTRUCTION && lethal(m);
        if ((family || coordinated || same || rioterDamage || battleDamage)
            && m.certainty.happened() == c.certainty.happened()) {
          into = m;
          break;
        }
      }
      if (into == null) {
        out.add(c);
      } else if (!handled) {
        if (specificity(c.subType) > specificity(into.subType)
            || into.subType == SubEventType.LOOTING_PROPERTY_DESTRUCTION && lethal(c)) {
          into.subType = c.subType;
        }
        absorb(into, c);
        territoryByTaker(into);
      }
    }
    return out;
  }

  /** Words that make the phrase they open a reason or a setting of the clause's event. */
  private static final Set<String> BACKGROUND =
      WordSet.of(
          "retaliation",
          "revenge",
          "response",
          "despite",
          "amid",
          "amidst",
          "mourn",
          "mourning",
          "commemorate",
          "commemorating",
          "anniversary",
          // "demanding the release of detained activists": the detention is the demand's reason
          "release");

  /** A background word in the four tokens before the trigger, in its clause. */
  private boolean background(Candidate c) {
    return backgroundBefore(c.clauseStart, c.trigFirst);
  }

  private boolean backgroundBefore(int clauseStart, int first) {
    for (int k = Math.max(clauseStart, first - 4); k < first; k++) {
      if (BACKGROUND.contains(norm(k))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> FACILITIES =
      WordSet.of(
          "facility",
          "facilities",
          "site",
          "sites",
          "depot",
          "depots",
          "stockpile",
          "stockpiles",
          "program",
          "programme",
          "plant",
          "plants",
          "factory",
          "arsenal");

  /** "chemical weapons facilities": the weapon names a target, not the means of the attack. */
  private boolean facilityAfter(int k) {
    return k < tokens.size() && FACILITIES.contains(norm(k));
  }

  /** A battle, remote violence or attack with people killed or wounded. */
  private static boolean lethal(Candidate c) {
    EventType t = c.subType.type();
    return (t == EventType.BATTLES
            || t == EventType.EXPLOSIONS_REMOTE_VIOLENCE
            || c.subType == SubEventType.ATTACK)
        && (c.counts.containsKey(CountKind.KILLED) || c.counts.containsKey(CountKind.INJURED));
  }

  /** Words that make what follows a protest's cause ("rallied over the detention of"). */
  private static final Set<String> PROTEST_CAUSE =
      WordSet.of(
          "over",
          "against",
          "demanding",
          "demand",
          "protesting",
          "condemning",
          "denouncing",
          "release",
          "about",
          "following");

  /**
   * True when an arrest is what a demonstration is about ("protests over the detention of a
   * journalist"), not an intervention in it: a cause word in the three tokens before the trigger.
   */
  private boolean protestCause(Candidate arrest) {
    for (int k = Math.max(arrest.clauseStart, arrest.trigFirst - 3); k < arrest.trigFirst; k++) {
      if (PROTEST_CAUSE.contains(norm(k))) {
        return true;
      }
    }
    return false;
  }

  private boolean coordinated(Candidate m, Candidate c) {
    if (m.clauseStart != c.clauseStart || c.trigFirst < m.trigEnd) {
      return false;
    }
    if (!m.outcome
        && !c.outcome
        && m.subType.type() != c.subType.type()
        && (m.subType.type() == EventType.STRATEGIC_DEVELOPMENTS
            || c.subType.type() == EventType.STRATEGIC_DEVELOPMENTS)
        && !norm(m.trigEnd - 1).endsWith("ed")
        && !norm(c.trigEnd - 1).endsWith("ed")) {
      // "Assassinations and Prison Breaks", "executions and arrests": a development (arrests, a
      // prison break, a defection) and violence, named by nouns joined, are two incidents, each
      // with its own tags; verbs ("arrested and tortured a man") tell one act on one victim, and
      // "clashes and shelling" one fight
      return false;
    }
    int gap = c.trigFirst - m.trigEnd;
    if (gap < 1 || gap > 3) {
      return false;
    }
    for (int k = m.trigEnd; k < c.trigFirst; k++) {
      String n = norm(k);
      if (n.equals("and") || n.equals("or") || n.equals(",")) {
        return true;
      }
    }
    return false;
  }

  private static String victimKey(Candidate c) {
    if (c.victim == null) {
      return null;
    }
    return c.victim.category() == ActorCategory.CIVILIANS ? "civilians" : c.victim.actorId();
  }

  private static boolean conflict(Candidate a, Candidate b) {
    return conflict(a, b, true);
  }

  /**
   * @param counts whether differing counts and dates conflict (not for a later toll)
   */
  private static boolean conflict(Candidate a, Candidate b, boolean counts) {
    if (a.perp != null
        && b.perp != null
        && !a.perpInferred
        && !b.perpInferred
        && a.perp.actorId() != null
        && !a.perp.actorId().equals(b.perp.actorId())) {
      return true;
    }
    String va = victimKey(a);
    String vb = victimKey(b);
    if (va != null && vb != null && !va.equals(vb)) {
      return true;
    }
    if (a.victim != null
        && b.victim != null
        && a.victim.span() != null
        && b.victim.span() != null
        && !a.victim.span().equals(b.victim.span())
        && a.sentence == b.sentence
        && !a.counts.isEmpty()
        && !b.counts.isEmpty()) {
      return true; // two counted victim groups in one sentence: two incidents
    }
    for (Map.Entry<CountKind, Count> e :
        counts ? a.counts.entrySet() : Set.<Map.Entry<CountKind, Count>>of()) {
      Count o = b.counts.get(e.getKey());
      if (o != null && (o.min() != e.getValue().min() || o.max() != e.getValue().max())) {
        return true;
      }
    }
    if (a.place != null
        && b.place != null
        && !a.placeWeak
        && !b.placeWeak
        && !a.place.name().equalsIgnoreCase(b.place.name())
        && !a.place
            .name()
            .toLowerCase(Locale.ROOT)
            .contains(b.place.name().toLowerCase(Locale.ROOT))
        && !b.place
            .name()
            .toLowerCase(Locale.ROOT)
            .contains(a.place.name().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return counts // a later toll is dated when it was told, not when the incident was
        && a.date != null
        && b.date != null
        && (a.date.end().isBefore(b.date.start()) || b.date.end().isBefore(a.date.start()));
  }

  /**
   * Merges mentions of one incident across the document: same sub-type, no conflicting argument.
   * The mention with more arguments stays primary (its evidence is kept).
   */
  /**
   * A demonstration told over two adjacent sentences ("thousands marched ... There were scuffles",
   * "thousands marched ... Police fired tear gas"): one event, coded by its most severe side (rule
   * 7): the demonstrators' violence, else lethal force, else an intervention.
   */
  private static boolean sameDemonstration(Candidate m, Candidate c) {
    boolean violent = m.subType != c.subType;
    boolean street =
        (m.subType.type() == EventType.PROTESTS || m.subType == SubEventType.VIOLENT_DEMONSTRATION)
            && (c.subType.type() == EventType.PROTESTS
                || c.subType == SubEventType.VIOLENT_DEMONSTRATION);
    return violent && street && Math.abs(m.sentenceIndex - c.sentenceIndex) <= 1;
  }

  /**
   * Clashes told next to a capture or a recapture ("drove the fighters from the village ... in
   * fierce clashes"): ACLED codes a battle in which territory changes hands as the change.
   */
  private static boolean battleForTerritory(Candidate m, Candidate c) {
    boolean pair =
        m.subType == SubEventType.ARMED_CLASH
                && (c.subType == SubEventType.GOVERNMENT_REGAINS_TERRITORY
                    || c.subType == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY)
            || c.subType == SubEventType.ARMED_CLASH
                && (m.subType == SubEventType.GOVERNMENT_REGAINS_TERRITORY
                    || m.subType == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
    return pair && Math.abs(m.sentenceIndex - c.sentenceIndex) <= 1;
  }

  private static List<Candidate> mergeDocument(List<Candidate> events) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : events) {
      int into = -1;
      for (int i = 0; i < out.size(); i++) {
        Candidate m = out.get(i);
        // the two sides of a demonstration are different actors, so no conflict test there
        if (m.subType == c.subType && !conflict(m, c)
            || sameDemonstration(m, c)
            || battleForTerritory(m, c)) {
          into = i;
          break;
        }
      }
      if (into < 0) {
        out.add(c);
      } else {
        Candidate m = out.get(into);
        if (sameDemonstration(m, c)) {
          SubEventType severe =
              specificity(c.subType) > specificity(m.subType) ? c.subType : m.subType;
          m.subType = severe;
          c.subType = severe;
        }
        if (battleForTerritory(m, c)) {
          SubEventType territory = EventScoring.isTerritorial(m.subType) ? m.subType : c.subType;
          m.subType = territory;
          c.subType = territory;
        }
        if (c.argScore() > m.argScore()) {
          absorb(c, m);
          out.set(into, c);
        } else {
          absorb(m, c);
        }
      }
    }
    return out;
  }

  private Event toEvent(Candidate c) {
    double confidence =
        EventScoring.confidence(
            c.prior,
            c.argScore(),
            c.attribution != null,
            c.perpInferred,
            c.certainty.happened(),
            c.background);
    return new Event(
        c.subType,
        c.tags,
        c.perp,
        c.victim,
        c.target,
        c.place,
        c.date,
        c.counts,
        c.sentence.span(),
        c.trigger,
        confidence,
        c.attribution,
        c.certainty,
        provenance);
  }
}
