package org.sijil.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Counts facet values over the events a search matches. Per segment it buffers the matching doc
 * ids, then counts each facet in its own tight loop over the segment's doc values (ordinals into an
 * array), and turns only the non-zero ordinals into strings. For a query that matches everything it
 * walks the doc values directly. Not thread-safe; one per search.
 */
final class FacetCounter extends SimpleCollector {
  private final Facet[] facets;
  private final Map<Facet, Map<String, Long>> totals = new EnumMap<>(Facet.class);
  private LeafReader leaf;
  private int[] docs = new int[1024];
  private int size;
  private long hits;

  FacetCounter(Set<Facet> wanted) {
    this.facets = wanted.toArray(new Facet[0]);
    for (Facet f : facets) {
      totals.put(f, new HashMap<>());
    }
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    flush();
    leaf = context.reader();
  }

  @Override
  public void collect(int doc) {
    if (size == docs.length) {
      docs = Arrays.copyOf(docs, size * 2);
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
      Bits live = r.getLiveDocs();
      hits += r.numDocs();
      for (Facet f : facets) {
        String field = EventDocuments.field(f);
        if (EventDocuments.multiValued(f)) {
          SortedSetDocValues dv = DocValues.getSortedSet(r, field);
          int[] c = new int[(int) dv.getValueCount()];
          for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
            if (live == null || live.get(d)) {
              for (int k = dv.docValueCount(); k > 0; k--) {
                c[(int) dv.nextOrd()]++;
              }
            }
          }
          merge(f, c, dv::lookupOrd);
        } else {
          SortedDocValues dv = DocValues.getSorted(r, field);
          int[] c = new int[dv.getValueCount()];
          for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
            if (live == null || live.get(d)) {
              c[dv.ordValue()]++;
            }
          }
          merge(f, c, dv::lookupOrd);
        }
      }
    }
  }

  /** Counts the buffered docs of the current segment. */
  private void flush() throws IOException {
    if (leaf == null || size == 0) {
      size = 0;
      return;
    }
    hits += size;
    for (Facet f : facets) {
      String field = EventDocuments.field(f);
      if (EventDocuments.multiValued(f)) {
        SortedSetDocValues dv = DocValues.getSortedSet(leaf, field);
        int[] c = new int[(int) dv.getValueCount()];
        for (int i = 0; i < size; i++) {
          if (dv.advanceExact(docs[i])) {
            for (int k = dv.docValueCount(); k > 0; k--) {
              c[(int) dv.nextOrd()]++;
            }
          }
        }
        merge(f, c, dv::lookupOrd);
      } else {
        SortedDocValues dv = DocValues.getSorted(leaf, field);
        int[] c = new int[dv.getValueCount()];
        for (int i = 0; i < size; i++) {
          if (dv.advanceExact(docs[i])) {
            c[dv.ordValue()]++;
          }
        }
        merge(f, c, dv::lookupOrd);
      }
    }
    size = 0;
  }

  private interface OrdLookup {
    BytesRef lookup(int ord) throws IOException;
  }

  private void merge(Facet f, int[] counts, OrdLookup lookup) throws IOException {
    Map<String, Long> t = totals.get(f);
    for (int ord = 0; ord < counts.length; ord++) {
      if (counts[ord] > 0) {
        t.merge(lookup.lookup(ord).utf8ToString(), (long) counts[ord], Long::sum);
      }
    }
  }

  /** The number of events counted. */
  long hits() throws IOException {
    flush();
    return hits;
  }

  /** Each facet's values, most frequent first (ties by value), at most {@code max} of them. */
  Map<Facet, List<FacetCount>> results(int max) throws IOException {
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
