package org.sijil.resolve.geo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Arabic words around a place name that make it a direction of an area, as {@link
 * DirectionalName} reads English: "ريف حلب الشمالي" and "الريف الشرقي لدير الزور" (the
 * countryside), "شرق محافظة حمص" and "محافظة حمص الشرقية" (the governorate named as such); "وسط
 * محافظة حمص" and "ريف حماة الأوسط" the centre ({@link DirectionalParts.Part#ALL}). A direction
 * noun before a bare name ("شرق حمص") is near the town and no part, as "east of Homs" is in
 * English. Stateless; thread-safe.
 */
final class ArabicDirections {
  private ArabicDirections() {}

  /** What the words around a name at a span say: its direction and the kind of area. */
  record Reading(DirectionalParts.Part part, DirectionalName.Kind kind) {}

  // A direction adjective, masculine or feminine, with the article: "الشمالي", "الشرقية"; a
  // compound joins two ("الشمالي الشرقي", "الجنوبية الغربية"); "الأوسط", "الوسطى" the centre.
  private static final String ADJ = "ال(?:(?:شمال|جنوب|شرق|غرب)ي[ةه]?|[أا]وسط|وسطى)";
  private static final String ADJS = ADJ + "(?:\\s+" + ADJ + ")?";

  // A direction noun: "شرق", "شمال شرق", "جنوب غربي"; "وسط" the centre.
  private static final String NOUN = "(?:(?:شمال|جنوب|شرق|غرب)ي?|وسط)";
  private static final String NOUNS = NOUN + "(?:\\s+" + NOUN + ")?";

  // The stems of the direction words, in the order written.
  private static final Pattern STEM = Pattern.compile("شمال|جنوب|شرق|غرب|وسط");

  // Proclitics before a word: a conjunction, then a preposition ("وبريف", "في ريف").
  private static final String CLITICS = "(?:^|[\\s\\p{Punct}،؛])[وف]?[بلك]?";

  // Countryside words: "ريف", "أرياف", "بادية" (the desert), each with or without the article.
  private static final String RURAL = "(?:ال)?(?:ريف|أرياف|ارياف|بادي[ةه])";

  // "الريف الشرقي ل" + name, "بادية ... ": the direction before the name, "ل" joining them.
  private static final Pattern RURAL_DIR_BEFORE =
      Pattern.compile(CLITICS + RURAL + "\\s+" + ADJS + "\\s+(?:ل|من\\s+(?:محافظ[ةه]\\s+)?)$");

  // "ريف " + name + " الشمالي": the countryside word before, the adjective after.
  private static final Pattern RURAL_BEFORE = Pattern.compile(CLITICS + RURAL + "\\s+$");

  // "شرق محافظة " + name, "شمال شرقي محافظة " + name.
  private static final Pattern DIR_ADMIN_BEFORE =
      Pattern.compile(CLITICS + NOUNS + "\\s+(?:ال)?محافظ[ةه]\\s+$");

  // "محافظة " + name + " الشرقية".
  private static final Pattern ADMIN_BEFORE = Pattern.compile(CLITICS + "(?:ال)?محافظ[ةه]\\s+$");

  private static final Pattern ADJS_AFTER = Pattern.compile("^\\s+" + ADJS + "(?![\\p{L}])");

  /**
   * The direction the words around the name at [start, end) of {@code text} give it, or null when
   * they give none.
   */
  static Reading around(String text, int start, int end) {
    int from = Math.max(0, start - 40);
    String before = text.substring(from, start);
    String after = text.substring(end, Math.min(text.length(), end + 30));
    Matcher m = RURAL_DIR_BEFORE.matcher(before);
    if (m.find()) {
      return reading(m, DirectionalName.Kind.COUNTRYSIDE);
    }
    m = DIR_ADMIN_BEFORE.matcher(before);
    if (m.find()) {
      return reading(m, DirectionalName.Kind.ADMIN);
    }
    Matcher a = ADJS_AFTER.matcher(after);
    if (!a.find()) {
      return null;
    }
    if (RURAL_BEFORE.matcher(before).find()) {
      return reading(a, DirectionalName.Kind.COUNTRYSIDE);
    }
    if (ADMIN_BEFORE.matcher(before).find()) {
      return reading(a, DirectionalName.Kind.ADMIN);
    }
    return null;
  }

  private static Reading reading(Matcher m, DirectionalName.Kind kind) {
    // The matched words hold no stem but the directions' ("ريف", "محافظة", "بادية" none).
    Matcher stems = STEM.matcher(m.group());
    StringBuilder english = new StringBuilder();
    while (stems.find()) {
      english.append(english(stems.group()));
    }
    DirectionalParts.Part part = DirectionalParts.Part.ofWord(english.toString());
    return part == null ? null : new Reading(part, kind);
  }

  private static String english(String stem) {
    return switch (stem) {
      case "شمال" -> "north";
      case "جنوب" -> "south";
      case "شرق" -> "east";
      case "غرب" -> "west";
      case "وسط" -> "central";
      default ->
          throw new IllegalArgumentException(
              "expected an Arabic direction stem, found '" + stem + "'");
    };
  }
}
