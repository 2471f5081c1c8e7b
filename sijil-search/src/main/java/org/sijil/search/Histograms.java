package org.sijil.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.Bits;
import org.sijil.model.event.EventType;

/**
 * Counts matching events by start day and type into one array indexed by day (the index's first to
 * last start day), from the segments' {@link FacetColumns}, then sums the days into buckets.
 * Stateless.
 */
final class Histograms {
  private static final EventType[] TYPES = EventType.values();

  private Histograms() {}

  static List<Bucket> count(
      IndexSearcher searcher, Query query, Interval interval, FacetColumns.Cache cache)
      throws IOException {
    byte[] min = PointValues.getMinPackedValue(searcher.getIndexReader(), EventDocuments.START);
    byte[] max = PointValues.getMaxPackedValue(searcher.getIndexReader(), EventDocuments.START);
    if (min == null || max == null) {
      return List.of();
    }
    int first = IntPoint.decodeDimension(min, 0);
    int last = IntPoint.decodeDimension(max, 0);
    long[] counts = new long[(last - first + 1) * TYPES.length];
    if (query instanceof MatchAllDocsQuery) {
      for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
        LeafReader r = ctx.reader();
        FacetColumns c = cache.of(r);
        Bits live = r.getLiveDocs();
        for (int d = 0; d < r.maxDoc(); d++) {
          if ((live == null || live.get(d))
              && c.types[d] != FacetColumns.NONE
              && c.days[d] != FacetColumns.NO_DAY) {
            counts[(c.days[d] - first) * TYPES.length + c.types[d]]++;
          }
        }
      }
    } else {
      searcher.search(
          query,
          new SimpleCollector() {
            private FacetColumns c;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
              c = cache.of(context.reader());
            }

            @Override
            public void collect(int doc) {
              if (c.types[doc] != FacetColumns.NONE && c.days[doc] != FacetColumns.NO_DAY) {
                counts[(c.days[doc] - first) * TYPES.length + c.types[doc]]++;
              }
            }

            @Override
            public ScoreMode scoreMode() {
              return ScoreMode.COMPLETE_NO_SCORES;
            }
          });
    }
    TreeMap<LocalDate, long[]> byBucket = new TreeMap<>();
    for (int d = 0; d <= last - first; d++) {
      int base = d * TYPES.length;
      long sum = 0;
      for (int t = 0; t < TYPES.length; t++) {
        sum += counts[base + t];
      }
      if (sum == 0) {
        continue;
      }
      LocalDate b = LuceneSearchIndex.bucketStart(LocalDate.ofEpochDay(first + d), interval);
      long[] c = byBucket.computeIfAbsent(b, k -> new long[TYPES.length]);
      for (int t = 0; t < TYPES.length; t++) {
        c[t] += counts[base + t];
      }
    }
    if (byBucket.isEmpty()) {
      return List.of();
    }
    List<Bucket> out = new ArrayList<>();
    for (LocalDate b = byBucket.firstKey();
        !b.isAfter(byBucket.lastKey());
        b = LuceneSearchIndex.nextBucket(b, interval)) {
      long[] c = byBucket.get(b);
      Map<EventType, Long> m = new EnumMap<>(EventType.class);
      if (c != null) {
        for (int t = 0; t < TYPES.length; t++) {
          if (c[t] > 0) {
            m.put(TYPES[t], c[t]);
          }
        }
      }
      out.add(new Bucket(b, m));
    }
    return out;
  }
}
