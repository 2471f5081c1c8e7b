package org.sijil.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.sijil.model.event.EventType;

/**
 * One segment's facet values and start days uninverted into plain arrays (a "field cache"), so that
 * counting a facet over a million hits is an array increment per hit rather than a doc-values
 * lookup. Segments are immutable, so a segment's columns are built once — when a searcher that
 * first sees it is opened (see {@link Cache}) — and dropped when the segment is closed. Memory:
 * about 4 bytes per event per single-valued facet plus 4 per value of a multi-valued one. Immutable
 * after construction; thread-safe.
 */
final class FacetColumns {
  static final int NONE = -1;

  /** The start day of an undated event: it has none. */
  static final int NO_DAY = Integer.MIN_VALUE;

  /** Per facet (by ordinal): the value's ordinal per doc, {@link #NONE} when it has none. */
  private final int[][] single;

  /** Per multi-valued facet: doc d's ordinals are {@code ords[start[d]..start[d+1])}. */
  private final int[][] start;

  private final int[][] ords;

  /** Per facet: ordinal → value. */
  private final String[][] values;

  /** Start day (epoch day) per doc. */
  final int[] days;

  /** Event type ordinal per doc, {@link #NONE} when unknown. */
  final byte[] types;

  private FacetColumns(LeafReader r) throws IOException {
    int maxDoc = r.maxDoc();
    Facet[] facets = Facet.values();
    single = new int[facets.length][];
    start = new int[facets.length][];
    ords = new int[facets.length][];
    values = new String[facets.length][];
    for (Facet f : facets) {
      String field = EventDocuments.field(f);
      int i = f.ordinal();
      if (EventDocuments.multiValued(f)) {
        SortedSetDocValues dv = DocValues.getSortedSet(r, field);
        values[i] = new String[(int) dv.getValueCount()];
        for (int o = 0; o < values[i].length; o++) {
          values[i][o] = dv.lookupOrd(o).utf8ToString();
        }
        int[] s = new int[maxDoc + 1];
        int[] os = new int[Math.max(16, maxDoc / 2)];
        int n = 0;
        int next = 0;
        for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
          for (; next <= d; next++) {
            s[next] = n;
          }
          for (int k = dv.docValueCount(); k > 0; k--) {
            if (n == os.length) {
              os = Arrays.copyOf(os, os.length * 2);
            }
            os[n++] = (int) dv.nextOrd();
          }
        }
        for (; next <= maxDoc; next++) {
          s[next] = n;
        }
        start[i] = s;
        ords[i] = Arrays.copyOf(os, n);
      } else {
        SortedDocValues dv = DocValues.getSorted(r, field);
        values[i] = new String[dv.getValueCount()];
        for (int o = 0; o < values[i].length; o++) {
          values[i][o] = dv.lookupOrd(o).utf8ToString();
        }
        int[] col = new int[maxDoc];
        Arrays.fill(col, NONE);
        for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
          col[d] = dv.ordValue();
        }
        single[i] = col;
      }
    }
    days = new int[maxDoc];
    Arrays.fill(days, NO_DAY);
    NumericDocValues startDv = DocValues.getNumeric(r, EventDocuments.START);
    for (int d = startDv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = startDv.nextDoc()) {
      days[d] = (int) startDv.longValue();
    }
    types = new byte[maxDoc];
    int[] typeCol = single[Facet.EVENT_TYPE.ordinal()];
    String[] typeValues = values[Facet.EVENT_TYPE.ordinal()];
    byte[] typeOfOrd = new byte[typeValues.length];
    for (int o = 0; o < typeValues.length; o++) {
      typeOfOrd[o] = (byte) EventType.valueOf(typeValues[o]).ordinal();
    }
    for (int d = 0; d < maxDoc; d++) {
      types[d] = typeCol[d] == NONE ? NONE : typeOfOrd[typeCol[d]];
    }
  }

  /** The number of distinct values of the facet in this segment. */
  int valueCount(Facet f) {
    return values[f.ordinal()].length;
  }

  String value(Facet f, int ord) {
    return values[f.ordinal()][ord];
  }

  /**
   * Adds the values of facet f of these docs (or of every doc when {@code docs} is null, skipping
   * those not in {@code live} when it is not null) to the counts, indexed by ordinal. One tight
   * loop per facet: this is the inner loop of every facet count.
   */
  void count(Facet f, int[] docs, int size, org.apache.lucene.util.Bits live, int[] counts) {
    int i = f.ordinal();
    int[] col = single[i];
    int[] s = start[i];
    int[] os = ords[i];
    if (docs != null) {
      if (col != null) {
        for (int j = 0; j < size; j++) {
          int o = col[docs[j]];
          if (o != NONE) {
            counts[o]++;
          }
        }
      } else {
        for (int j = 0; j < size; j++) {
          int d = docs[j];
          for (int k = s[d], end = s[d + 1]; k < end; k++) {
            counts[os[k]]++;
          }
        }
      }
    } else if (live == null) {
      if (col != null) {
        for (int o : col) {
          if (o != NONE) {
            counts[o]++;
          }
        }
      } else {
        for (int o : os) {
          counts[o]++;
        }
      }
    } else {
      int maxDoc = days.length;
      for (int d = 0; d < maxDoc; d++) {
        if (!live.get(d)) {
          continue;
        }
        if (col != null) {
          int o = col[d];
          if (o != NONE) {
            counts[o]++;
          }
        } else {
          for (int k = s[d], end = s[d + 1]; k < end; k++) {
            counts[os[k]]++;
          }
        }
      }
    }
  }

  /** The columns of every segment a reader has seen, built once per segment. Thread-safe. */
  static final class Cache {
    private final ConcurrentHashMap<IndexReader.CacheKey, FacetColumns> bySegment =
        new ConcurrentHashMap<>();

    FacetColumns of(LeafReader r) throws IOException {
      IndexReader.CacheHelper helper = r.getCoreCacheHelper();
      if (helper == null) {
        return new FacetColumns(r);
      }
      FacetColumns c = bySegment.get(helper.getKey());
      if (c == null) {
        c = new FacetColumns(r);
        if (bySegment.putIfAbsent(helper.getKey(), c) == null) {
          helper.addClosedListener(bySegment::remove);
        }
      }
      return c;
    }
  }
}
