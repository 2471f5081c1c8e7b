package org.sijil.resolve.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds near-duplicate documents — syndicated copies, republished or lightly edited articles — with
 * MinHash over word 3-shingles and locality-sensitive hashing (16 bands of 8 rows), so a new
 * document is compared only with documents that share a band, never with all of them.
 *
 * <p>A candidate is confirmed when the estimated Jaccard similarity of the two shingle sets is at
 * least the threshold (0.6 by default: a wire story republished with a new headline and a trimmed
 * last paragraph scores 0.7–0.95; independent reports of the same event in different words score
 * below 0.2).
 *
 * <p>Incremental and not thread-safe: call {@link #add} once per document, in arrival order; the
 * first document of a family is its original.
 */
public final class NearDuplicateDetector {
  private static final int BANDS = 16;
  private static final int ROWS = 8;
  private static final int HASHES = BANDS * ROWS;
  private static final int SHINGLE = 3;

  private final double threshold;
  private final long[] seeds;
  private final Map<Long, List<Integer>> buckets = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final List<long[]> signatures = new ArrayList<>();
  private final Map<String, String> originalOf = new HashMap<>();

  /** A document found to be a copy of an earlier one, with the estimated similarity. */
  public record Match(String original, double similarity) {
    public Match {
      Objects.requireNonNull(original, "original");
    }
  }

  /** A detector with the default threshold 0.6. */
  public NearDuplicateDetector() {
    this(0.6);
  }

  /**
   * A detector confirming candidates at or above {@code threshold}.
   *
   * @throws IllegalArgumentException when the threshold is not in (0, 1]
   */
  public NearDuplicateDetector(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("expected a threshold in (0,1], found " + threshold);
    }
    this.threshold = threshold;
    this.seeds = new long[HASHES];
    long s = 0x5DEECE66DL;
    for (int i = 0; i < HASHES; i++) {
      s = mix(s + 0x9E3779B97F4A7C15L);
      seeds[i] = s;
    }
  }

  /**
   * Adds a document and says which earlier document it copies, if any. A copy of a copy is linked
   * to the first original.
   *
   * @param id the document's id
   * @param text its text
   */
  public Optional<Match> add(String id, String text) {
    Objects.requireNonNull(id, "id");
    long[] sig = signature(text);
    int best = -1;
    double bestSim = 0;
    Set<Integer> seen = new HashSet<>();
    for (int b = 0; b < BANDS; b++) {
      List<Integer> bucket = buckets.get(bandKey(sig, b));
      if (bucket == null) {
        continue;
      }
      for (int other : bucket) {
        if (seen.add(other)) {
          double sim = similarity(sig, signatures.get(other));
          if (sim > bestSim) {
            bestSim = sim;
            best = other;
          }
        }
      }
    }
    int index = ids.size();
    ids.add(id);
    signatures.add(sig);
    for (int b = 0; b < BANDS; b++) {
      buckets.computeIfAbsent(bandKey(sig, b), k -> new ArrayList<>(2)).add(index);
    }
    if (best >= 0 && bestSim >= threshold) {
      String original = originalOf.getOrDefault(ids.get(best), ids.get(best));
      originalOf.put(id, original);
      return Optional.of(new Match(original, bestSim));
    }
    return Optional.empty();
  }

  /** The estimated Jaccard similarity of two texts' word 3-shingles, in [0, 1]. */
  public double similarity(String a, String b) {
    return similarity(signature(a), signature(b));
  }

  private static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  private long[] signature(String text) {
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    List<String> words = words(text);
    if (words.isEmpty()) {
      return sig;
    }
    int n = Math.max(1, words.size() - SHINGLE + 1);
    for (int i = 0; i < n; i++) {
      long h = 1125899906842597L;
      for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
        h = 31 * h + words.get(j).hashCode();
        h = mix(h);
      }
      for (int k = 0; k < HASHES; k++) {
        long v = mix(h ^ seeds[k]);
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return sig;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  private static long bandKey(long[] sig, int band) {
    long h = band * 0x100000001B3L;
    for (int r = 0; r < ROWS; r++) {
      h = mix(h ^ sig[band * ROWS + r]);
    }
    return h;
  }

  /** SplitMix64's finaliser: a cheap, well-mixed 64-bit hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "NearDuplicateDetector[%d documents]", ids.size());
  }
}
