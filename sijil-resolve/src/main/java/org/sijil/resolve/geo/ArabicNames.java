package org.sijil.resolve.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sijil.nlp.ArabicScript;

/**
 * Finds place names in Arabic running text. Words are normalised for matching only (harakat and
 * tatweel removed, alef, yeh and teh-marbuta variants unified, as {@link NameKeys} does); spans
 * stay on the raw text. The first word of a name may carry proclitics (و ف, then ب ك ل, "للرقة"
 * with the article's alef elided), which lie outside the span. Word n-grams are tried longest first
 * against the gazetteer's exact and alias readings. Precision comes first: a single word counts
 * only when it names a prominent place (a country, a capital, a large city, a district seat in the
 * focus countries) or follows a word that introduces a place ("مدينة", "قرية", "ريف" …); frequent
 * words that happen to be place names (function words, weekdays, months, numbers, common nouns) are
 * never taken alone. Immutable and thread-safe.
 */
final class ArabicNames {
  private static final int MAX_WORDS = 4;

  /**
   * Importance (see {@link PlaceResolver#importance}) a lone word's place needs outside the focus
   * countries, unless it is a country or a capital: a city of a million. Arabic common nouns meet
   * the Arabic names of many mid-sized cities far away ("الحصار", the siege, and Hisar in India).
   */
  private static final double PROMINENT = 0.75;

  /** Importance a lone word's place needs in the focus countries. */
  private static final double PROMINENT_IN_FOCUS = 0.4;

  /** A name found: token range, raw span, the key it was looked up by and its readings. */
  record Found(
      int firstToken,
      int lastToken,
      int start,
      int end,
      String name,
      Map<Integer, PlaceResolver.Match> readings,
      int precision) {}

  /** A word of Arabic script: its raw span, and its normalised form with each char's raw index. */
  record Word(int start, int end, String norm, int[] raw) {}

  // Words that introduce a settlement or a part of one: the name that follows is wanted even when
  // the place is small. Precision 1 (the place itself).
  private static final Set<String> SETTLEMENT_WORDS =
      keys(
          "مدينة", "بلدة", "قرية", "مزرعة", "حي", "أحياء", "بلدات", "قرى", "مدن", "ناحية", "منطقة");

