package org.sijil.nlp.time;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One language's rules for temporal expressions. Implementations are immutable: patterns are
 * compiled once, when the rule set is built.
 */
interface TimeRules {

  /** The rules, in no particular order: overlaps are settled by the recognizer (longest wins). */
  List<Rule> rules();

  /** What the words before {@code position} in {@code text}, in its sentence, say of tense. */
  Tense tenseBefore(String text, int position);

  /** The stage's resource version, for provenance. */
  String version();

  /**
   * Lower-case words of which every match of every rule holds at least one, as a whole word: with
   * the rules' {@link Rule#wordsBeforeKey()} bounds they let the recognizer try a rule only a few
   * words before one of them. A word with a digit or a character beyond ASCII always counts as a
   * key word and need not be listed. Words longer than {@link #MAX_KEY_WORD} characters are not
   * allowed.
   */
  java.util.Set<String> keyWords();

  /** The longest key word. */
  int MAX_KEY_WORD = 12;

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
   * @param wordsBeforeKey the most words (runs of letters and digits) any match can hold before its
   *     first key word ({@link TimeRules#keyWords()}), e.g. 1 for "the 12th century"; or -1 when
   *     unbounded, and the rule is tried wherever it can begin. A bound that is too small loses
   *     matches, which the scan equivalence test is there to catch.
   */
  record Rule(String name, Pattern pattern, boolean wordStart, int wordsBeforeKey, Reader reader) {
    public Rule {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(pattern, "pattern");
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
