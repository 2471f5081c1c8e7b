package org.sijil.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sijil.model.Span;

/**
 * Finds dictionary phrases in token sequences: a trie over normalised, lower-cased tokens, matched
 * leftmost-longest without overlaps (equivalent to Aho–Corasick with a longest-match policy for
 * phrases of a few tokens). Phrases are tokenized with the same {@link TextNormalizer} and {@link
 * Tokenizer} as documents, so "US-led coalition" and "US‑led Coalition" match alike. Entries added
 * with {@link Builder#addExactCase} match only when the raw tokens have the same letters' case (for
 * "IS", which is also a verb), unless the caller says the text is case-folded (ALL CAPS). Immutable
 * once built and thread-safe.
 *
 * @param <V> the value stored under each phrase
 */
public final class DictionaryMatcher<V> {

  private static final class Node<V> {
    final Children<V> next;
    final List<V> values;
    final List<String> exactForms; // raw forms for exact-case values, parallel to exactValues
    final List<V> exactValues;

    Node(Children<V> next, List<V> values, List<String> exactForms, List<V> exactValues) {
      this.next = next;
      this.values = values;
      this.exactForms = exactForms;
      this.exactValues = exactValues;
    }
  }

  /**
   * A node's children by token form: open addressing over the forms' hash codes, which the table
   * keeps, so that a probe that misses (most tokens, at the root) compares two ints and never reads
   * the stored form. Every token of every document is looked up here, several times.
   */
  private static final class Children<V> {
    private final String[] forms;
    private final int[] hashes;
    private final Node<V>[] nodes;
    private final int mask;
    // For a large node (a lexicon's root): one bit for each child's hash in a table of 16 bits a
    // child, small enough to stay in the nearest cache, where most tokens find their bit clear
    // and the probe ends without reading the larger arrays above.
    private final long[] filter;
    private final int filterShift;

    @SuppressWarnings("unchecked")
    Children(Map<String, Node<V>> children) {
      int capacity = 2;
      while (capacity < 2 * children.size()) {
        capacity <<= 1; // at most half full: misses end at an empty slot soon
      }
      forms = new String[capacity];
      hashes = new int[capacity];
      nodes = (Node<V>[]) new Node<?>[capacity];
      mask = capacity - 1;
      if (children.size() >= FILTER_MIN_CHILDREN) {
        int bits = Integer.highestOneBit(children.size() * 16 - 1) << 1;
        filter = new long[bits / 64];
        filterShift = 32 - Integer.numberOfTrailingZeros(bits);
      } else {
        filter = null;
        filterShift = 0;
      }
      children.forEach(
          (form, node) -> {
            int h = form.hashCode();
            int i = spread(h) & mask;
            while (forms[i] != null) {
              i = (i + 1) & mask;
            }
            forms[i] = form;
            hashes[i] = h;
            nodes[i] = node;
            if (filter != null) {
              int b = filterBit(h);
              filter[b >>> 6] |= 1L << b;
            }
          });
    }

    private static final int FILTER_MIN_CHILDREN = 64;

    /** The filter bit of hash {@code h}: its high bits after mixing, unlike the slot's low bits. */
    private int filterBit(int h) {
      return (h * 0x9E3779B9) >>> filterShift;
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }

    /** The child under {@code form}, or null. */
    Node<V> get(String form) {
      int h = form.hashCode();
      if (filter != null) {
        int b = filterBit(h);
        if ((filter[b >>> 6] & (1L << b)) == 0) {
          return null;
        }
      }
      int i = spread(h) & mask;
      String f;
      while ((f = forms[i]) != null) {
        if (hashes[i] == h && f.equals(form)) {
          return nodes[i];
        }
        i = (i + 1) & mask;
      }
      return null;
    }
  }

  private static final class MutableNode<V> {
    final Map<String, MutableNode<V>> next = new HashMap<>();
    final List<V> values = new ArrayList<>();
    final List<String> exactForms = new ArrayList<>();
    final List<V> exactValues = new ArrayList<>();

    Node<V> freeze() {
      Map<String, Node<V>> n = new HashMap<>();
      next.forEach((k, v) -> n.put(k, v.freeze()));
      return new Node<>(
          new Children<>(n),
          List.copyOf(values),
          List.copyOf(exactForms),
          List.copyOf(exactValues));
    }
  }

