package org.sijil.extract;

import java.util.List;
import java.util.Set;
import org.sijil.nlp.Token;
import org.sijil.nlp.WordSet;

/**
 * Finds a claim of responsibility in a sentence ("the group claimed responsibility for the attack",
 * "X took credit for the bombing") and the noun phrase that makes it. Whoever claims an attack is
 * its perpetrator, named or not in the actor table; a claim that denies or says nobody claimed ("no
 * group has claimed responsibility", "neither claimed nor denied") is none. Stateless and
 * thread-safe.
 */
final class ClaimReader {

  /**
   * A claim.
   *
   * @param verb the token of the claiming verb
   * @param subjectFirst the first token of the claimant's noun phrase
   * @param subjectEnd the token after it
   */
  record Claim(int verb, int subjectFirst, int subjectEnd) {}

  private static final Set<String> CLAIM_VERBS =
      WordSet.of(
          "claimed",
          "claims",
          "claim",
          "claiming",
          "took",
          "takes",
          "taken",
          "accepted",
          "accepts",
          "assumed",
          "assumes");
  private static final Set<String> CLAIM_OBJECTS = WordSet.of("responsibility", "credit");

  /** Between the claimant and the verb: time words, auxiliaries, adverbs. */
  private static final Set<String> SKIPPED =
      WordSet.of(
          "today",
          "yesterday",
          "tonight",
          "has",
          "have",
          "had",
          "also",
          "later",
          "reportedly",
          "allegedly",
          "already",
          "publicly",
          "officially",
          "immediately",
          "then",
          "subsequently",
          "quickly",
          "swiftly",
          "\"",
          "'",
          "“",
          "”");

  /** Words that end the claimant's noun phrase on the left. */
  private static final Set<String> NOT_NAME =
      WordSet.of(
          "the", "a", "an", "this", "that", "these", "those", "and", "which", "who", "whom", "said",
          "says", "say", "when", "after", "before", "while", "where", "as", "but", "since",
          "because", "in", "on", "at", "by", "for", "from", "with", "to", "of");

  private static final Set<String> NEGATIONS =
      WordSet.of("no", "not", "nobody", "neither", "nor", "never", "none", "n't", "denied", "deny");

  private static final Set<String> PRONOUNS =
      WordSet.of("it", "they", "he", "she", "which", "who", "one", "anyone", "someone", "we", "i");

  private ClaimReader() {}

  /** The first claim of responsibility in tokens {@code [a, b)}, or null. */
  static Claim find(List<Token> tokens, int a, int b) {
    for (int k = a + 1; k + 1 < b; k++) {
      if (!CLAIM_VERBS.contains(tokens.get(k).norm())) {
        continue;
      }
      boolean object =
          CLAIM_OBJECTS.contains(tokens.get(k + 1).norm())
              || k + 2 < b && CLAIM_OBJECTS.contains(tokens.get(k + 2).norm());
      if (!object) {
        continue;
      }
      Claim c = subject(tokens, a, k);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private static Claim subject(List<Token> tokens, int a, int verb) {
    int k = verb - 1;
    while (k >= a && SKIPPED.contains(tokens.get(k).norm())) {
      k--;
    }
    if (k >= a && tokens.get(k).norm().equals(")")) {
      // "the ... Movement (MRTA) claimed": the name before the bracket
      while (k >= a && !tokens.get(k).norm().equals("(")) {
        k--;
      }
      k--;
    }
    if (k >= a && tokens.get(k).norm().equals(",")) {
      // "X, a group with roots in the east, claimed": the name before the apposition
      k--;
      while (k >= a && !tokens.get(k).norm().equals(",")) {
        k--;
      }
      k--;
      while (k >= a && SKIPPED.contains(tokens.get(k).norm())) {
        k--;
      }
    }
    int end = k + 1;
    int first = end;
    while (first - 1 >= a
        && end - first < 6
        && (tokens.get(first - 1).isWord() || tokens.get(first - 1).norm().equals("-"))
        && !NOT_NAME.contains(tokens.get(first - 1).norm())) {
      first--;
    }
    if (first >= end || PRONOUNS.contains(tokens.get(end - 1).norm())) {
      return null;
    }
    for (int i = Math.max(a, first - 2); i < verb; i++) {
      if (NEGATIONS.contains(tokens.get(i).norm())) {
        return null; // "no group has claimed", "neither claimed nor denied"
      }
    }
    return new Claim(verb, first, end);
  }
}
