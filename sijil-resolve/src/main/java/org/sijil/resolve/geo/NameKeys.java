package org.sijil.resolve.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Normalised lookup keys for place names, shared by the gazetteer build and the resolver so that
 * both sides agree byte for byte.
 *
 * <p>The {@linkplain #strict strict key} lower-cases, removes diacritics and apostrophes (', ’, ʿ,
 * ʾ), drops Arabic articles written as separate words (al-, el-, ar-, as-, ash-, ad-, at-, az-,
 * an-, ez- …), unifies common transliterations of generic Arabic words (Ain/Ayn/Ein, Deir/Dayr,
 * Tell/Tal, Jebel/Jabal …) and unifies hyphens and spaces. Arabic-script names are normalised
 * (alef, yeh and teh-marbuta variants, tatweel, harakat, the article ال). The {@linkplain #loose
 * loose key} additionally drops vowels (a word-initial one becomes "a") and collapses doubled
 * letters, so that "Raqqah" and "Rakka", or "Dayr az Zawr" and "Deir ez-Zor", meet. Stateless and
 * thread-safe.
 */
public final class NameKeys {
  private NameKeys() {}

  private static final Set<String> ARTICLES =
      Set.of(
          "al", "el", "ar", "as", "ash", "ad", "at", "az", "an", "ed", "es", "et", "ez", "en", "er",
          "esh", "ul", "il", "adh", "ath", "al-");

  // Transliteration variants of generic words that begin Arabic place names; the key keeps one.
  private static final Map<String, String> GENERIC =
      Map.ofEntries(
          Map.entry("ain", "ayn"),
          Map.entry("ein", "ayn"),
          Map.entry("ayin", "ayn"),
          Map.entry("aine", "ayn"),
          Map.entry("deir", "dayr"),
          Map.entry("dair", "dayr"),
          Map.entry("der", "dayr"),
          Map.entry("dier", "dayr"),
          Map.entry("tell", "tal"),
          Map.entry("tall", "tal"),
          Map.entry("tel", "tal"),
          Map.entry("jebel", "jabal"),
          Map.entry("jabel", "jabal"),
          Map.entry("jbel", "jabal"),
          Map.entry("kfar", "kafr"),
          Map.entry("kafar", "kafr"),
          Map.entry("kefr", "kafr"),
          Map.entry("kasr", "qasr"),
          Map.entry("beer", "bir"),
          Map.entry("abou", "abu"),
          Map.entry("abo", "abu"),
          Map.entry("um", "umm"),
          Map.entry("om", "umm"),
          Map.entry("oum", "umm"),
          Map.entry("raas", "ras"),
          Map.entry("wady", "wadi"),
          Map.entry("khirbet", "khirbat"),
          Map.entry("kherbet", "khirbat"),
          Map.entry("khirbit", "khirbat"),
          Map.entry("sheikh", "shaykh"),
          Map.entry("shaikh", "shaykh"),
          Map.entry("sheik", "shaykh"),
          Map.entry("cheikh", "shaykh"),
          Map.entry("saint", "st"),
          Map.entry("mount", "mt"),
          Map.entry("fort", "ft"));

