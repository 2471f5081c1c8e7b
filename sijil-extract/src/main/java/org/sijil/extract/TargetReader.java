package org.sijil.extract;

import java.util.List;
import java.util.Set;
import org.sijil.model.Span;
import org.sijil.model.event.TargetKind;
import org.sijil.model.event.TargetRef;
import org.sijil.nlp.DictionaryMatch;
import org.sijil.nlp.Token;
import org.sijil.nlp.WordSet;

/**
 * Finds the physical target of an event in its sentence: a phrase of the target lexicon ({@code
 * targets.tsv}: hospital, bus, power station ...) that local syntax links to the event's trigger or
 * to a damage verb of the same sentence. The links (docs/ontology.md, "Physical targets"):
 *
 * <ul>
 *   <li>the object after the word, possibly through a preposition of place or aim ("bombed the
 *       bank", "the attack on a bus", "a car bomb outside the embassy", "set fire to the school");
 *       a noun only through a preposition right after it ("an attack shook the market": the verb's
 *       object, not the attack's); never of a casualty word, whose subject and object are people
 *       ("killed two people in a restaurant" tells where, not what was hit);
 *   <li>the subject of a passive ("the bridge was blown up") and a compound ("the embassy
 *       bombing");
 *   <li>the object of a damage verb in the same sentence ("the blast damaged three houses").
 * </ul>
 *
 * <p>A run of target nouns is one compound named by its last ("tank truck"); up to two words in
 * front of it belong to its name ("U.S. embassy").
 *
 * <p>A phrase that is part of a trigger ("car bomb") is a weapon, not a target. Immutable; one
 * instance per document, since it holds the document's tokens.
 */
final class TargetReader {

  /** Tokens that end the object scan: clause and phrase boundaries, agents, other verbs. */
  private static final Set<String> STOPS =
      WordSet.of(
          ",",
          ";",
          ":",
          ".",
          "by",
          "with",
          "and",
          "or",
          "but",
          "who",
          "which",
          "that",
          "after",
          "before",
          "because",
          "while",
          "when",
          "where",
          "killing",
          "wounding",
          "injuring",
          "as",
          "than",
          "from",
          "for",
          "during",
          "since",
          "until",
          "(",
          ")");

  /** Prepositions of place: what follows may be where the event was rather than what it hit. */
  private static final Set<String> LOCATIVES =
      WordSet.of(
          "at", "outside", "inside", "near", "in", "into", "front", "next", "through", "beside",
          "behind");

  /** Prepositions of aim: what follows is what the event acted on ("the attack on a bus"). */
  private static final Set<String> AIMS = WordSet.of("of", "on", "against", "to", "onto", "upon");

  /** Verbs of damage: their object is a target of the sentence's event. */
  private static final Set<String> DAMAGE_VERBS =
      WordSet.of(
          "damaged",
          "damaging",
          "destroyed",
          "destroying",
          "hit",
          "hits",
          "hitting",
          "damages",
          "destroys",
          "targets",
          "struck",
          "striking",
          "burned",
          "burnt",
          "burning",
          "torched",
          "razed",
          "demolished",
          "gutted",
          "ransacked",
          "looted",
          "bombed",
          "dynamited",
          "shelled",
          "targeted",
          "targeting",
          "attacked",
          "raided",
          "stormed",
          "blew",
          "wrecked",
          "shattered");

  /** Words that never belong to a target's name in front of its head. */
  private static final Set<String> NOT_MODIFIERS =
      WordSet.of(
          "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
          "my", "your", "some", "any", "several", "many", "two", "three", "four", "five", "six",
          "seven", "eight", "nine", "ten", "dozens", "of", "in", "at", "on", "to", "near",
          "outside", "inside", "and", "or", "'s", "’s", "'", "’", "was", "were", "is", "are", "be",
          "been", "another", "other", "one", "same", "each", "every", "all", "both", "few", "more",
          "most");

  /** What may stand between a passive's subject and its verb: be, and adverbs. */
  private static final Set<String> BE_OR_ADVERB =
      union(
          DocumentReader.BE,
          List.of(
              "has",
              "have",
              "had",
              "also",
              "reportedly",
              "allegedly",
              "partly",
              "partially",
              "completely",
              "totally",
              "badly",
              "heavily",
              "seriously",
              "severely",
              "later",
              "then",
              "not"));

