package org.sijil.ingest;

import java.util.Locale;
import java.util.Set;
import org.sijil.model.doc.Language;

/**
 * A cheap guess of a text's language from its script: mostly Arabic letters gives {@code ar};
 * mostly Latin letters with enough common English function words gives {@code en}; anything else
 * {@code und}. Stateless; thread-safe.
 */
final class LanguageDetector {
  /** Only the start of a long text is looked at; language rarely changes after it. */
  private static final int SAMPLE_CHARS = 4_000;

  private static final Set<String> ENGLISH_FUNCTION_WORDS =
      Set.of(
          "the", "of", "and", "in", "to", "a", "was", "were", "is", "are", "on", "for", "with",
          "by", "from", "that", "at", "as", "it", "his", "her", "their", "has", "have", "had",
          "been", "an", "this", "which", "who", "after", "into", "said");

  private LanguageDetector() {}

  /**
   * The language a document's metadata declares ({@code lang="ar-SY"}, a feed's {@code
   * <language>}), or null when it declares none or one that is not an ISO 639-1 code: the text then
   * decides.
   */
  static Language declared(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return Language.parse(code);
    } catch (IllegalArgumentException e) {
      return null; // lang="x-klingon" and the like: detect from the text instead
    }
  }

  static Language detect(String text) {
    int n = Math.min(text.length(), SAMPLE_CHARS);
    int arabic = 0;
    int latin = 0;
    int words = 0;
    int functionWords = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (c < 128) {
        // ASCII fast path: this loop runs over every document at ingest
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          latin++;
        }
      } else if (Character.isLetter(c)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.ARABIC) {
          arabic++;
        } else if (script == Character.UnicodeScript.LATIN) {
          latin++;
        }
      }
      if (Character.isLetter(c) || c == '\'') {
        word.append(c);
      } else if (word.length() > 0) {
        words++;
        if (word.length() <= 5
            && ENGLISH_FUNCTION_WORDS.contains(word.toString().toLowerCase(Locale.ROOT))) {
          functionWords++;
        }
        word.setLength(0);
      }
    }
    int letters = arabic + latin;
    if (letters == 0) {
      return Language.UNDETERMINED;
    }
    if (arabic * 2 > letters) {
      return Language.ARABIC;
    }
    // Running English prose has a function word in every three or four words; 10% is lenient
    // enough for headlines and strict enough to keep out French or Kurdish in Latin script.
    if (latin * 2 > letters && functionWords > 0 && functionWords * 10 >= words) {
      return Language.ENGLISH;
    }
    return Language.UNDETERMINED;
  }
}
