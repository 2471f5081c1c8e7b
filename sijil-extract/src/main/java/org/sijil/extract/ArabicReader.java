package org.sijil.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijil.extract.ArabicWords.Word;
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
import org.sijil.nlp.ArabicScript;
import org.sijil.nlp.DictionaryMatch;
import org.sijil.nlp.Token;
import org.sijil.nlp.time.TimeExpressionRecognizer;

/**
 * Reads the events of one Arabic text (docs/ontology.md, "Arabic rules"): the Arabic lexicon's
 * triggers give sub-types and tags; the perpetrator is read from "على يد X", "من قبل X", "برصاص X",
 * "بقصف X", a named armed actor right after a verb ("قتلت قوات النظام ...") or right before it; the
 * victim is the first person noun of the clause ("مدنيين", "عنصر من قسد"); counts from digits,
 * number words, duals, vague amounts ("عشرات") and a singular indefinite noun; the place from "في
 * مدينة X", "بريف X" and other place nouns; the date from the sentence's time expressions;
 * attribution from "بحسب X", "أفاد X" and claims from "أعلن X مسؤوليته". Negated, hypothetical,
 * future and generic mentions are set aside as the English reader does, and mentions of one
 * incident are merged.
 *
 * <p>One instance reads one text; not thread-safe (the extractor makes one per call).
 */
final class ArabicReader {

  // Words the reader reads itself, folded. They join the vocabulary so that clitics are stripped
  // from them too ("بريف", "وبحسب").
  static final Set<String> PLACE_NOUNS =
      Set.of(
          "مدينه", "بلده", "قريه", "حي", "مخيم", "ناحيه", "منطقه", "ريف", "باديه", "محافظه", "شارع",
          "سجن", "مطار", "حقل", "مزرعه", "بلدات", "قري", "اطراف", "محيط", "ضواحي", "مدخل", "بلدتي",
          "قريتي");

  /** First words of a place name that take a second word: "دير الزور", "تل أبيض", "رأس العين". */
  private static final Set<String> NAME_HEADS =
      Set.of(
          "دير", "تل", "راس", "عين", "جسر", "ابو", "بير", "بئر", "كفر", "خربه", "جبل", "وادي", "سد",
          "قصر", "ام", "بيت", "مرج", "سوق", "باب", "دوار", "معبر", "حاوي", "جديده", "عرب", "خان",
          "معره", "حمام", "قلعه", "بني", "دار", "داره", "جب", "حاسي", "تله");

  /** Words that say why: "بسبب القصف" names the cause of another event, not an event. */
  private static final Set<String> CAUSES = Set.of("بسبب", "جراء", "نتيجه", "اثر", "خوفا");

  /** Sites inside a settlement: a settlement named in the same sentence places the event. */
  private static final Set<String> SITE_NOUNS =
      Set.of("سجن", "مطار", "حقل", "شارع", "مزرعه", "مدخل", "محيط", "اطراف");