  /** The strict key of {@code name}; empty when the name holds no letter or digit. */
  public static String strict(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    if (hasArabic(name)) {
      return arabic(name);
    }
    List<String> tokens = latinTokens(name);
    List<String> kept = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (tokens.size() > 1 && ARTICLES.contains(t)) {
        continue;
      }
      if (i == 0 && tokens.size() > 1 && t.equals("the")) {
        continue;
      }
      kept.add(GENERIC.getOrDefault(t, t));
    }
    if (kept.isEmpty()) {
      kept = tokens;
    }
    return String.join(" ", kept);
  }

  /**
   * The loose key of {@code name}: the strict key with spaces, vowels (and y/w inside words)
   * removed, common digraph variants unified and doubled letters collapsed. Arabic keys lose only
   * their spaces and long vowels.
   */
  public static String loose(String name) {
    String s = strict(name);
    if (s.isEmpty()) {
      return s;
    }
    if (hasArabic(s)) {
      StringBuilder sb = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c != ' ' && c != 'ا' && c != 'و' && c != 'ي') {
          sb.append(c);
        }
      }
      return sb.length() == 0 ? s.replace(" ", "") : sb.toString();
    }
    s =
        s.replace("ou", "u")
            .replace("ch", "sh")
            .replace("dj", "j")
            .replace("ph", "f")
            .replace("ck", "k")
            .replace('q', 'k')
            .replace("kh", "k")
            .replace("gh", "g");
    StringBuilder sb = new StringBuilder(s.length());
    char prev = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean wordStart = i == 0 || s.charAt(i - 1) == ' ';
      boolean wordEnd = i == s.length() - 1 || s.charAt(i + 1) == ' ';
      if (c == ' ') {
        continue;
      }
      if ("aeiou".indexOf(c) >= 0) {
        // A word-initial vowel is kept (as 'a'), so that particles like "Abu" stay apart.
        if (wordStart && prev != 'a') {
          sb.append('a');
          prev = 'a';
        }
        continue;
      }
      if ((c == 'y' || c == 'w') && !wordStart) {
        continue;
      }
      if (c == 'h' && wordEnd && !wordStart) {
        continue;
      }
      if (c == prev) {
        continue;
      }
      sb.append(c);
      prev = c;
    }
    // A name of vowels only ("Ea", "Io") keeps its strict form rather than collapsing to nothing.
    return sb.length() == 0 ? s.replace(" ", "") : sb.toString();
  }

  static boolean hasArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') {
        return true;
      }
    }
    return false;
  }

  /** Lower-cased, diacritic-free Latin tokens of {@code name}; letters and digits only. */
  static List<String> latinTokens(String name) {
    // Names in English text are nearly always plain ASCII, which needs no decomposition.
    String d = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    boolean other = false;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c < 128) {
        if (c >= 'A' && c <= 'Z') {
          sb.append((char) (c + ('a' - 'A')));
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          sb.append(c);
        } else if (c != '\'' && c != '`' && c != '"') {
          sb.append(' ');
        }
        continue;
      }
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case '’', '‘', 'ʿ', 'ʾ', '´', 'ʼ', 'ʻ' -> {}
        case 'ı' -> sb.append('i');
        case 'ł', 'Ł' -> sb.append('l');
        case 'ø', 'Ø' -> sb.append('o');
        case 'đ', 'Đ', 'ð', 'Ð' -> sb.append('d');
        case 'þ', 'Þ' -> sb.append("th");
        case 'æ', 'Æ' -> sb.append("ae");
        case 'œ', 'Œ' -> sb.append("oe");
        case 'ß' -> sb.append("ss");
        default -> {
          boolean keep = Character.isLetterOrDigit(c);
          sb.append(keep ? c : ' ');
          other |= keep;
        }
      }
    }
    // Other scripts are lower-cased as a whole: the Greek final sigma depends on its neighbours.
    CharSequence lower = other ? sb.toString().toLowerCase(Locale.ROOT) : sb;
    List<String> tokens = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      boolean space = i == lower.length() || lower.charAt(i) == ' ';
      if (space && start >= 0) {
        tokens.add(lower.subSequence(start, i).toString());
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return tokens;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  static String arabic(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
        continue; // harakat, dagger alef, tatweel
      }
      switch (c) {
        case 'أ', 'إ', 'آ', 'ٱ' -> sb.append('ا');
        case 'ى', 'ئ', 'ی' -> sb.append('ي');
        case 'ة' -> sb.append('ه');
        case 'ؤ' -> sb.append('و');
        case 'ک' -> sb.append('ك');
        default -> sb.append(Character.isLetterOrDigit(c) ? c : ' ');
      }
    }
    List<String> kept = new ArrayList<>();
    for (String t : sb.toString().trim().split(" +")) {
      if (t.isEmpty()) {
        continue;
      }
      if (t.startsWith("ال") && t.length() > 3) {
        t = t.substring(2);
      }
      if (!t.equals("ال")) {
        kept.add(t);
      }
    }
    return String.join(" ", kept);
  }
}
