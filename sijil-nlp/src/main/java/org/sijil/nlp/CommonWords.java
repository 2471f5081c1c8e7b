package org.sijil.nlp;

import java.util.List;

/**
 * One shared, lower-case instance of each of the commonest words of English news text, so that the
 * {@link Tokenizer} need not make a new string for them: about half the tokens of a report are one
 * of these. Every word list and lexicon probed per token then meets a string whose hash is already
 * known and, where the list holds the word too, compares by identity first ({@link String#equals}).
 * Only the strings' identity changes, never their content. Immutable and thread-safe.
 */
final class CommonWords {

  // Function words, forms of "be"/"have", and the commonest words of conflict reporting.
  private static final List<String> WORDS =
      List.of(
          "a",
          "about",
          "after",
          "against",
          "al",
          "all",
          "also",
          "an",
          "and",
          "are",
          "area",
          "armed",
          "army",
          "as",
          "at",
          "attack",
          "attacks",
          "be",
          "been",
          "before",
          "between",
          "both",
          "but",
          "by",
          "city",
          "civilians",
          "could",
          "countryside",
          "day",
          "during",
          "east",
          "eastern",
          "fighters",
          "for",
          "forces",
          "from",
          "group",
          "had",
          "has",
          "have",
          "he",
          "her",
          "his",
          "in",
          "injured",
          "into",
          "is",
          "it",
          "its",
          "killed",
          "last",
          "local",
          "man",
          "members",
          "men",
          "more",
          "near",
          "north",
          "northern",
          "not",
          "of",
          "on",
          "one",
          "or",
          "other",
          "out",
          "over",
          "people",
          "police",
          "province",
          "reported",
          "said",
          "security",
          "she",
          "since",
          "some",
          "south",
          "southern",
          "syria",
          "syrian",
          "than",
          "that",
          "the",
          "their",
          "them",
          "there",
          "these",
          "they",
          "this",
          "those",
          "three",
          "to",
          "town",
          "two",
          "under",
          "up",
          "village",
          "was",
          "we",
          "were",
          "west",
          "western",
          "when",
          "where",
          "which",
          "while",
          "who",
          "will",
          "with",
          "would",
          "wounded",
          "year");

  private static final int MAX_LENGTH = 12;

  private final String[] words;
  private final int[] hashes;
  private final int mask;

  private static final CommonWords INSTANCE = new CommonWords(WORDS);

  private CommonWords(List<String> list) {
    int capacity = Integer.highestOneBit(list.size() * 4 - 1) << 1;
    words = new String[capacity];
    hashes = new int[capacity];
    mask = capacity - 1;
    for (String w : list) {
      if (w.length() > MAX_LENGTH || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        throw new IllegalArgumentException(
            "expected lower-case ASCII words of at most " + MAX_LENGTH + " letters, found " + w);
      }
      int h = w.hashCode();
      int i = h & mask;
      while (words[i] != null) {
        if (words[i].equals(w)) {
          throw new IllegalArgumentException("expected distinct words, found " + w + " twice");
        }
        i = (i + 1) & mask;
      }
      words[i] = w;
      hashes[i] = h;
    }
  }

  /** The shared instance of the table. */
  static CommonWords instance() {
    return INSTANCE;
  }

  /**
   * The shared string equal to {@code text[start, end)} in lower case, when that is one of the
   * words; null otherwise, and for any text with a char that is not an ASCII letter.
   */
  String lowerCase(String text, int start, int end) {
    int length = end - start;
    if (length > MAX_LENGTH || length <= 0) {
      return null;
    }
    int h = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      } else if (c < 'a' || c > 'z') {
        return null;
      }
      h = 31 * h + c;
    }
    int i = h & mask;
    String w;
    while ((w = words[i]) != null) {
      if (hashes[i] == h && w.length() == length && text.regionMatches(true, start, w, 0, length)) {
        return w;
      }
      i = (i + 1) & mask;
    }
    return null;
  }
}
