package org.sijil.nlp.time;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One language's rules for temporal expressions. Implementations are immutable: patterns are
 * compiled once, when the rule set is built.
 */
interface TimeRules {

  /** The rules, in no particular order: overlaps are settled by the recognizer (longest wins). */
  List<Rule> rules();

  /**
   * What the words around the expression at {@code start..end} in {@code text} say of tense: the
   * verb right after it ("the court Thursday refused"), else the words before it in its sentence.
   */
  Tense tenseOf(String text, int start, int end);

  /** The stage's resource version, for provenance. */
  String version();

  /** The longest key word ({@link Keys}). */
  int MAX_KEY_WORD = 12;

  /**
   * Key words of a rule: every match of the rule holds one of them as a whole run of letters (a
   * word, or the letters of a word glued to digits: "May" in "May12"), or a number when {@code
   * numbers} is set. With the rule's {@link Rule#wordsBeforeKey()} bound they let the recognizer
   * try the rule only a few words before one of them. A word with a character beyond ASCII always
   * counts as a key word.
   *
   * @param words lower-case ASCII words of at most {@link #MAX_KEY_WORD} letters
   * @param numbers whether a word with a digit counts as a key word
   */
  record Keys(Set<String> words, boolean numbers) {
    public Keys {
      words = Set.copyOf(words);
      for (String w : words) {
        if (w.isEmpty()
            || w.length() > MAX_KEY_WORD
            || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
          throw new IllegalArgumentException(
              "expected key words of 1 to "
                  + MAX_KEY_WORD
                  + " lower-case ASCII letters, found \""
                  + w
                  + "\"");
        }
      }
      if (words.isEmpty() && !numbers) {
        throw new IllegalArgumentException("expected key words or numbers, found neither");
      }
    }

    /** The union of word lists, with or without numbers. */
    @SafeVarargs
    static Keys of(boolean numbers, Collection<String>... words) {
      Set<String> all = new HashSet<>();
      for (Collection<String> w : words) {
        all.addAll(w);
      }
      return new Keys(all, numbers);
    }
  }

  /** Reads one match into a meaning, or null to reject it (the context rules it out). */
  @FunctionalInterface
  interface Reader {
    Reading read(Matcher match, String text);
  }

  /**
   * A pattern and how to read its matches. When the pattern has a group named {@code x}, that group
   * is the expression and the rest of the match is context (e.g. a preposition).
   *
   * @param wordStart true when the pattern opens with a look-behind that rules out a letter or
   *     digit before the match, so that matches can begin only where no letter or digit precedes;
   *     the recognizer then tries the pattern only there
   * @param keys the words of which every match holds one
   * @param wordsBeforeKey the most words (runs of letters and digits) any match can hold before its
   *     first key word, e.g. 1 for "the 12th century" with numbers as keys; or -1 when unbounded,
   *     and the rule is tried wherever it can begin. A bound that is too small loses matches, which
   *     the scan equivalence test is there to catch.
   */
  record Rule(
      String name,
      Pattern pattern,
      boolean wordStart,
      Keys keys,
      int wordsBeforeKey,
      Reader reader) {
    public Rule {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(keys, "keys");
      Objects.requireNonNull(reader, "reader");
      if (wordsBeforeKey < -1) {
        throw new IllegalArgumentException(
            "rule " + name + ": expected wordsBeforeKey >= -1, found " + wordsBeforeKey);
      }
    }

    boolean hasExpressionGroup() {
      return pattern.pattern().contains("(?<x>");
    }
  }
}