  private final String raw;
  private final List<Token> tokens;

  TargetReader(String raw, List<Token> tokens) {
    this.raw = raw;
    this.tokens = tokens;
  }

  /**
   * The target of the event whose trigger covers tokens {@code [trigFirst, trigEnd)}, or null.
   *
   * @param targets the target lexicon's matches in the sentence, in order
   * @param triggers the sentence's accepted triggers (a target phrase inside one is a weapon)
   * @param sentenceFirst the sentence's first token
   * @param clauseEnd the end of the trigger's clause
   * @param sentenceEnd the token after the sentence
   * @param casualty the trigger is a casualty word ("killed"), whose objects are people
   * @param nominal the trigger is a noun ("the attack"), which takes its object through a
   *     preposition
   */
  Link find(
      List<DictionaryMatch<TargetKind>> targets,
      List<? extends DictionaryMatch<?>> triggers,
      int trigFirst,
      int trigEnd,
      int sentenceFirst,
      int clauseEnd,
      int sentenceEnd,
      boolean casualty,
      boolean nominal) {
    if (targets.isEmpty()) {
      return null;
    }
    // a casualty word's subject and object are people: "killed in a restaurant" says where
    // a noun takes its object through a preposition: in "an attack shook the market" the market
    // is the verb's object, not the attack's
    boolean linked =
        !casualty
            && (!nominal
                || trigEnd < clauseEnd
                    && (AIMS.contains(norm(trigEnd)) || LOCATIVES.contains(norm(trigEnd))));
    Found main = linked ? after(targets, triggers, trigEnd, clauseEnd, trigFirst, true) : null;
    if (main == null && !casualty) {
      main = before(targets, triggers, trigFirst, sentenceFirst, true);
    }
    Found damaged = null;
    for (int k = sentenceFirst; (main == null || main.locative) && k < sentenceEnd; k++) {
      if (k >= trigFirst && k < trigEnd || !DAMAGE_VERBS.contains(norm(k))) {
        continue;
      }
      int end =
          norm(k).equals("blew") && k + 1 < sentenceEnd && norm(k + 1).equals("up") ? k + 2 : k + 1;
      Found f = after(targets, triggers, end, sentenceEnd, k, false);
      if (f == null) {
        f = before(targets, triggers, k, sentenceFirst, false);
      }
      if (f != null && !f.locative) {
        main = f; // what a damage verb acts on outranks where the event took place
      } else if (damaged == null) {
        damaged = f;
      }
    }
    Found t = main != null ? main : damaged;
    return t == null
        ? null
        : new Link(ref(t.match, targets, triggers, t.floor), t.direct && !t.locative);
  }

  /**
   * A target found, and whether only a preposition of place links it ("exploded at the airport"):
   * then a damage verb's object is the better answer.
   */
  private record Found(
      DictionaryMatch<TargetKind> match, boolean locative, boolean direct, int floor) {}

  /**
   * A target and how it was found.
   *
   * @param target the target
   * @param direct the event's own word acts on it (its object, not a place, or its passive
   *     subject), rather than a damage verb elsewhere in the sentence
   */
  record Link(TargetRef target, boolean direct) {}

  /** The first target after {@code from} that the words between leave linked to the anchor. */
  private Found after(
      List<DictionaryMatch<TargetKind>> targets,
      List<? extends DictionaryMatch<?>> triggers,
      int from,
      int end,
      int anchor,
      boolean direct) {
    int limit = Math.min(end, from + 9);
    boolean locative = false;
    for (int k = from; k < limit; k++) {
      DictionaryMatch<TargetKind> t = startingAt(targets, k);
      if (k == from && from > 0 && norm(from - 1).endsWith("ing")) {
        continue; // "armored fighting vehicles": a participle right before a noun describes it
      }
      if (t != null && !insideTrigger(t, triggers)) {
        return new Found(t, locative, direct, from);
      }
      String n = norm(k);
      if (STOPS.contains(n) || k > from && startsTrigger(k, triggers, anchor)) {
        return null;
      }
      if (LOCATIVES.contains(n)) {
        locative = true;
      } else if (AIMS.contains(n)) {
        locative = false;
      }
    }
    return null;
  }

