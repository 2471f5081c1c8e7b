package org.sijil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijil.model.Span;
import org.sijil.nlp.ArabicScript;
import org.sijil.nlp.Token;

/**
 * The words of an Arabic text as tokens for the lexicon's dictionary matchers: each word's raw span
 * and, as its {@link Token#norm()}, its folded stem ({@link ArabicScript}) with the proclitics that
 * the lexicon does not list stripped. Which clitics were stripped is kept beside the token, since
 * "بقصف" (by the shelling of) and "قصف" (shelling) are read differently.
 *
 * <p>A word is a run of letters, digits, harakat and tatweel; every other non-space character is a
 * token of its own. Stripping is tried from the least to the most: the word itself, without و/ف,
 * without ب/ل/ك (and "لل" as ل + ال), without ال, and the future prefix سـ before an imperfective
 * verb; the first form the vocabulary knows, with or without the alef of the accusative ending, is
 * the stem. A word the vocabulary does not know keeps its folded form. Immutable once built.
 */
final class ArabicWords {

  /** One word or punctuation mark. */
  record Word(Token token, String folded, String prefix, boolean definite, boolean future) {
    Span span() {
      return token.span();
    }

    String stem() {
      return token.norm();
    }

    boolean isWord() {
      return token.isWord();
    }

    boolean hasPrefix(char clitic) {
      return prefix.indexOf(clitic) >= 0;
    }
  }

  private final List<Word> words;

  ArabicWords(String raw, Set<String> vocabulary) {
    List<Word> out = new ArrayList<>();
    int n = raw.length();
    int i = 0;
    while (i < n) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
        i++;
        continue;
      }
      int end = i + 1;
      if (isWordChar(raw.codePointAt(i))) {
        end = i + Character.charCount(raw.codePointAt(i));
        while (end < n && isWordChar(raw.codePointAt(end))) {
          end += Character.charCount(raw.codePointAt(end));
        }
      } else if (Character.isHighSurrogate(c) && end < n) {
        end++;
      }
      out.add(word(raw, new Span(i, end), vocabulary));
      i = end;
    }
    this.words = List.copyOf(out);
  }

  List<Word> words() {
    return words;
  }

  List<Token> tokens() {
    List<Token> t = new ArrayList<>(words.size());
    for (Word w : words) {
      t.add(w.token());
    }
    return t;
  }

  static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp)
        || cp <= 0xFFFF && (ArabicScript.isHaraka((char) cp) || cp == 'ـ');
  }

  private static Word word(String raw, Span span, Set<String> vocabulary) {
    String text = span.of(raw);
    String folded = foldDigits(ArabicScript.fold(text));
    if (folded.isEmpty()) {
      folded = text; // a lone tatweel or haraka: keep it as it is, it matches nothing
    }
    if (!Character.isLetter(folded.codePointAt(0))) {
      return new Word(token(span, text, folded), folded, "", false, false);
    }
    String whole = known(folded, vocabulary);
    if (whole != null) {
      return new Word(token(span, text, whole), folded, "", folded.startsWith("ال"), false);
    }
    // conjunction, then preposition, then article, then the future prefix
    String[] stages = new String[4];
    String[] prefixes = new String[4];
    int k = 0;
    String w = folded;
    String p = "";
    if (w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
      p = w.substring(0, 1);
      w = w.substring(1);
      stages[k] = w;
      prefixes[k++] = p;
    }
    if (w.length() > 3 && w.startsWith("لل")) {
      p = p + "ل";
      w = "ا" + w.substring(1); // "للتنظيم" is ل + "التنظيم"
      stages[k] = w;
      prefixes[k++] = p;
    } else if (w.length() > 2 && "بلك".indexOf(w.charAt(0)) >= 0) {
      p = p + w.charAt(0);
      w = w.substring(1);
      stages[k] = w;
      prefixes[k++] = p;
    }
    for (int s = 0; s < k; s++) {
      String stem = known(stages[s], vocabulary);
      if (stem != null) {
        return new Word(token(span, text, stem), folded, prefixes[s], stem.startsWith("ال"), false);
      }
    }
    // the article, after any clitics before it
    String[] bases = new String[k + 1];
    String[] basePrefixes = new String[k + 1];
    bases[0] = folded;
    basePrefixes[0] = "";
    for (int s = 0; s < k; s++) {
      bases[s + 1] = stages[s];
      basePrefixes[s + 1] = prefixes[s];
    }
    for (int s = 0; s <= k; s++) {
      String b = bases[s];
      String stem = b.length() > 3 && b.startsWith("ال") ? known(b.substring(2), vocabulary) : null;
      if (stem != null) {
        return new Word(token(span, text, stem), folded, basePrefixes[s], true, false);
      }
    }
    for (int s = 0; s <= k; s++) {
      String b = bases[s];
      // "ستقصف", "سيتم": the future prefix before an imperfective (ي ت ن ا)
      if (b.length() > 3
          && b.charAt(0) == 'س'
          && "يتنا".indexOf(b.charAt(1)) >= 0
          && vocabulary.contains(b.substring(1))) {
        return new Word(token(span, text, b.substring(1)), folded, basePrefixes[s], false, true);
      }
    }
    return new Word(token(span, text, folded), folded, "", folded.startsWith("ال"), false);
  }

  /**
   * The vocabulary's form of {@code w}: itself, or without the alef of the accusative ending
   * ("تاجراً" is "تاجر"); null when it knows neither.
   */
  private static String known(String w, Set<String> vocabulary) {
    if (vocabulary.contains(w)) {
      return w;
    }
    if (w.length() > 3 && w.endsWith("ا") && vocabulary.contains(w.substring(0, w.length() - 1))) {
      return w.substring(0, w.length() - 1);
    }
    return null;
  }

  private static Token token(Span span, String text, String norm) {
    return new Token(span, text, norm, span);
  }

  /** Arabic-Indic and extended Arabic-Indic digits as ASCII digits. */
  static String foldDigits(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > '9' && Character.isDigit(c)) {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
      }
    }
    return b == null ? s : b.toString();
  }
}
