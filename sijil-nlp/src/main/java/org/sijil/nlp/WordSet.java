package org.sijil.nlp;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable set of words for the hot membership tests of the extractors (is this token a
 * preposition, a clause word, a count's first word), which ask it of every token. It is a {@link
 * java.util.Set} like {@link java.util.Set#of}, with the same refusals (null and duplicate words),
 * but a probe compares the word's cached hash code with the ones the table keeps before it compares
 * strings, and the table is at most a quarter full, so that a miss (the usual answer) mostly reads
 * one empty slot; {@code Set.of} computes a remainder and compares strings at each occupied slot.
 * Iteration follows the table, not insertion. Immutable and thread-safe.
 */
public final class WordSet extends AbstractSet<String> {
  private final String[] words;
  private final int[] hashes;
  private final int mask;
  private final int size;

  private WordSet(Collection<String> in) {
    int capacity = 4;
    while (capacity < 4 * in.size()) {
      capacity <<= 1;
    }
    words = new String[capacity];
    hashes = new int[capacity];
    mask = capacity - 1;
    int n = 0;
    for (String w : in) {
      int h = Objects.requireNonNull(w, "word").hashCode();
      int i = spread(h) & mask;
      while (words[i] != null) {
        if (hashes[i] == h && words[i].equals(w)) {
          throw new IllegalArgumentException("expected distinct words, found \"" + w + "\" twice");
        }
        i = (i + 1) & mask;
      }
      words[i] = w;
      hashes[i] = h;
      n++;
    }
    size = n;
  }

  /** The set of {@code words}; refuses null and duplicates, as {@link java.util.Set#of} does. */
  public static WordSet of(String... words) {
    return new WordSet(java.util.Arrays.asList(words));
  }

  /** The set of {@code words}, which must hold no null; duplicates are kept once. */
  public static WordSet copyOf(Collection<String> words) {
    return new WordSet(new java.util.LinkedHashSet<>(words));
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /**
   * True when {@code o} is one of the words.
   *
   * @throws NullPointerException when {@code o} is null, as {@link java.util.Set#of}'s sets do
   */
  @Override
  public boolean contains(Object o) {
    if (!(o instanceof String s)) {
      Objects.requireNonNull(o, "o");
      return false;
    }
    int h = s.hashCode();
    int i = spread(h) & mask;
    String w;
    while ((w = words[i]) != null) {
      if (hashes[i] == h && w.equals(s)) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<String> iterator() {
    return new Iterator<>() {
      private int next = advance(0);

      private int advance(int from) {
        int i = from;
        while (i < words.length && words[i] == null) {
          i++;
        }
        return i;
      }

      @Override
      public boolean hasNext() {
        return next < words.length;
      }

      @Override
      public String next() {
        if (next >= words.length) {
          throw new NoSuchElementException();
        }
        String w = words[next];
        next = advance(next + 1);
        return w;
      }
    };
  }
}