  private static final Set<String> DIRECTIONS =
      Set.of(
          "الشرقي",
          "الغربي",
          "الشمالي",
          "الجنوبي",
          "الشرقيه",
          "الغربيه",
          "الشماليه",
          "الجنوبيه",
          "الشمالي الشرقي",
          "الشمالي الغربي",
          "الجنوبي الشرقي",
          "الجنوبي الغربي");
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "في", "من", "علي", "الي", "عن", "مع", "بين", "قرب", "بالقرب", "عند", "خلال", "يوم", "امس",
          "بحسب", "حسب", "و", "او", "ثم", "بعد", "قبل", "اثناء", "حيث", "الذي", "التي", "الذين",
          "ان", "بان", "انه", "كما", "وقد", "قد", "هذا", "هذه", "ذلك", "تلك", "التابعه", "الواقعه",
          "ضمن", "تحت", "فوق", "امام", "داخل", "خارج", "نحو", "ما", "لا", "لم", "اليوم", "بينهم",
          "منهم", "اثر", "جراء", "بسبب", "ل", "ب");

  /** Nouns after "ب" that introduce the doer after them: "برصاص X", "بقصف X". */
  private static final Set<String> MEANS_NOUNS =
      Set.of(
          "رصاص", "قصف", "نيران", "غاره", "غارات", "قذائف", "قذيفه", "صواريخ", "صاروخ", "هجوم",
          "طائره", "طائرات", "مسيره", "رصاصه", "استهداف", "ضربه", "ضربات");

  /** Killing nouns whose next named actor is the one killed: "مقتل قيادي في داعش". */
  private static final Set<String> VICTIM_FIRST =
      Set.of(
          "مقتل", "اغتيال", "اعدام", "استشهاد", "قتلي", "قتيل", "قتيلا", "جثه", "جثث", "اصابه",
          "اصابات", "جرحي", "تصفيه", "قتيلين", "قتيلان", "اختطاف", "خطف", "اعتقال", "احتجاز");

  /** Nouns for members of an armed group: the victim is the group named after them. */
  static final Set<String> MEMBER_NOUNS =
      Set.of(
          "عنصر", "عنصرا", "عنصرين", "عنصران", "عناصر", "مقاتل", "مقاتلا", "جندي", "جنديا",
          "جنديين", "جنديان", "جنود", "قيادي", "قياديا", "قياديين", "ضابط", "ضابطا", "ضباط",
          "عسكري", "عسكريين", "امير", "شرطي", "عضو", "اعضاء", "منتسب", "مسؤول");

  /**
   * Passive participles and their like that name people by what was done to them: with the article
   * ("المخطوف", "المعتقلين", "الجرحى") they are the ones suffering, read as victims and never as
   * perpetrators; without it a casualty word among them stays an outcome ("5 جرحى").
   */
  private static final Set<String> SUFFERERS =
      Set.of(
          "مخطوف", "مخطوفه", "مخطوفين", "مخطوفون", "مخطوفات", "معتقل", "معتقله", "معتقلين",
          "معتقلون", "معتقلات", "محتجز", "محتجزه", "محتجزين", "محتجزون", "جريح", "جرحي", "مصاب",
          "مصابه", "مصابين", "مصابون", "رهينه", "رهائن");

  /** Words before a definite casualty word that make it a figure's noun: "عدد الجرحى". */
  private static final Set<String> PARTITIVES = Set.of("عدد", "من");

  /** Singular nouns that count one when indefinite ("قتل طفل": killed 1). */
  private static final Set<String> SINGULARS =
      Set.of(
          "طفل", "طفله", "امراه", "سيده", "رجل", "شاب", "شابه", "مواطن", "مواطنه", "شخص", "مدني",
          "مدنيه", "مزارع", "راع", "راعي", "طالب", "عامل", "مسن", "مسنه", "فتاه", "فتي", "معلم",
          "طبيب", "ممرض", "سائق", "تاجر", "صحفي", "ناشط", "مختار", "عنصر", "جندي", "مقاتل", "قيادي",
          "مدرس", "مهندس", "محام", "موظف", "ممرضه", "طبيبه", "امام", "خطيب", "معلمه", "ضابط",
          "عسكري", "شرطي", "امير", "عضو", "مسؤول", "طفلا", "رجلا", "شابا", "شخصا", "مدنيا",
          "مواطنا", "عنصرا", "جنديا", "مقاتلا", "قياديا", "ضابطا");

  /**
   * True for a dual noun: listed, or a counted singular with the dual ending ("راعيان", "عنصرين");
   * "ين" after a final ي is the plural of a nisba ("مدنيين"), not a dual.
   */
  static boolean isDual(String w) {
    if (DUALS.contains(w)) {
      return true;
    }
    if (w.length() < 4) {
      return false;
    }
    String base = w.substring(0, w.length() - 2);
    return w.endsWith("ان") && SINGULARS.contains(base)
        || w.endsWith("ين") && SINGULARS.contains(base) && !base.endsWith("ي");
  }

  /** Dual nouns that count two ("طفلين"). */
  private static final Set<String> DUALS =
      Set.of(
          "طفلين", "طفلان", "شابين", "شابان", "رجلين", "رجلان", "شخصين", "شخصان", "عنصرين",
          "عنصران", "جنديين", "جنديان", "امراتين", "امراتان", "سيدتين", "مدنيان", "قتيلين",
          "قتيلان", "جريحين", "جريحان", "شقيقين", "قياديين", "طفلتين", "مزارعين", "راعيين");

  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("واحد", 1),
          Map.entry("واحده", 1),
          Map.entry("اثنان", 2),
          Map.entry("اثنين", 2),
          Map.entry("اثنتين", 2),
          Map.entry("اثنتان", 2),
          Map.entry("ثلاثه", 3),
          Map.entry("ثلاث", 3),
          Map.entry("اربعه", 4),
          Map.entry("اربع", 4),
          Map.entry("خمسه", 5),
          Map.entry("خمس", 5),
          Map.entry("سته", 6),
          Map.entry("ست", 6),
          Map.entry("سبعه", 7),
          Map.entry("سبع", 7),
          Map.entry("ثمانيه", 8),
          Map.entry("ثماني", 8),
          Map.entry("ثمان", 8),
          Map.entry("تسعه", 9),
          Map.entry("تسع", 9),
          Map.entry("عشره", 10),
          Map.entry("عشر", 10),
          Map.entry("عشرين", 20),
          Map.entry("عشرون", 20),
          Map.entry("ثلاثين", 30),
          Map.entry("ثلاثون", 30),
          Map.entry("اربعين", 40),
          Map.entry("خمسين", 50),
          Map.entry("اربعون", 40),
          Map.entry("خمسون", 50),
          Map.entry("ستين", 60),
          Map.entry("ستون", 60),
          Map.entry("سبعين", 70),
          Map.entry("سبعون", 70),
          Map.entry("ثمانين", 80),
          Map.entry("ثمانون", 80),
          Map.entry("تسعين", 90),
          Map.entry("تسعون", 90),
          Map.entry("مئه", 100),
          Map.entry("مائه", 100),
          Map.entry("مئتي", 200),
          Map.entry("مئتين", 200),
          Map.entry("مئتان", 200),
          Map.entry("مائتي", 200),
          Map.entry("مائتين", 200),
          Map.entry("مائتان", 200),
          Map.entry("ثلاثمئه", 300),
          Map.entry("ثلاثمائه", 300),
          Map.entry("اربعمئه", 400),
          Map.entry("اربعمائه", 400),
          Map.entry("خمسمئه", 500),
          Map.entry("خمسمائه", 500),
          Map.entry("ستمئه", 600),
          Map.entry("ستمائه", 600),
          Map.entry("سبعمئه", 700),
          Map.entry("سبعمائه", 700),
          Map.entry("ثمانمئه", 800),
          Map.entry("ثمانمائه", 800),
          Map.entry("تسعمئه", 900),
          Map.entry("تسعمائه", 900));

  /**
   * Units that open a teen only, before "عشر"/"عشرة": "أحد عشر" (11), "اثنا عشر" (12). Alone they
   * are no figure ("أحد المدنيين" is one of the civilians, counted elsewhere).
   */
  private static final Map<String, Integer> TEEN_HEADS =
      Map.of("احد", 1, "احدي", 1, "اثنا", 2, "اثني", 2, "اثنتا", 2, "اثنتي", 2);

  private static final Set<String> TENS_OF_TEENS = Set.of("عشر", "عشره");

  /**
   * Kin nouns with a possessive suffix, each with the people it counts: "وزوجته" (and his wife) is
   * one more victim after "رجل"; "وطفليه" (and his two children) two. Built from stems and the
   * suffixes ه/ها/هما/هم; a plural ("وأطفاله") counts no known number and is left out on purpose.
   */
  private static final Map<String, Integer> KIN = kin();

  /** Kin plurals with a possessive suffix: "وأطفاله" adds people of no known number. */
  private static final Set<String> KIN_PLURALS = kinPlurals();

  private static Set<String> kinPlurals() {
    Set<String> out = new HashSet<>();
    for (String b :
        List.of("اطفال", "ابناء", "ابنائ", "اولاد", "بنات", "اشقاء", "اشقائ", "احفاد")) {
      for (String suffix : List.of("ه", "ها", "هما", "هم")) {
        out.add(b + suffix);
      }
    }
    return Set.copyOf(out);
  }

  private static Map<String, Integer> kin() {
    Map<String, Integer> m = new java.util.HashMap<>();
    List<String> one =
        List.of(
            "زوج", "زوجت", "ابن", "ابنت", "طفل", "طفلت", "شقيق", "شقيقت", "اخت", "والد", "والدت",
            "ام", "حفيد", "حفيدت", "عم", "خال", "عمت", "خالت", "اخي", "ابي", "جد", "جدت");
    // the dual in construct: "طفليه" after a preposition or verb, "طفلاه" as a subject
    List<String> two =
        List.of(
            "ابني", "ابنتي", "طفلي", "طفلتي", "شقيقي", "حفيدي", "والدي", "ابنا", "ابنتا", "طفلا",
            "طفلتا", "شقيقا", "حفيدا", "والدا");
    for (String suffix : List.of("ه", "ها", "هما", "هم")) {
      one.forEach(b -> m.put(b + suffix, 1));
      two.forEach(b -> m.put(b + suffix, 2));
    }
    return Map.copyOf(m);
  }

  /** Vague amounts, as ranges: "عشرات" (tens) 20..99, "مئات" 200..999, "عدة" 3..9. */
  private static final Map<String, int[]> VAGUE =
      Map.of(
          "عشرات", new int[] {20, 99},
          "مئات", new int[] {200, 999},
          "مءات", new int[] {200, 999},
          "الاف", new int[] {2000, 9999},
          "عده", new int[] {3, 9},
          "بضعه", new int[] {3, 9},
          "بضع", new int[] {3, 9});

  /** Hedges before a number: "نحو", "حوالي", "ما لا يقل عن", "أكثر من". */
  private static final Set<String> HEDGES =
      Set.of("نحو", "حوالي", "قرابه", "زهاء", "يقارب", "يقل", "اكثر", "يزيد", "اقل", "اقرابه");

  /** What a number may not count: units, money, time. */
  private static final Set<String> NOT_PEOPLE =
      Set.of(
          "كم",
          "كيلومتر",
          "كيلومترات",
          "متر",
          "امتار",
          "دولار",
          "ليره",
          "بالمءه",
          "بالمئه",
          "بالمائه",
          "ساعه",
          "ساعات",
          "دقيقه",
          "دقائق",
          "يوم",
          "ايام",
          "سنه",
          "سنوات",
          "عاما",
          "عام",
          "اعوام",
          "شهر",
          "اشهر",
          "الف",
          "اسابيع",
          "اسبوع",
          "قذائف",
          "قذيفه",
          "صواريخ",
          "غارات",
          "غاره",
          "منازل",
          "سيارات",
          "مرات",
          "مره",
          "%",
          "٪");

  private static final Set<String> AUXILIARIES =
      Set.of("يتم", "تتم", "يكن", "تكن", "يعد", "تعد", "يكون", "تكون");
  private static final Set<String> AMONG = Set.of("بينهم", "منهم", "بينهن", "منهن", "بينهما");
  private static final Set<String> REPORT_PREPOSITIONS = Set.of("بحسب", "حسب", "وفقا", "وفق");
  private static final Set<String> SOURCE_ENDS =
      Set.of("ان", "بان", "انه", "انها", "عن", "الي", "في", "ل", "مسؤوليته", "مسؤوليتها");

  /** The words the reader itself reads, to be stemmed like the lexicon's. */
  static Set<String> ownWords() {
    Set<String> all = new HashSet<>();
    all.addAll(PLACE_NOUNS);
    all.addAll(MEANS_NOUNS);
    all.addAll(VICTIM_FIRST);
    all.addAll(MEMBER_NOUNS);
    all.addAll(SINGULARS);
    all.addAll(SUFFERERS);
    all.addAll(PARTITIVES);
    all.addAll(DUALS);
    all.addAll(NUMBER_WORDS.keySet());
    all.addAll(TEEN_HEADS.keySet());
    all.addAll(KIN.keySet());
    all.addAll(KIN_PLURALS);
    all.addAll(VAGUE.keySet());
    all.addAll(HEDGES);
    all.addAll(NOT_PEOPLE);
    all.addAll(AMONG);
    all.addAll(AUXILIARIES);
    all.addAll(REPORT_PREPOSITIONS);
    all.addAll(List.of("يد", "قبل", "من", "علي", "بين", "في", "يقل", "ما"));
    return Set.copyOf(all);
  }

  private final Lexicon lexicon;
  private final String raw;
  private final List<Word> words;
  private final List<Token> tokens;
  private final TimeExpressionRecognizer timeRecognizer;
  private final PlaceResolver placeResolver;
  private final Provenance provenance;

  ArabicReader(
      Lexicon lexicon,
      Set<String> vocabulary,
      String raw,
      TimeExpressionRecognizer timeRecognizer,
      PlaceResolver placeResolver) {
    this.lexicon = lexicon;
    this.raw = raw;
    ArabicWords aw = new ArabicWords(raw, vocabulary);
    this.words = aw.words();
    this.tokens = aw.tokens();
    this.timeRecognizer = timeRecognizer;
    this.placeResolver = placeResolver;
    this.provenance = new Provenance(DocumentReader.STAGE, lexicon.version);
  }

  /** A mention being read. */
  private static final class Mention {
    int sentence;
    Span evidence;
    Span trigger;
    int triggerToken;
    SubEventType subType;
    EnumSet<Tag> tags = EnumSet.noneOf(Tag.class);
    CountKind countKind;
    double prior;
    boolean fromOutcome;
    ActorRef perp;
    ActorEntry perpEntry;
    ActorRef victim;
    ActorEntry victimEntry;
    TargetRef target;
    PlaceRef place;
    EventDate date;
    Map<CountKind, Count> counts = new EnumMap<>(CountKind.class);
    Attribution attribution;
    Certainty certainty = Certainty.ASSERTED;
    boolean nonviolentCause;
    boolean headline;

    double argScore() {
      double s = 0;
      s += perp != null ? 1 : 0;
      s += victim != null ? 1 : 0;
      s += counts.isEmpty() ? 0 : 1;
      s += place != null ? 1 : 0;
      s += target != null ? 1 : 0;
      s += date != null && date.span() != null ? 0.5 : 0;
      s += tags.contains(Tag.RECURRING) ? 0.5 : 0;
      return s;
    }
  }

  /** A sentence: token range and raw span. */
  private record Sentence(int first, int end, Span span) {}

  ExtractionResult read(LocalDate documentDate) {
    List<TimeExpression> times =
        timeRecognizer == null ? List.of() : timeRecognizer.recognize(raw, documentDate);
    List<Sentence> sentences = sentences();
    List<Mention> all = new ArrayList<>();
    ActorEntry lastArmed = null;
    ActorRef lastArmedRef = null;
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      SentenceReading r =
          new SentenceReading(
              si, s, si > 0 ? sentences.get(si - 1) : null, times, lastArmed, lastArmedRef);
      List<Mention> found = r.read();
      boolean headline = headline(si, s);
      for (Mention m : found) {
        m.headline = headline;
      }
      if (r.claim != null && found.isEmpty()) {
        attachClaim(all, si, r.claim, r.claimSource);
      }
      all.addAll(found);
      if (r.lastArmed != null) {
        lastArmed = r.lastArmed;
        lastArmedRef = r.lastArmedRef;
      }
    }
    interventionsAfterProtests(all);
    List<Mention> happened = new ArrayList<>();
    List<Mention> aside = new ArrayList<>();
    for (Mention m : all) {
      double needed =
          // an arrest of someone, a weapon defused: the word vouches for the rest, as in English
          m.subType == SubEventType.ARRESTS && m.victim != null
                  || m.subType == SubEventType.DISRUPTED_WEAPONS_USE
                  || m.headline
              ? 1
              : EventScoring.argumentsNeeded(m.prior);
      boolean enough =
          !m.nonviolentCause
              && m.argScore() >= needed
              && (!EventScoring.isTerritorial(m.subType) || m.place != null && m.perp != null);
      (m.certainty.happened() && enough ? happened : aside).add(m);
    }
    interventions(happened);
    List<Event> events = new ArrayList<>();
    for (Mention m : merge(happened)) {
      events.add(toEvent(m));
    }
    events.sort(EventScoring.MOST_SALIENT_FIRST);
    List<Event> setAside = new ArrayList<>();
    for (Mention m : aside) {
      setAside.add(toEvent(m));
    }
    return new ExtractionResult(events, setAside);
  }

  /** "وأعلن التنظيم مسؤوليته عن الهجوم" after the report: the claimant is the perpetrator. */
  private void attachClaim(List<Mention> all, int si, ActorRef claimant, Span source) {
    for (int i = all.size() - 1; i >= 0; i--) {
      Mention m = all.get(i);
      if (si - m.sentence > 2) {
        return;
      }
      if (m.certainty.happened()) {
        if (m.perp == null) {
          m.perp = claimant;
        }
        if (m.attribution == null) {
          m.attribution = new Attribution(source.of(raw), source, Attribution.Kind.CLAIM);
        }
        return;
      }
    }
  }

  private Event toEvent(Mention m) {
    double confidence =
        EventScoring.confidence(
            m.prior, m.argScore(), m.attribution != null, false, m.certainty.happened(), false);
    return new Event(
        m.subType,
        m.tags,
        m.perp,
        m.victim,
        m.target,
        m.place,
        m.date,
        m.counts,
        m.evidence,
        m.trigger,
        confidence,
        m.attribution,
        m.certainty,
        provenance);
  }

  /** Mentions of one incident: same sub-type, nothing in conflict (rule 1). */
  /**
   * A protest and force on it told in one sentence are one event (docs/ontology.md, "Arabic rules",
   * round 2): where a sentence holds an intervention ("فرقت ... مظاهرة", "قنابل الغاز على
   * المتظاهرين"), its protests and attacks become a Protest with intervention, or Excessive force
   * against protesters when one of them counts people killed; merging then joins them.
   */
  private static void interventions(List<Mention> mentions) {
    Set<Integer> sentences = new HashSet<>();
    for (Mention m : mentions) {
      if (m.subType == SubEventType.PROTEST_WITH_INTERVENTION) {
        sentences.add(m.sentence);
      }
    }
    for (int sentence : sentences) {
      List<Mention> joined = new ArrayList<>();
      boolean lethal = false;
      for (Mention m : mentions) {
        if (m.sentence == sentence
            && (m.subType == SubEventType.PEACEFUL_PROTEST
                || m.subType == SubEventType.PROTEST_WITH_INTERVENTION
                || m.subType == SubEventType.ATTACK)) {
          joined.add(m);
          Count killed = m.counts.get(CountKind.KILLED);
          lethal |= killed != null && killed.max() > 0;
        }
      }
      // one incident: the best-argued mention keeps what the others add ("مظاهرة" gives the place,
      // "أطلقت قوات الأمن الرصاص" the perpetrator, "مقتل شاب" the figure)
      Mention keep = joined.get(0);
      for (Mention m : joined) {
        keep = m.argScore() > keep.argScore() ? m : keep;
      }
      for (Mention other : joined) {
        if (other == keep) {
          continue;
        }
        absorb(keep, other);
        mentions.remove(other);
      }
      keep.subType =
          lethal
              ? SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
              : SubEventType.PROTEST_WITH_INTERVENTION;
    }
  }

  /**
   * A protest and force on it told in two sentences are one event (docs/ontology.md, "Arabic
   * rules", round 3): an intervention by a named force whose own sentence names no protest
   * ("فرّقتها قوات الأمن بالقوة") takes up a protest of the sentence right before it that nothing
   * conflicts with; the event's evidence spans both sentences. With no force named ("فرّقتهم
   * الأمطار") the protest stays as it was. The protest is taken before the score threshold is
   * applied, as its arguments become the intervention's; a protest told as not having happened
   * stays apart.
   */
  private static void interventionsAfterProtests(List<Mention> all) {
    for (Mention x : List.copyOf(all)) {
      if (x.subType != SubEventType.PROTEST_WITH_INTERVENTION
          || !x.certainty.happened()
          || x.perp == null
          || x.sentence == 0
          || all.stream().anyMatch(m -> m != x && m.sentence == x.sentence && isProtest(m))) {
        continue;
      }
      Mention protest = null;
      for (Mention m : all) {
        if (m.sentence == x.sentence - 1
            && m.subType == SubEventType.PEACEFUL_PROTEST
            && m.certainty.happened()
            && !conflict(m, x)) {
          protest = m;
          break;
        }
      }
      if (protest != null) {
        absorb(x, protest);
        x.evidence = protest.evidence.union(x.evidence);
        all.remove(protest);
      }
    }
  }

  private static boolean isProtest(Mention m) {
    return m.subType.type() == EventType.PROTESTS;
  }

  /**
   * What {@code keep} takes from another mention of its incident: the arguments it lacks, the
   * other's tags and the counts of kinds it has none of.
   */
  private static void absorb(Mention keep, Mention other) {
    keep.perp = keep.perp != null ? keep.perp : other.perp;
    keep.victim = keep.victim != null ? keep.victim : other.victim;
    keep.place = keep.place != null ? keep.place : other.place;
    keep.date = keep.date != null ? keep.date : other.date;
    keep.attribution = keep.attribution != null ? keep.attribution : other.attribution;
    keep.tags.addAll(other.tags);
    other.counts.forEach(keep.counts::putIfAbsent);
  }

  private static List<Mention> merge(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    for (Mention c : mentions) {
      int into = -1;
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).subType == c.subType && !conflict(out.get(i), c)) {
          into = i;
          break;
        }
      }
      if (into < 0) {
        out.add(c);
        continue;
      }
      Mention m = out.get(into);
      Mention keep = c.argScore() > m.argScore() ? c : m;
      Mention other = keep == c ? m : c;
      absorb(keep, other);
      keep.target = keep.target != null ? keep.target : other.target;
      keep.headline = keep.headline && other.headline;
      out.set(into, keep);
    }
    return out;
  }

  private static boolean conflict(Mention a, Mention b) {
    if (a.perp != null && b.perp != null && !sameActor(a.perp, b.perp)) {
      return true;
    }
    if (a.victim != null && b.victim != null && !sameActor(a.victim, b.victim)) {
      return true;
    }
    for (Map.Entry<CountKind, Count> e : a.counts.entrySet()) {
      Count o = b.counts.get(e.getKey());
      if (o != null && (o.min() != e.getValue().min() || o.max() != e.getValue().max())) {
        return true;
      }
    }
    // a headline names the region of what its body places in a village
    if (a.place != null
        && b.place != null
        && !a.headline
        && !b.headline
        && !ArabicScript.fold(a.place.name()).equals(ArabicScript.fold(b.place.name()))) {
      return true;
    }
    return a.date != null
        && b.date != null
        && a.date.span() != null
        && b.date.span() != null
        && !a.date.start().equals(b.date.start());
  }

  private static boolean sameActor(ActorRef a, ActorRef b) {
    return a.actorId() != null && a.actorId().equals(b.actorId())
        || ArabicScript.fold(a.name()).equals(ArabicScript.fold(b.name()));
  }

  // ---------------------------------------------------------------- sentences

  private List<Sentence> sentences() {
    List<Sentence> out = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      String t = w.token().text();
      boolean end =
          t.equals("!")
              || t.equals("?")
              || t.equals("؟")
              || t.equals(".")
                  && !(i + 1 < words.size()
                      && isDigits(words.get(i + 1))
                      && i > 0
                      && isDigits(words.get(i - 1))
                      && words.get(i + 1).span().start() == w.span().end());
      boolean lineBreak =
          i + 1 < words.size()
              && raw.substring(w.span().end(), words.get(i + 1).span().start()).indexOf('\n') >= 0;
      if (end || lineBreak || i + 1 == words.size()) {
        out.add(
            new Sentence(first, i + 1, new Span(words.get(first).span().start(), w.span().end())));
        first = i + 1;
      }
    }
    return out;
  }

  private static boolean isDigits(Word w) {
    return !w.folded().isEmpty() && Character.isDigit(w.folded().charAt(0));
  }

  /** A short first line with no full stop, above a body: a headline. */
  private boolean headline(int si, Sentence s) {
    if (si != 0 || s.end() - s.first() > 14 || s.end() >= words.size()) {
      return false;
    }
    String last = words.get(s.end() - 1).token().text();
    return !last.equals(".") && !last.equals("؟") && !last.equals("!");
  }

  // ---------------------------------------------------------------- one sentence

  private final class SentenceReading {
    final int si;
    final Sentence s;
    final Sentence previous;
    final List<TimeExpression> times;
    ActorEntry lastArmed;
    ActorRef lastArmedRef;
    ActorRef claim;
    Span claimSource;
    final List<DictionaryMatch<ActorEntry>> actors;
    final List<DictionaryMatch<TriggerEntry>> triggers;
    final List<DictionaryMatch<CueKind>> cues;
    final List<DictionaryMatch<WeaponEntry>> weapons;
    final List<DictionaryMatch<Boolean>> references;
    final List<DictionaryMatch<TargetKind>> targets;
    final boolean[] covered;

    SentenceReading(
        int si,
        Sentence s,
        Sentence previous,
        List<TimeExpression> times,
        ActorEntry lastArmed,
        ActorRef lastArmedRef) {
      this.si = si;
      this.s = s;
      this.previous = previous;
      this.times = times;
      this.lastArmed = lastArmed;
      this.lastArmedRef = lastArmedRef;
      this.actors = lexicon.actors.match(raw, tokens, s.first(), s.end(), false);
      this.triggers = lexicon.triggers.match(raw, tokens, s.first(), s.end(), false);
      this.cues = lexicon.cues.match(raw, tokens, s.first(), s.end(), false);
      this.weapons = lexicon.weapons.match(raw, tokens, s.first(), s.end(), false);
      this.references = lexicon.references.match(raw, tokens, s.first(), s.end(), false);
      this.targets = lexicon.targets.match(raw, tokens, s.first(), s.end(), false);
      this.covered = new boolean[s.end() - s.first()];
      for (TimeExpression t : times) {
        if (s.span().contains(t.span())) {
          for (int i = s.first(); i < s.end(); i++) {
            if (t.span().contains(words.get(i).span()) || words.get(i).span().contains(t.span())) {
              covered[i - s.first()] = true;
            }
          }
        }
      }
    }

    String stem(int i) {
      return words.get(i).stem();
    }

    List<Mention> read() {
      readClaim();
      List<Mention> violent = new ArrayList<>();
      List<Mention> other = new ArrayList<>();
      List<DictionaryMatch<TriggerEntry>> outcomes = new ArrayList<>();
      List<Mention> causes = new ArrayList<>();
      for (DictionaryMatch<TriggerEntry> m : triggers) {
        if (claimCueBefore(m.firstToken())) {
          continue; // "أعلن مسؤوليته عن الهجوم": the claim names an event told before
        }
        TriggerEntry e = entry(m);
        if (e == null) {
          continue;
        }
        if (e.kind() == TriggerKind.OUTCOME) {
          if (!sufferers(m.firstToken()) || partitiveBefore(m.firstToken())) {
            outcomes.add(m); // "النار على الجرحى" names people hurt before: no outcome
          }
          continue;
        }
        if (e.kind() != TriggerKind.EVENT) {
          continue;
        }
        Mention x = mention(m, e);
        if (violent(e.subType())
            && m.firstToken() > s.first()
            && CAUSES.contains(stem(m.firstToken() - 1))) {
          causes.add(x);
          continue;
        }
        (violent(e.subType()) ? violent : other).add(x);
      }
      if (violent.isEmpty() && other.isEmpty() && outcomes.isEmpty()) {
        violent.addAll(causes); // "قتل ... جراء القصف" has its event in the casualty words
      } else if (other.isEmpty()) {
        violent.addAll(causes);
      }
      List<Mention> out = new ArrayList<>();
      Mention main = mostSpecific(violent, other);
      if (main == null && !outcomes.isEmpty()) {
        DictionaryMatch<TriggerEntry> first = outcomes.get(0);
        main = mention(first, entry(first));
        main.fromOutcome = true;
        main.subType = SubEventType.ATTACK;
      }
      if (main != null) {
        out.add(main);
      }
      for (Mention o : other) {
        if (out.stream().noneMatch(x -> x.subType == o.subType)) {
          out.add(o);
        }
      }
      for (Mention m : out) {
        arguments(m, outcomes);
      }
      if (main != null) {
        decideSubType(main);
      }
      for (Mention m : out) {
        decideAuthority(m);
        modality(m);
        attribution(m);
        date(m);
      }
      rememberArmed();
      return out;
    }

    /** "المعتقلين", "الجرحى": people named by what was done to them (see SUFFERERS). */
    private boolean sufferers(int i) {
      return words.get(i).definite() && SUFFERERS.contains(stem(i));
    }

    /** "عدد الجرحى", "من المصابين": the definite casualty word is a figure's noun. */
    private boolean partitiveBefore(int i) {
      return i > s.first() && PARTITIVES.contains(stem(i - 1));
    }

    private TriggerEntry entry(DictionaryMatch<TriggerEntry> m) {
      for (TriggerEntry e : m.values()) {
        if (e.context().isEmpty() || contextHolds(e.context(), s)) {
          return e;
        }
      }
      // an object pronoun on the trigger points back: "فرّقتها" has its protest in the sentence
      // before, which then holds the context
      if (previous != null && pointsBack(m)) {
        for (TriggerEntry e : m.values()) {
          if (contextHolds(e.context(), previous)) {
            return e;
          }
        }
      }
      return null;
    }

    /** The trigger's last word ends in an object pronoun: "ها", "هم", "هن". */
    private boolean pointsBack(DictionaryMatch<TriggerEntry> m) {
      String last = words.get(m.endToken() - 1).folded();
      return last.length() > 4
          && (last.endsWith("ها") || last.endsWith("هم") || last.endsWith("هن"));
    }

    private boolean contextHolds(Set<String> context, Sentence in) {
      for (int i = in.first(); i < in.end(); i++) {
        if (context.contains(stem(i)) || context.contains(words.get(i).folded())) {
          return true;
        }
      }
      return false;
    }

    private Mention mention(DictionaryMatch<TriggerEntry> m, TriggerEntry e) {
      Mention x = new Mention();
      x.sentence = si;
      x.evidence = s.span();
      x.trigger = m.span();
      x.triggerToken = m.firstToken();
      x.subType = e.subType();
      x.tags.addAll(e.tags());
      x.countKind = e.count();
      x.prior = e.prior();
      return x;
    }

    private boolean violent(SubEventType t) {
      return t.type() == EventType.BATTLES && !EventScoring.isTerritorial(t)
          || t.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE
          || t == SubEventType.ATTACK;
    }

    private int specificity(Mention m) {
      return switch (m.subType) {
        case SUICIDE_BOMB -> 6;
        case CHEMICAL_WEAPON -> 5;
        case REMOTE_EXPLOSIVE_LANDMINE_IED,
            AIR_DRONE_STRIKE,
            SHELLING_ARTILLERY_MISSILE_ATTACK,
            GRENADE ->
            4;
        case ATTACK -> m.tags.isEmpty() ? 1 : 3;
        default -> 2;
      };
    }

    /**
     * The most specific violent trigger (rule 2); a battle for territory takes up the clashes of
     * its sentence (rule 8).
     */
    private Mention mostSpecific(List<Mention> violent, List<Mention> other) {
      boolean territory = other.stream().anyMatch(o -> EventScoring.isTerritorial(o.subType));
      Mention best = null;
      for (Mention m : violent) {
        if (territory && m.subType == SubEventType.ARMED_CLASH) {
          continue;
        }
        if (best == null
            || specificity(m) > specificity(best)
            || specificity(m) == specificity(best) && m.prior > best.prior) {
          if (best != null) {
            m.tags.addAll(best.tags);
          }
          best = m;
        } else {
          best.tags.addAll(m.tags);
        }
      }
      return best;
    }

    // ------------------------------------------------------------ arguments

    private void arguments(Mention m, List<DictionaryMatch<TriggerEntry>> outcomes) {
      perpetrator(m);
      victim(m);
      target(m);
      counts(m, outcomes);
      place(m);
      for (DictionaryMatch<CueKind> c : cues) {
        if (c.value() == CueKind.RECURRING) {
          m.tags.add(Tag.RECURRING);
        }
      }
    }

    private DictionaryMatch<ActorEntry> actorAt(int i) {
      for (DictionaryMatch<ActorEntry> a : actors) {
        if (a.firstToken() == i) {
          return a;
        }
      }
      return null;
    }

    private DictionaryMatch<ActorEntry> armedAt(int i) {
      DictionaryMatch<ActorEntry> a = actorAt(i);
      if (a != null && a.value().armed()) {
        return a;
      }
      for (DictionaryMatch<Boolean> r : references) {
        if (r.firstToken() == i && lastArmedRef != null) {
          return new DictionaryMatch<>(
              r.span(), r.text(), r.firstToken(), r.endToken(), List.of(lastArmed));
        }
      }
      return null;
    }

    private ActorRef ref(DictionaryMatch<ActorEntry> a) {
      ActorEntry e = a.value();
      if (e == lastArmed
          && lastArmedRef != null
          && references.stream().anyMatch(r -> r.span().equals(a.span()))) {
        return new ActorRef(
            lastArmedRef.name(), a.span(), lastArmedRef.actorId(), lastArmedRef.category());
      }
      String name = e.name() != null ? e.name() : a.text();
      return new ActorRef(name, a.span(), e.id(), e.category());
    }

    private boolean isVerbLike(int i) {
      return !VICTIM_FIRST.contains(stem(i));
    }

    private void perpetrator(Mention m) {
      int t = m.triggerToken;
      int triggerEnd = tokenAfter(m.trigger);
      // "على يد X", "من قبل X", "برصاص X", "بقصف X"
      for (int i = s.first(); i < s.end(); i++) {
        boolean cue =
            stem(i).equals("يد") && i > s.first() && stem(i - 1).equals("علي")
                || stem(i).equals("قبل") && i > s.first() && stem(i - 1).equals("من")
                || words.get(i).hasPrefix('ب') && MEANS_NOUNS.contains(stem(i));
        if (!cue) {
          continue;
        }
        for (int j = i + 1; j < Math.min(s.end(), i + 4); j++) {
          DictionaryMatch<ActorEntry> a = armedAt(j);
          if (a != null) {
            setPerp(m, a);
            return;
          }
          if (isPunct(j)) {
            break;
          }
        }
      }
      // "اشتباكات بين X و Y": X fights Y
      if (m.subType == SubEventType.ARMED_CLASH) {
        for (int i = triggerEnd; i < Math.min(s.end(), triggerEnd + 3); i++) {
          if (stem(i).equals("بين") && i + 1 < s.end()) {
            DictionaryMatch<ActorEntry> a = armedAt(i + 1);
            if (a != null) {
              setPerp(m, a);
              int k = a.endToken();
              if (k < s.end()) {
                DictionaryMatch<ActorEntry> b = armedAt(k);
                if (b != null && words.get(k).hasPrefix('و')) {
                  m.victim = ref(b);
                  m.victimEntry = b.value();
                }
              }
              return;
            }
          }
        }
      }
      // verb-subject: "قتلت قوات النظام ...", "قصف لقوات النظام"
      if (triggerEnd < s.end() && isVerbLike(t)) {
        DictionaryMatch<ActorEntry> a = armedAt(triggerEnd);
        if (a == null && triggerEnd + 1 < s.end() && covered[triggerEnd - s.first()]) {
          a = armedAt(triggerEnd + 1);
        }
        // an execution or assassination verb is active; a bare killing verb may be passive
        // ("قتل عناصر التنظيم": they were killed) unless a victim follows
        boolean active = !m.fromOutcome && (m.subType != SubEventType.ATTACK || !m.tags.isEmpty());
        if (a != null && (active || victimAfter(a.endToken()))) {
          setPerp(m, a);
          return;
        }
      }
      // subject-verb: "قوات النظام قصفت ..."
      for (DictionaryMatch<ActorEntry> a : actors) {
        if (a.value().armed()
            && a.endToken() <= t
            && t - a.endToken() <= 1
            && !m.fromOutcome
            && m.subType != SubEventType.ATTACK
            && !memberBefore(a.firstToken())) {
          setPerp(m, a);
          return;
        }
      }
    }

    private boolean victimAfter(int from) {
      for (int i = from; i < Math.min(s.end(), from + 4); i++) {
        DictionaryMatch<ActorEntry> a = actorAt(i);
        if (a != null && !a.value().armed()) {
          return true;
        }
        if (NUMBER_WORDS.containsKey(stem(i))
            || isDigits(words.get(i))
            || MEMBER_NOUNS.contains(stem(i))
            || sufferers(i)) {
          return true;
        }
      }
      return false;
    }

    private boolean memberBefore(int i) {
      for (int k = Math.max(s.first(), i - 2); k < i; k++) {
        if (MEMBER_NOUNS.contains(stem(k))) {
          return true;
        }
      }
      return false;
    }

    private void setPerp(Mention m, DictionaryMatch<ActorEntry> a) {
      m.perp = ref(a);
      m.perpEntry = a.value();
    }

    private int tokenAfter(Span span) {
      int i = s.first();
      while (i < s.end() && words.get(i).span().start() < span.end()) {
        i++;
      }
      return i;
    }

    private boolean isPunct(int i) {
      return !words.get(i).isWord();
    }

    /** The first person noun of the clause after the trigger, else before it. */
    private void victim(Mention m) {
      if (m.victim != null) {
        return;
      }
      int from = tokenAfter(m.trigger);
      int clauseEnd = clauseEnd(from);
      if (victimIn(m, from, clauseEnd)) {
        return;
      }
      // "قتل ... مدنيين ... جراء غارات": the casualty words before the trigger name the victims
      for (DictionaryMatch<TriggerEntry> t : triggers) {
        TriggerEntry e = entry(t);
        if (t.endToken() <= m.triggerToken
            && e != null
            && e.kind() == TriggerKind.OUTCOME
            && victimIn(m, t.endToken(), nextTriggerOrClauseEnd(t.endToken()))) {
          return;
        }
      }
      int start = clauseStart(m.triggerToken);
      for (DictionaryMatch<TriggerEntry> t : triggers) {
        if (t.endToken() <= m.triggerToken && t.endToken() > start) {
          start = t.endToken();
        }
      }
      victimIn(m, start, m.triggerToken);
    }

    private boolean victimIn(Mention m, int from, int to) {
      for (int i = from; i < to; i++) {
        if (AMONG.contains(stem(i))) {
          return false; // "بينهم طفل": a part of the victims already named
        }
        if (MEMBER_NOUNS.contains(stem(i))) {
          for (int j = i + 1; j < Math.min(to, i + 4); j++) {
            DictionaryMatch<ActorEntry> a = actorAt(j);
            if (a != null && a.value().armed()) {
              m.victim = ref(a);
              m.victimEntry = a.value();
              return true;
            }
          }
        }
        DictionaryMatch<ActorEntry> a = actorAt(i);
        if (a == null) {
          if (sufferers(i) && m.subType.type() != EventType.PROTESTS) {
            // "قتلت قوات النظام المعتقلين": the ones it was done to
            Span sp = words.get(i).span();
            m.victim = new ActorRef(sp.of(raw), sp, "civilians", ActorCategory.CIVILIANS);
            m.victimEntry = null;
            return true;
          }
          continue;
        }
        if (m.perp != null && a.span().equals(m.perp.span())) {
          i = a.endToken() - 1;
          continue;
        }
        if (!a.value().armed() || VICTIM_FIRST.contains(stem(m.triggerToken)) || m.fromOutcome) {
          m.victim = ref(a);
          m.victimEntry = a.value();
          return true;
        }
      }
      return false;
    }

    private void target(Mention m) {
      int from = tokenAfter(m.trigger);
      int end = clauseEnd(from);
      for (DictionaryMatch<TargetKind> t : targets) {
        if (t.firstToken() >= from && t.firstToken() < end && t.firstToken() - from <= 4) {
          m.target = new TargetRef(t.text(), t.value(), t.span());
          return;
        }
      }
    }

    private int clauseEnd(int from) {
      int i = from;
      while (i < s.end() && !isClauseMark(i)) {
        i++;
      }
      return i;
    }

    private int clauseStart(int to) {
      int i = to;
      while (i > s.first() && !isClauseMark(i - 1)) {
        i--;
      }
      return i;
    }

    private boolean isClauseMark(int i) {
      String t = words.get(i).token().text();
      return t.equals("،") || t.equals(",") || t.equals("؛") || t.equals(";") || t.equals(":");
    }

    // ------------------------------------------------------------ counts

    private void counts(Mention m, List<DictionaryMatch<TriggerEntry>> outcomes) {
      List<DictionaryMatch<TriggerEntry>> own = new ArrayList<>();
      if (m.countKind != null) {
        for (DictionaryMatch<TriggerEntry> t : triggers) {
          if (t.span().equals(m.trigger)) {
            own.add(t);
          }
        }
      }
      if (violent(m.subType) || m.fromOutcome) {
        own.addAll(outcomes);
      }
      for (DictionaryMatch<TriggerEntry> t : own) {
        TriggerEntry e = entry(t);
        if (e == null || e.count() == null || m.counts.containsKey(e.count())) {
          continue;
        }
        if (negatedNear(t.firstToken())) {
          continue; // "دون وقوع إصابات": no one was hurt
        }
        Count c = countFor(t);
        if (c != null) {
          m.counts.put(e.count(), c);
        }
      }
    }

    private boolean negatedNear(int i) {
      for (DictionaryMatch<CueKind> c : cues) {
        if (c.value() == CueKind.NEGATION && c.endToken() <= i && i - c.endToken() <= 2) {
          return true;
        }
      }
      return false;
    }

    /** The figure of one casualty or event word: right before it, else the first after it. */
    private Count countFor(DictionaryMatch<TriggerEntry> t) {
      int before = t.firstToken() - 1;
      if (before >= s.first()) {
        Count c = numberEndingAt(before);
        if (c != null) {
          return c;
        }
      }
      String own = stem(t.firstToken());
      if (isDual(own) && t.endToken() - t.firstToken() == 1) {
        return new Count(2, 2, false, false, t.span());
      }
      int from = t.endToken();
      int end = nextTriggerOrClauseEnd(from);
      for (int i = from; i < end; i++) {
        if (AMONG.contains(stem(i))) {
          return null;
        }
        if (covered[i - s.first()]) {
          continue;
        }
        Count c = numberAt(i);
        if (c != null) {
          return withCoordinated(c, end);
        }
        String st = stem(i);
        Word w = words.get(i);
        if (isDual(st)) {
          return coordinated(new Count(2, 2, false, false, w.span()), i + 1, end);
        }
        if (SINGULARS.contains(st) && !w.definite()) {
          // "طفل واحد" and "طفل" alike: one
          int k = i + 1;
          Span span = w.span();
          if (k < s.end() && NUMBER_WORDS.getOrDefault(stem(k), 0) == 1) {
            span = span.union(words.get(k).span());
            k++;
          }
          return coordinated(new Count(1, 1, false, false, span), k, end);
        }
        DictionaryMatch<ActorEntry> a = actorAt(i);
        if (a != null && !a.value().armed()) {
          // "مدنيين اثنين": the number word after the noun
          int k = a.endToken();
          if (k < s.end() && NUMBER_WORDS.containsKey(stem(k))) {
            int v = NUMBER_WORDS.get(stem(k));
            return new Count(v, v, false, false, words.get(k).span());
          }
          return null; // a plural noun with no figure: no count
        }
      }
      return null;
    }

    /**
     * The figure {@code c} with the people coordinated after it, from token {@code k} up to {@code
     * end}: "رجل وزوجته وطفلهما" is 3, "طفلان وامرأة" 3. Each part is "و" with an indefinite
     * singular, a dual or a kin noun with a possessive suffix; anything else ends the list. A list
     * ending in a plural ("رجل وأطفاله") counts an unknown number: no figure. A part may also be a
     * figure of three or more with its own noun ("وأربعة عناصر").
     */
    private Count coordinated(Count c, int k, int end) {
      int sum = c.min();
      Span span = c.span();
      while (k < end) {
        Word w = words.get(k);
        if (!w.hasPrefix('و')) {
          break;
        }
        String st = stem(k);
        int add;
        if (KIN.containsKey(st)) {
          add = KIN.get(st);
        } else if (w.definite()) {
          break;
        } else if (isDual(st)) {
          add = 2;
        } else if (SINGULARS.contains(st)) {
          add = 1;
        } else if (KIN_PLURALS.contains(st)) {
          return null;
        } else if (NUMBER_WORDS.containsKey(st)
            && NUMBER_WORDS.get(st) >= 3
            && k + 1 < end
            && countedNoun(k + 1)) {
          // "ثلاثة مدنيين وأربعة عناصر": a figure with its own noun
          sum += NUMBER_WORDS.get(st);
          span = span.union(words.get(k + 1).span());
          k += 2;
          continue;
        } else {
          break;
        }
        sum += add;
        span = span.union(w.span());
        k++;
      }
      return sum == c.min() ? c : new Count(sum, sum, false, false, span);
    }

    /**
     * An exact figure with the people coordinated after its counted noun: "ثلاثة أطفال وامرأتان" is
     * 5, "خمسة مدنيين وطفل" 6 (read by {@link #coordinated}). The noun is one word with no clitic
     * that is no figure and no event or casualty word; a vague or hedged figure takes no parts
     * ("نحو عشرين مدنيا وطفل" stays about twenty).
     */
    private Count withCoordinated(Count c, int end) {
      if (c.approximate() || c.min() != c.max()) {
        return c;
      }
      int noun = tokenAfter(c.span());
      if (noun >= end || !countedNoun(noun)) {
        return c;
      }
      return coordinated(c, noun + 1, end);
    }

    /** A word that can be the noun a figure counts: no clitic, no figure, no event word. */
    private boolean countedNoun(int i) {
      Word w = words.get(i);
      return w.isWord()
          && w.prefix().isEmpty()
          && !isDigits(w)
          && !NUMBER_WORDS.containsKey(stem(i))
          && !VAGUE.containsKey(stem(i))
          && !NOT_PEOPLE.contains(stem(i))
          && !NOT_PEOPLE.contains(w.folded())
          && !startsTrigger(i);
    }

    private int nextTriggerOrClauseEnd(int from) {
      int end = clauseEnd(from);
      for (DictionaryMatch<TriggerEntry> t : triggers) {
        if (t.firstToken() >= from && t.firstToken() < end) {
          return t.firstToken();
        }
      }
      return end;
    }

    /** A figure opening at token {@code i}: hedges, digits or number words, vague amounts. */
    private Count numberAt(int i) {
      int k = i;
      boolean approx = false;
      // "ما لا يقل عن", "ما يزيد عن", "أكثر من", "نحو", "حوالي"
      if (stem(k).equals("ما") && k + 1 < s.end()) {
        int j = k + 1;
        if (stem(j).equals("لا") && j + 1 < s.end()) {
          j++;
        }
        if (HEDGES.contains(stem(j)) && j + 1 < s.end()) {
          k = j + 1;
          if (k < s.end()
              && (stem(k).equals("عن") || stem(k).equals("علي") || stem(k).equals("من"))) {
            k++;
          }
          approx = true;
        }
      } else if (HEDGES.contains(stem(k)) && k + 1 < s.end()) {
        k++;
        if (stem(k).equals("من") && k + 1 < s.end()) {
          k++;
        }
        approx = true;
      }
      if (k >= s.end() || covered[k - s.first()]) {
        return null;
      }
      Word w = words.get(k);
      String st = stem(k);
      int[] range = null;
      if (isDigits(w)
          && w.folded().chars().allMatch(Character::isDigit)
          && w.folded().length() <= 6) {
        int v = Integer.parseInt(w.folded());
        range = new int[] {v, v};
      } else if ((NUMBER_WORDS.containsKey(st) || TEEN_HEADS.containsKey(st))
          && !words.get(k).definite()) {
        int[] compound = compoundAt(k);
        if (compound == null) {
          return null;
        }
        range = new int[] {compound[0], compound[0]};
        w = words.get(compound[1]);
        k = compound[1];
      } else if (VAGUE.containsKey(st)) {
        range = VAGUE.get(st);
        approx = true;
      }
      if (range == null) {
        return null;
      }
      if (k + 1 < s.end()) {
        String next = stem(k + 1);
        if (NOT_PEOPLE.contains(next) || NOT_PEOPLE.contains(words.get(k + 1).folded())) {
          return null;
        }
      }
      return new Count(range[0], range[1], false, approx, words.get(i).span().union(w.span()));
    }

    /**
     * A number written in words from token {@code k}, as {value, last token}: a unit, a teen ("خمسة
     * عشر", "أحد عشر"), a unit and its tens ("ثلاثة وعشرون"), hundreds and what follows them ("مئة
     * وخمسون", "مئتان وثلاثة"). Parts joined by "و" are summed only in the order Arabic writes them
     * (units before tens, hundreds before both), so "خمسة وثلاثة" stays two figures. Null for a
     * teen head without its "عشر".
     */
    private int[] compoundAt(int k) {
      String st = stem(k);
      int value;
      if (TEEN_HEADS.containsKey(st)) {
        if (k + 1 >= s.end() || !isTeenTen(k + 1)) {
          return null;
        }
        value = TEEN_HEADS.get(st) + 10;
        k++;
      } else {
        value = NUMBER_WORDS.get(st);
        if (value >= 3 && value <= 9 && k + 1 < s.end() && isTeenTen(k + 1)) {
          value += 10;
          k++;
        }
      }
      int part = value;
      while (k + 1 < s.end()) {
        Word next = words.get(k + 1);
        Integer v = next.hasPrefix('و') && !next.definite() ? NUMBER_WORDS.get(stem(k + 1)) : null;
        if (v == null) {
          break;
        }
        boolean tensAfterUnit = part < 10 && v >= 20 && v < 100 && v % 10 == 0;
        boolean afterHundreds = part >= 100 && part % 100 == 0 && v < 100;
        if (!tensAfterUnit && !afterHundreds) {
          break;
        }
        int last = k + 1;
        if (afterHundreds && v >= 3 && v <= 9 && last + 1 < s.end() && isTeenTen(last + 1)) {
          v += 10; // "مئة وخمسة عشر"
          last++;
        }
        value += v;
        part = v;
        k = last;
      }
      return new int[] {value, k};
    }

    private boolean isTeenTen(int k) {
      Word w = words.get(k);
      return TENS_OF_TEENS.contains(stem(k)) && w.prefix().isEmpty() && !w.definite();
    }

    /** A figure ending right before a casualty noun: "5 قتلى", "ثلاثة جرحى". */
    private Count numberEndingAt(int i) {
      // the longest figure first: "ثلاثة وعشرون قتيلا" is 23, not its last word's 20
      for (int start = Math.max(s.first(), i - 4); start <= i; start++) {
        Count c = numberAt(start);
        if (c != null && c.span().end() == words.get(i).span().end()) {
          return c;
        }
      }
      return null;
    }

    // ------------------------------------------------------------ place

    private void place(Mention m) {
      PlaceRef after = null;
      PlaceRef before = null;
      boolean settlement = false;
      for (int i = s.first(); i < s.end(); i++) {
        if (PLACE_NOUNS.contains(stem(i))
            && !SITE_NOUNS.contains(stem(i))
            && !words.get(i).definite()
            && i + 1 < s.end()
            && nameAfter(i + 1) != null) {
          settlement = true;
        }
      }
      for (int i = s.first(); i < s.end(); i++) {
        if (!PLACE_NOUNS.contains(stem(i))
            || words.get(i).definite()
            || settlement && SITE_NOUNS.contains(stem(i))) {
          continue;
        }
        PlaceRef p = nameAfter(i + 1);
        if (p == null) {
          continue;
        }
        if (i > m.triggerToken) {
          if (after == null) {
            after = p;
          }
        } else {
          before = p;
        }
      }
      PlaceRef p = after != null ? after : before;
      if (p != null) {
        m.place = placeResolver == null ? p : placeResolver.resolve(p, raw);
      }
    }

    /** Up to three name words after a place noun, stopping at function words and directions. */
    private PlaceRef nameAfter(int from) {
      int end = from;
      while (end < s.end() && end - from < 3) {
        Word w = words.get(end);
        String st = w.stem();
        if (!w.isWord()
            || isDigits(w)
            || covered[end - s.first()]
            || FUNCTION_WORDS.contains(st)
            || FUNCTION_WORDS.contains(w.folded())
            || DIRECTIONS.contains(w.folded())
            || PLACE_NOUNS.contains(st)
            || end > from && !w.prefix().isEmpty()
            || end > from
                && !NAME_HEADS.contains(words.get(end - 1).folded())
                && (!w.folded().startsWith("ال") || isNisba(w.folded()))
            || startsMatch(end)) {
          break;
        }
        end++;
      }
      if (end == from) {
        return null;
      }
      Span span = new Span(words.get(from).span().start(), words.get(end - 1).span().end());
      return PlaceRef.named(span.of(raw), span);
    }

    /** "العراقية", "الشرقي": an adjective of origin or direction after a name, not part of it. */
    private boolean isNisba(String w) {
      return w.endsWith("يه") || w.endsWith("ي");
    }

    private boolean startsMatch(int i) {
      return triggers.stream().anyMatch(t -> t.firstToken() == i)
          || actors.stream().anyMatch(a -> a.firstToken() == i)
          || cues.stream().anyMatch(c -> c.firstToken() == i);
    }

    // ------------------------------------------------------------ sub-types

    private void decideSubType(Mention m) {
      WeaponEntry weapon = weapons.isEmpty() ? null : weapons.get(0).value();
      boolean armedVictim = m.victimEntry != null && m.victimEntry.armed();
      boolean armedPerp = m.perpEntry != null && m.perpEntry.armed();
      if (m.fromOutcome) {
        if (weapon != null) {
          m.subType = weapon.subType();
          m.tags.addAll(weapon.tags());
        } else if (armedVictim && armedPerp) {
          m.subType = SubEventType.ARMED_CLASH;
        } else {
          m.subType = SubEventType.ATTACK;
        }
        if (m.subType == SubEventType.ATTACK && armedVictim && armedPerp) {
          m.subType = SubEventType.ARMED_CLASH;
        }
      } else if (m.subType == SubEventType.ATTACK && m.tags.isEmpty() && weapon != null) {
        m.subType = weapon.subType();
        m.tags.addAll(weapon.tags());
      } else if (weapon != null && weapon.subType() == m.subType) {
        m.tags.addAll(weapon.tags());
      }
      // rule 3: armed on armed is a battle, except executions and assassinations
      if (m.subType == SubEventType.ATTACK
          && armedVictim
          && armedPerp
          && !m.tags.contains(Tag.EXECUTION)
          && !m.tags.contains(Tag.ASSASSINATION)) {
        m.subType = SubEventType.ARMED_CLASH;
      }
      // rule 9: explosives found or defused are a disruption
      if (m.subType == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED
          && disruptionBefore(m.triggerToken)) {
        m.subType = SubEventType.DISRUPTED_WEAPONS_USE;
        m.counts.clear();
      }
      if (m.fromOutcome && m.perp == null) {
        for (DictionaryMatch<CueKind> c : cues) {
          if (c.value() == CueKind.NONVIOLENT_CAUSE) {
            m.nonviolentCause = true;
          }
        }
      }
    }

    private boolean disruptionBefore(int t) {
      for (DictionaryMatch<CueKind> c : cues) {
        if (c.value() == CueKind.DISRUPTION
            && c.endToken() <= t
            && c.firstToken() >= clauseStart(t)) {
          return true;
        }
      }
      return false;
    }

    /** Rule 4 (arrests need an authority) and rule 8 (who takes a place decides). */
    private void decideAuthority(Mention m) {
      if (m.subType == SubEventType.ARRESTS && m.perpEntry != null && !m.perpEntry.authority()) {
        m.subType = SubEventType.ABDUCTION_FORCED_DISAPPEARANCE;
        Count c = m.counts.remove(CountKind.DETAINED);
        if (c != null) {
          m.counts.put(CountKind.ABDUCTED, c);
        }
      }
      if (EventScoring.isTerritorial(m.subType) && m.perpEntry != null) {
        boolean state = m.perpEntry.category() == ActorCategory.STATE_FORCES;
        if (m.subType == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY && state) {
          m.subType = SubEventType.GOVERNMENT_REGAINS_TERRITORY;
        } else if (m.subType == SubEventType.GOVERNMENT_REGAINS_TERRITORY && !state) {
          m.subType = SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
        }
      }
    }

    // ------------------------------------------------------------ modality and attribution

    private void modality(Mention m) {
      int t = m.triggerToken;
      if (words.get(t).future()) {
        m.certainty = Certainty.FUTURE;
        return;
      }
      int start = clauseStart(t);
      for (DictionaryMatch<CueKind> c : cues) {
        if (c.firstToken() < start || c.endToken() > t) {
          continue;
        }
        Certainty found =
            switch (c.value()) {
              // "لم" and "لن" govern the verb right after them
              case NEGATION -> governs(c, t) ? Certainty.NEGATED : null;
              case HYPOTHETICAL -> Certainty.HYPOTHETICAL;
              case FUTURE -> Certainty.FUTURE;
              case GENERIC -> Certainty.GENERIC;
              case HEDGE -> Certainty.UNCERTAIN;
              default -> null;
            };
        if (found != null) {
          m.certainty = found;
        }
      }
    }

    /**
     * Whether a negation governs the trigger: a denial ("نفى") its whole clause; "لم", "لن", "لا"
     * the verb right after them, through an auxiliary ("لم يتم اعتقال"), so that "لم تسفر
     * الاشتباكات عن إصابات" negates the result, not the clashes.
     */
    private boolean governs(DictionaryMatch<CueKind> c, int t) {
      String cue = ArabicScript.fold(c.text());
      if (!(cue.equals("لم") || cue.equals("لن") || cue.equals("لا") || cue.equals("ليس"))) {
        return true;
      }
      return t == c.endToken() || t == c.endToken() + 1 && AUXILIARIES.contains(stem(c.endToken()));
    }

    private void attribution(Mention m) {
      if (claim != null && (m.perp == null || sameActor(m.perp, claim))) {
        if (m.perp == null) {
          m.perp = claim;
        }
        m.attribution = new Attribution(claimSource.of(raw), claimSource, Attribution.Kind.CLAIM);
        return;
      }
      for (DictionaryMatch<CueKind> c : cues) {
        if (c.value() != CueKind.REPORT) {
          continue;
        }
        Span source = sourceAfter(c.endToken());
        if (source == null) {
          continue;
        }
        m.attribution = new Attribution(source.of(raw), source, Attribution.Kind.REPORT);
        if (m.certainty == Certainty.ASSERTED) {
          m.certainty = Certainty.REPORTED;
        }
        return;
      }
    }

    /** The source named after a reporting word: up to six words, to "أن", a comma or the end. */
    private Span sourceAfter(int from) {
      int i = from;
      while (i < s.end() && words.get(i).folded().equals("ل")) {
        i++; // "وفقاً لـ المرصد": a detached preposition
      }
      int start = i;
      int end = i;
      while (end < s.end() && end - start < 6) {
        Word w = words.get(end);
        if (!w.isWord()
            || SOURCE_ENDS.contains(w.folded())
            || SOURCE_ENDS.contains(w.stem())
            || w.folded().startsWith("بان")
            || covered[end - s.first()]
            || end > start && startsTrigger(end)) {
          break;
        }
        end++;
      }
      if (end == start) {
        return null;
      }
      return new Span(words.get(start).span().start(), words.get(end - 1).span().end());
    }

    private boolean startsTrigger(int i) {
      return triggers.stream().anyMatch(x -> x.firstToken() == i);
    }

    /** "أعلن X مسؤوليته", "تبنى X": a party claims; X is its source and the perpetrator. */
    private void readClaim() {
      for (DictionaryMatch<CueKind> c : cues) {
        if (c.value() != CueKind.CLAIM) {
          continue;
        }
        int from;
        int to;
        String st = stem(c.firstToken());
        if (st.equals("تبني") || st.equals("تبنت")) {
          from = c.endToken();
          to = Math.min(s.end(), from + 5);
        } else {
          to = c.firstToken();
          from = Math.max(s.first(), to - 6);
          for (DictionaryMatch<CueKind> r : cues) {
            if (r.value() == CueKind.REPORT && r.endToken() <= to && r.endToken() >= from) {
              from = r.endToken();
            }
          }
        }
        for (DictionaryMatch<ActorEntry> a : actors) {
          if (a.value().armed() && a.firstToken() >= from && a.endToken() <= to) {
            claim = ref(a);
            claimSource = a.span();
            return;
          }
        }
      }
    }

    private boolean claimCueBefore(int t) {
      if (claim == null) {
        return false;
      }
      for (DictionaryMatch<CueKind> c : cues) {
        if (c.value() == CueKind.CLAIM && c.endToken() <= t) {
          return true;
        }
      }
      return false;
    }

    private void date(Mention m) {
      TimeExpression best = null;
      for (TimeExpression t : times) {
        if (t.start() != null && s.span().contains(t.span())) {
          if (best == null
              || Math.abs(t.span().start() - m.trigger.start())
                  < Math.abs(best.span().start() - m.trigger.start())) {
            best = t;
          }
        }
      }
      if (best != null) {
        m.date = new EventDate(best.start(), best.end(), best.precision(), best.span());
      }
    }

    private void rememberArmed() {
      for (DictionaryMatch<ActorEntry> a : actors) {
        if (a.value().armed() && a.value().name() != null) {
          lastArmed = a.value();
          lastArmedRef = ref(a);
        }
      }
    }
  }
}
