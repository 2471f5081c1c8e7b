package org.sijil.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.Bits;

/**
 * Counts facet values over the events a search matches, using the segments' {@link FacetColumns}:
 * per hit, one array increment per facet; per segment, the non-zero counts are added to the totals
 * by value. For a query that matches everything, {@link #countAll} walks the columns without a
 * search. Not thread-safe; one per search.
 */
final class FacetCounter extends SimpleCollector {
  private final Facet[] facets;
  private final FacetColumns.Cache cache;
  private final Map<Facet, Map<String, Long>> totals = new EnumMap<>(Facet.class);
  private FacetColumns columns;
  private int[][] counts;
  private int[] docs = new int[4096];
  private int size;
  private long hits;

  FacetCounter(Set<Facet> wanted, FacetColumns.Cache cache) {
    this.facets = wanted.toArray(new Facet[0]);
    this.cache = cache;
    for (Facet f : facets) {
      totals.put(f, new HashMap<>());
    }
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    flush();
    start(context.reader());
  }

  private void start(LeafReader reader) throws IOException {
    columns = cache.of(reader);
    counts = new int[facets.length][];
    for (int i = 0; i < facets.length; i++) {
      counts[i] = new int[columns.valueCount(facets[i])];
    }
  }

  @Override
  public void collect(int doc) {
    if (size == docs.length) {
      docs = java.util.Arrays.copyOf(docs, size * 2);
    }
    docs[size++] = doc;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  /** Counts every live event of the index, without a search. */
  void countAll(IndexReader reader) throws IOException {
    for (LeafReaderContext ctx : reader.leaves()) {
      LeafReader r = ctx.reader();
      start(r);
      Bits live = r.getLiveDocs();
      for (int i = 0; i < facets.length; i++) {
        columns.count(facets[i], null, 0, live, counts[i]);
      }
      hits += r.numDocs();
      flush();
    }
  }

  /** Adds the current segment's non-zero counts to the totals, by value. */
  private void flush() {
    if (columns == null) {
      return;
    }
    if (size > 0) {
      for (int i = 0; i < facets.length; i++) {
        columns.count(facets[i], docs, size, null, counts[i]);
      }
      hits += size;
      size = 0;
    }
    for (int i = 0; i < facets.length; i++) {
      Map<String, Long> t = totals.get(facets[i]);
      int[] c = counts[i];
      for (int ord = 0; ord < c.length; ord++) {
        if (c[ord] > 0) {
          t.merge(columns.value(facets[i], ord), (long) c[ord], Long::sum);
        }
      }
    }
    columns = null;
    counts = null;
  }

  /** The number of events counted. */
  long hits() {
    flush();
    return hits;
  }

  /** Each facet's values, most frequent first (ties by value), at most {@code max} of them. */
  Map<Facet, List<FacetCount>> results(int max) {
    flush();
    Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
    totals.forEach(
        (f, t) ->
            out.put(
                f,
                t.entrySet().stream()
                    .sorted(
                        Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(max)
                    .map(e -> new FacetCount(e.getKey(), e.getValue()))
                    .toList()));
    return out;
  }
}