  private final Node<V> root;
  private final int size;

  private DictionaryMatcher(Node<V> root, int size) {
    this.root = root;
    this.size = size;
  }

  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** Number of phrases added. */
  public int size() {
    return size;
  }

  /** Matches over all of {@code tokens}. */
  public List<DictionaryMatch<V>> match(String raw, List<Token> tokens) {
    return match(raw, tokens, 0, tokens.size(), false);
  }

  /**
   * Leftmost-longest matches in {@code tokens[from, to)}.
   *
   * @param raw the raw text the tokens point into
   * @param caseFolded true when the text's case carries no information (ALL CAPS); exact-case
   *     entries then never match, since "IS" in capitals is the verb far more often than a name
   */
  public List<DictionaryMatch<V>> match(
      String raw, List<Token> tokens, int from, int to, boolean caseFolded) {
    Objects.checkFromToIndex(from, to, tokens.size());
    List<DictionaryMatch<V>> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      Node<V> node = root;
      int bestEnd = -1;
      List<V> bestValues = null;
      for (int j = i; j < to; j++) {
        node = node.next.get(tokens.get(j).norm());
        if (node == null) {
          break;
        }
        List<V> vals = valuesAt(node, tokens, i, j + 1, caseFolded);
        if (!vals.isEmpty()) {
          bestEnd = j + 1;
          bestValues = vals;
        }
      }
      if (bestEnd > 0) {
        Span s = new Span(tokens.get(i).span().start(), tokens.get(bestEnd - 1).span().end());
        out.add(new DictionaryMatch<>(s, s.of(raw), i, bestEnd, bestValues));
        i = bestEnd;
      } else {
        i++;
      }
    }
    return out;
  }

  private List<V> valuesAt(Node<V> node, List<Token> tokens, int s, int e, boolean caseFolded) {
    if (node.exactValues.isEmpty()) {
      return node.values;
    }
    List<V> vals = new ArrayList<>(node.values);
    StringBuilder form = new StringBuilder();
    for (int k = s; k < e; k++) {
      form.append(k > s ? " " : "").append(tokens.get(k).text());
    }
    for (int k = 0; k < node.exactValues.size(); k++) {
      if (!caseFolded && node.exactForms.get(k).equals(form.toString())) {
        vals.add(node.exactValues.get(k));
      }
    }
    return vals;
  }

  /** Collects phrases; not thread-safe. */
  public static final class Builder<V> {
    private final MutableNode<V> root = new MutableNode<>();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final Tokenizer tokenizer = new Tokenizer();
    private int size;

    private Builder() {}

    /** Adds a phrase matched case-insensitively. */
    public Builder<V> add(String phrase, V value) {
      MutableNode<V> n = path(phrase);
      n.values.add(Objects.requireNonNull(value, "value"));
      size++;
      return this;
    }

    /** Adds a phrase matched only with the same case (e.g. "IS" but not "is"). */
    public Builder<V> addExactCase(String phrase, V value) {
      MutableNode<V> n = path(phrase);
      List<Token> toks = tokens(phrase);
      StringBuilder form = new StringBuilder();
      for (int k = 0; k < toks.size(); k++) {
        form.append(k > 0 ? " " : "").append(toks.get(k).text());
      }
      n.exactForms.add(form.toString());
      n.exactValues.add(Objects.requireNonNull(value, "value"));
      size++;
      return this;
    }

    private List<Token> tokens(String phrase) {
      return tokenizer.tokenize(phrase, normalizer.normalize(phrase));
    }

    private MutableNode<V> path(String phrase) {
      List<Token> toks = tokens(Objects.requireNonNull(phrase, "phrase"));
      if (toks.isEmpty()) {
        throw new IllegalArgumentException(
            "expected a phrase with at least one token, found \"" + phrase + "\"");
      }
      MutableNode<V> n = root;
      for (Token t : toks) {
        n = n.next.computeIfAbsent(t.norm(), k -> new MutableNode<>());
      }
      return n;
    }

    public DictionaryMatcher<V> build() {
      return new DictionaryMatcher<>(root.freeze(), size);
    }
  }
}