  // Words that put the named place near the event: the countryside, outskirts, a site named after
  // the place. Precision 2, as "the countryside of X" and "the X airbase" in English.
  private static final Set<String> NEAR_WORDS =
      keys(
          "ريف", "أرياف", "أطراف", "محيط", "ضواحي", "قرب", "مخيم", "سجن", "مطار", "سد", "معبر",
          "حاجز", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي");

  // Words that name the region of the place: precision 3.
  private static final Set<String> REGION_WORDS = keys("محافظة", "ولاية", "إقليم", "منطقة ادارية");

  // Heads of armed groups' and bodies' names: a place right after one is part of that name
  // ("قوات سوريا الديمقراطية", "جيش الإسلام"), as GROUP_HEADS are in English.
  private static final Set<String> GROUP_HEADS =
      keys(
          "قوات", "جيش", "جبهة", "حزب", "حركة", "تنظيم", "هيئة", "لواء", "كتائب", "ألوية", "فصائل");

  // Frequent words that happen to be place names somewhere. Never a place when alone.
  private static final Set<String> STOP =
      Stream.of(
              // function words
              "في من إلى الى على عن مع بعد قبل بين حتى منذ عند خلال ضد نحو أمام وراء تحت فوق"
                  + " هذا هذه ذلك تلك هناك هنا التي الذي الذين اللذين كان كانت يكون قد لقد لم لن"
                  + " أن إن أنه إنه ما لا هو هي هم نحن أي كل بعض غير عدة أكثر أقل جميع ثم أو أم"
                  + " بل لكن كما حيث إذ إذا لدى لها له لهم فيها منها عليها إثر جراء بسبب وفق حول"
                  + " قال وقال قالت أفاد أفادت أكد أكدت ذكر ذكرت أعلن أعلنت",
              // weekdays, months (Syriac and Western names), times of day
              "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت يوم اليوم أمس غدا"
                  + " كانون الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الأول"
                  + " يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر"
                  + " ديسمبر صباح مساء ليلة الليلة فجر ظهر عصر ساعة ساعات أسبوع الأسبوع شهر الشهر"
                  + " عام العام سنة السنة",
              // numbers and ordinals
              "واحد واحدة اثنان اثنين اثنتان ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع"
                  + " ثمانية ثماني تسعة تسع عشرة عشر عشرات مئة مائة مئات ألف آلاف مليون الأولى"
                  + " الثانية الثالث الثالثة الرابع الأخير الأخيرة",
              // common nouns and adjectives of conflict reports
              "قوات القوات الجيش جيش الحكومة الحكومية النظام المعارضة الشرطة الأمن الأمني الدولة"
                  + " الإسلامية الإسلام تنظيم داعش قسد الحر الوطني الشعبية الديمقراطية التحالف"
                  + " الدولي مقاتل مقاتلين مقاتلو عناصر عنصر مدني مدنيين مدنيا قتلى قتيل جرحى جريح"
                  + " قصف هجوم اشتباكات اشتباك غارة غارات طائرة طائرات مسيرة سيارة عبوة ناسفة لغم"
                  + " انفجار صاروخ قذيفة قذائف مصادر مصدر المرصد السوري السورية لحقوق الإنسان محلي"
                  + " محلية أهالي الأهالي السكان طفل أطفال امرأة نساء رجل رجال شاب شبان عائلة منزل"
                  + " منازل مدرسة مستشفى مسجد المسجد سوق السوق الطريق طريق الشارع شارع جسر الجسر"
                  + " النهر نهر الحدود الحدودية المنطقة منطقة القرية المدينة البلدة الحي الريف"
                  + " الشرقي الغربي الشمالي الجنوبي الشرقية الغربية الشمالية الجنوبية الكبير الكبرى"
                  + " الصغير الجديد الجديدة القديم القديمة العسكري العسكرية المحلي مجلس المجلس"
                  + " الحصار حصار الجهة جهة الجانب الطرف الضفة الأرض أرض الماء ماء النور الحرية السلام الشهداء الشهيد الثورة العرب عرب"
                  + " الأكراد الكردية التركي التركية الروسي الروسية الأمريكي الأمريكية العراقي"
                  + " العراقية",
              // frequent given names, which are also villages' names
              "محمد أحمد علي حسن حسين عمر خالد محمود إبراهيم عبد الله يوسف مصطفى")
          .flatMap(s -> Stream.of(s.split(" ")))
          .filter(w -> !w.isEmpty())
          .map(NameKeys::strict)
          .collect(Collectors.toUnmodifiableSet());

  private final Gazetteer gazetteer;
  private final Function<String, Map<Integer, PlaceResolver.Match>> lookup;

  /**
   * @param lookup exact and alias readings of a name, by its normalised form (may be cached)
   */
  ArabicNames(Gazetteer gazetteer, Function<String, Map<Integer, PlaceResolver.Match>> lookup) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
  }