  /**
   * A target right before the anchor ("the embassy bombing") or a passive's subject, which may
   * carry a phrase of place ("offices in the capital were looted").
   */
  private Found before(
      List<DictionaryMatch<TargetKind>> targets,
      List<? extends DictionaryMatch<?>> triggers,
      int anchorFirst,
      int sentenceFirst,
      boolean direct) {
    int k = anchorFirst;
    boolean be = false;
    while (k - 1 >= sentenceFirst && k > anchorFirst - 4 && (BE_OR_ADVERB.contains(norm(k - 1)))) {
      be |= DocumentReader.BE.contains(norm(k - 1));
      k--;
    }
    // a noun before a verb is its subject ("a furnace at the plant exploded"), not a compound
    boolean verb = norm(anchorFirst).endsWith("ed");
    for (DictionaryMatch<TargetKind> t : targets) {
      boolean compound = t.endToken() == anchorFirst && !verb;
      boolean passiveSubject = be && (t.endToken() == k || placePhrase(t.endToken(), k));
      if ((compound || passiveSubject) && !insideTrigger(t, triggers)) {
        return new Found(t, false, direct, sentenceFirst);
      }
    }
    return null;
  }

  /** Tokens {@code [from, to)} are a short phrase of place: "in San Salvador", "of the city". */
  private boolean placePhrase(int from, int to) {
    if (to - from < 2
        || to - from > 5
        || !LOCATIVES.contains(norm(from)) && !norm(from).equals("of")) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      if (STOPS.contains(norm(k)) || DocumentReader.BE.contains(norm(k))) {
        return false;
      }
    }
    return true;
  }

  private static DictionaryMatch<TargetKind> startingAt(
      List<DictionaryMatch<TargetKind>> targets, int k) {
    for (DictionaryMatch<TargetKind> t : targets) {
      if (t.firstToken() == k) {
        return t;
      }
      if (t.firstToken() > k) {
        break;
      }
    }
    return null;
  }

  private static boolean insideTrigger(
      DictionaryMatch<?> t, List<? extends DictionaryMatch<?>> triggers) {
    for (DictionaryMatch<?> m : triggers) {
      if (m.firstToken() < t.endToken() && t.firstToken() < m.endToken()) {
        return true; // "car bomb": the weapon, not the target
      }
    }
    return false;
  }

  private static boolean startsTrigger(
      int k, List<? extends DictionaryMatch<?>> triggers, int anchor) {
    for (DictionaryMatch<?> m : triggers) {
      if (m.firstToken() == k && m.firstToken() != anchor) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsOrInsideTrigger(int k, List<? extends DictionaryMatch<?>> triggers) {
    for (DictionaryMatch<?> m : triggers) {
      if (m.firstToken() <= k && k < m.endToken()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The target with up to two modifiers before its head ("U.S. embassy", "passenger bus"), none
   * before {@code floor} (the word that links it: "bomb hits military vehicle" names a vehicle).
   */
  private TargetRef ref(
      DictionaryMatch<TargetKind> t,
      List<DictionaryMatch<TargetKind>> targets,
      List<? extends DictionaryMatch<?>> triggers,
      int floor) {
    int first = t.firstToken();
    while (first > floor
        && first > t.firstToken() - 2
        && tokens.get(first - 1).isWord()
        && !NOT_MODIFIERS.contains(norm(first - 1))
        && !DAMAGE_VERBS.contains(norm(first - 1))
        && !BE_OR_ADVERB.contains(norm(first - 1))
        && !Character.isDigit(norm(first - 1).charAt(0))
        && !startsOrInsideTrigger(first - 1, triggers)) {
      first--;
    }
    // a run of target nouns is one compound whose head is the last ("tank truck", "bus
    // terminal")
    DictionaryMatch<TargetKind> head = t;
    for (DictionaryMatch<TargetKind> next = startingAt(targets, head.endToken());
        next != null;
        next = startingAt(targets, head.endToken())) {
      head = next;
    }
    Span span = new Span(tokens.get(first).span().start(), head.span().end());
    return new TargetRef(span.of(raw), head.value(), span);
  }

  private static Set<String> union(Set<String> a, List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return WordSet.copyOf(all);
  }

  private String norm(int k) {
    return tokens.get(k).norm();
  }
}
