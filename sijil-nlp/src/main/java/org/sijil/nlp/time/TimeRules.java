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
   */
  record Rule(String name, Pattern pattern, boolean wordStart, Reader reader) {
    public Rule {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(reader, "reader");
    }

    boolean hasExpressionGroup() {
      return pattern.pattern().contains("(?<x>");
    }
  }
}