  /** The names in {@code text}, sorted by position and not overlapping. */
  List<Found> find(String text) {
    List<Word> words = words(text);
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Found f = longestAt(text, words, i);
      if (f == null) {
        i++;
      } else {
        out.add(f);
        i = f.lastToken() + 1;
      }
    }
    return out;
  }

  private Found longestAt(String text, List<Word> words, int first) {
    int before = introducer(text, words, first);
    boolean triggered = before > 0;
    for (int last = Math.min(words.size(), first + MAX_WORDS) - 1; last >= first; last--) {
      if (!joined(text, words, first, last)) {
        continue;
      }
      for (int strip : proclitics(words.get(first).norm())) {
        String name = name(words, first, last, strip);
        String key = NameKeys.strict(name);
        if (key.isEmpty()) {
          continue;
        }
        Map<Integer, PlaceResolver.Match> readings = lookup.apply(name);
        if (readings.isEmpty() || !accept(text, words, first, last, key, readings, triggered)) {
          continue;
        }
        Word w = words.get(first);
        int start = w.raw()[strip];
        int end = words.get(last).end();
        return new Found(first, last, start, end, name, readings, triggered ? before : 1);
      }
    }
    return null;
  }

  /**
   * Normalised characters to strip from a name's first word, most likely reading first: none, a
   * conjunction (و ف), and a preposition (ب ك ل) after it. "للرقة" loses one lam: the other is the
   * article's, its alef elided. The rest must keep three letters.
   */
  private static int[] proclitics(String w) {
    int[] out = new int[3];
    int n = 0;
    out[n++] = 0;
    int p = 0;
    if (w.length() >= 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
      p = 1;
      out[n++] = p;
    }
    if (w.length() - p >= 4) {
      char c = w.charAt(p);
      if (c == 'ب' || c == 'ك' || c == 'ل') {
        out[n++] = p + 1;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** The normalised words {@code first..last}, the first without {@code strip} characters. */
  private static String name(List<Word> words, int first, int last, int strip) {
    StringBuilder sb = new StringBuilder();
    String head = words.get(first).norm().substring(strip);
    // "للرقة": after the preposition the article is a lone lam; the key wants the article whole.
    if (strip > 0 && words.get(first).norm().charAt(strip - 1) == 'ل' && head.startsWith("ل")) {
      head = "ا" + head;
    }
    sb.append(head);
    for (int k = first + 1; k <= last; k++) {
      sb.append(' ').append(words.get(k).norm());
    }
    return sb.toString();
  }

  private boolean accept(
      String text,
      List<Word> words,
      int first,
      int last,
      String key,
      Map<Integer, PlaceResolver.Match> readings,
      boolean triggered) {
    if (first > 0
        && GROUP_HEADS.contains(withoutProclitics(words.get(first - 1).norm()))
        && joined(text, words, first - 1, first)) {
      return false; // part of a group's name: "قوات سوريا الديمقراطية"
    }
    String head = NameKeys.strict(words.get(first).norm());
    if (first < last && (SETTLEMENT_WORDS.contains(head) || REGION_WORDS.contains(head))) {
      return false; // "مدينة حمص": the word introduces the name, which follows it
    }
    if (first == last) {
      if (STOP.contains(key) || isTrigger(key) || stopBehindProclitics(words.get(first).norm())) {
        return false;
      }
      if (triggered) {
        return true;
      }
      for (int i : readings.keySet()) {
        String code = gazetteer.featureCode(i);
        double importance = PlaceResolver.importance(code, gazetteer.population(i));
        if (code.startsWith("PCL")
            || code.equals("PPLC")
            || importance >= PROMINENT
            || (importance >= PROMINENT_IN_FOCUS
                && Words.FOCUS.contains(gazetteer.countryCode(i)))) {
          return true;
        }
      }
      return false;
    }
    boolean allStop = true;
    for (String part : key.split(" ")) {
      allStop &= STOP.contains(part) || isTrigger(part);
    }
    if (allStop) {
      return false;
    }
    if (triggered) {
      return true;
    }
    if (STOP.contains(key.split(" ")[0])) {
      return false; // "الجهة الشرقية": a common phrase that names a region far away
    }
    for (int i : readings.keySet()) {
      if (Words.FOCUS.contains(gazetteer.countryCode(i))
          || PlaceResolver.importance(gazetteer.featureCode(i), gazetteer.population(i)) >= 0.6) {
        return true;
      }
    }
    return false;
  }

  /** True when the word is a stop word behind a conjunction or a preposition ("وفي", "بعد"). */
  private static boolean stopBehindProclitics(String norm) {
    int p = 0;
    if (norm.length() > 1 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف')) {
      p = 1;
      if (STOP.contains(NameKeys.strict(norm.substring(p)))) {
        return true;
      }
    }
    if (norm.length() - p > 1 && "بكل".indexOf(norm.charAt(p)) >= 0) {
      return STOP.contains(NameKeys.strict(norm.substring(p + 1)));
    }
    return false;
  }

  private static boolean isTrigger(String key) {
    return SETTLEMENT_WORDS.contains(key)
        || NEAR_WORDS.contains(key)
        || REGION_WORDS.contains(key)
        || GROUP_HEADS.contains(key);
  }

  /**
   * The precision implied by the word before {@code first} when it introduces a place (1 a
   * settlement word, 2 a near word, 3 a region word), or by a near word before a settlement word
   * ("شرق مدينة الرقة"); 0 when no such word precedes.
   */
  private static int introducer(String text, List<Word> words, int first) {
    if (first == 0 || !joined(text, words, first - 1, first)) {
      return 0;
    }
    String prev = withoutProclitics(words.get(first - 1).norm());
    if (NEAR_WORDS.contains(prev)) {
      return 2;
    }
    if (REGION_WORDS.contains(prev)) {
      return 3;
    }
    if (SETTLEMENT_WORDS.contains(prev)) {
      if (first >= 2
          && joined(text, words, first - 2, first - 1)
          && NEAR_WORDS.contains(withoutProclitics(words.get(first - 2).norm()))) {
        return 2;
      }
      return 1;
    }
    return 0;
  }

  /** The strict key of a word without its conjunction, preposition and article. */
  private static String withoutProclitics(String norm) {
    String key = NameKeys.strict(norm);
    if (SETTLEMENT_WORDS.contains(key)
        || NEAR_WORDS.contains(key)
        || REGION_WORDS.contains(key)
        || GROUP_HEADS.contains(key)) {
      return key;
    }
    for (int strip : proclitics(norm)) {
      String k = NameKeys.strict(norm.substring(strip));
      if (SETTLEMENT_WORDS.contains(k)
          || NEAR_WORDS.contains(k)
          || REGION_WORDS.contains(k)
          || GROUP_HEADS.contains(k)) {
        return k;
      }
    }
    return key;
  }

  /** True when words {@code first..last} are separated by single spaces only. */
  private static boolean joined(String text, List<Word> words, int first, int last) {
    for (int k = first; k < last; k++) {
      int gap = words.get(k + 1).start() - words.get(k).end();
      if (gap != 1) {
        return false;
      }
      char c = text.charAt(words.get(k).end());
      if (c != ' ' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  /** The Arabic-script words of {@code text}, each with its normalised form. */
  static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !arabicWordChar(text.charAt(i))) {
        i++;
      }
      int s = i;
      StringBuilder norm = new StringBuilder();
      int[] raw = new int[8];
      while (i < n && arabicWordChar(text.charAt(i))) {
        char c = text.charAt(i);
        char m = ArabicScript.fold(c);
        if (m != 0) {
          if (norm.length() == raw.length) {
            raw = java.util.Arrays.copyOf(raw, raw.length * 2);
          }
          raw[norm.length()] = i;
          norm.append(m);
        }
        i++;
      }
      if (norm.length() > 0) {
        // Marks before the first letter stay outside the span; marks after the last inside.
        out.add(new Word(raw[0], i, norm.toString(), java.util.Arrays.copyOf(raw, norm.length())));
      }
    }
    return out;
  }

  /** Letters, harakat and tatweel of the Arabic blocks; digits and punctuation are no part. */
  private static boolean arabicWordChar(char c) {
    if (!((c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F'))) {
      return false;
    }
    if (c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9') {
      return false;
    }
    int t = Character.getType(c);
    return Character.isLetter(c) || t == Character.NON_SPACING_MARK;
  }

  private static Set<String> keys(String... words) {
    return Stream.of(words).map(NameKeys::strict).collect(Collectors.toUnmodifiableSet());
  }
}
