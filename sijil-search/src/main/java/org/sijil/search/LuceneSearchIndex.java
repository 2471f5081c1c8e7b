package org.sijil.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.sijil.model.event.EventType;

/**
 * The Lucene implementation of {@link SearchIndex}: two Lucene indexes, {@code events/} and {@code
 * documents/}, each with one {@link IndexWriter} and a {@link SearcherManager} refreshed on {@link
 * #commit()}. Thread-safe.
 */
final class LuceneSearchIndex implements SearchIndex {
  /** Bump when the fields or their encoding change; an index of another version is refused. */
  static final String SCHEMA_VERSION = "1";

  static final String SCHEMA_KEY = "sijil.search.schema";

  /** The most values returned for one facet. */
  static final int FACET_VALUES = 100;

  /** The longest document text returned in a hit; the full text is in the store. */
  static final int HIT_TEXT = 2_000;

  private static final Set<String> EVENT_FIELDS = eventFields();

  private final String name;
  private final Part events;
  private final Part documents;
  private final Analysis eventAnalysis =
      new Analysis(EVENT_FIELDS, (field, value) -> normaliseFieldValue(field, value));
  private final Analysis documentAnalysis =
      new Analysis(Set.of(DOC_ID, DOC_SOURCE, DOC_LANGUAGE), (field, value) -> value);

  static final String DOC_ID = "id";
  static final String DOC_TITLE = "title";
  static final String DOC_TEXT = "text";
  static final String DOC_SOURCE = "source";
  static final String DOC_URL = "url";
  static final String DOC_PUBLISHED = "published";
  static final String DOC_LANGUAGE = "language";

  private static Set<String> eventFields() {
    Set<String> s = new HashSet<>();
    for (Facet f : Facet.values()) {
      s.add(EventDocuments.field(f));
    }
    s.add(EventDocuments.INCIDENT);
    s.add(EventDocuments.DOC);
    s.add(EventDocuments.KEY);
    return Set.copyOf(s);
  }

  private static String normaliseFieldValue(String field, String value) {
    for (Facet f : Facet.values()) {
      if (f.key().equals(field)) {
        return EventDocuments.normalise(f, value);
      }
    }
    return value;
  }

  private LuceneSearchIndex(String name, Directory eventDir, Directory documentDir) {
    this.name = name;
    Part e = null;
    try {
      e = new Part(name + "/events", eventDir, eventAnalysis);
      this.events = e;
      this.documents = new Part(name + "/documents", documentDir, documentAnalysis);
    } catch (RuntimeException ex) {
      if (e != null) {
        e.close();
      }
      throw ex;
    }
  }

  static SearchIndex open(Path dir) {
    try {
      Files.createDirectories(dir);
      Directory ev = FSDirectory.open(dir.resolve("events"));
      Directory docs = FSDirectory.open(dir.resolve("documents"));
      try {
        return new LuceneSearchIndex(dir.toString(), ev, docs);
      } catch (RuntimeException ex) {
        ev.close();
        docs.close();
        throw ex;
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot open the search index at " + dir, ex);
    }
  }

  static SearchIndex inMemory() {
    return new LuceneSearchIndex(
        "(memory)", new ByteBuffersDirectory(), new ByteBuffersDirectory());
  }

  /** One Lucene index with its writer and searcher manager. */
  private static final class Part implements AutoCloseable {
    final String name;
    final Directory dir;
    final IndexWriter writer;
    final SearcherManager searchers;

    Part(String name, Directory dir, Analysis analysis) {
      this.name = name;
      this.dir = dir;
      try {
        if (DirectoryReader.indexExists(dir)) {
          Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
          String version = data.get(SCHEMA_KEY);
          if (!SCHEMA_VERSION.equals(version)) {
            throw new IllegalStateException(
                "expected a search index of schema version "
                    + SCHEMA_VERSION
                    + " at "
                    + name
                    + ", found "
                    + (version == null ? "an index without a version" : "version " + version)
                    + "; delete the directory and run `sijil index rebuild`");
          }
        }
        IndexWriterConfig config = new IndexWriterConfig(analysis.analyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setCommitOnClose(false);
        config.setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(dir, config);
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
        writer.commit();
        this.searchers = new SearcherManager(writer, null);
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot open the search index at " + name, ex);
      }
    }

    IndexSearcher acquire() {
      try {
        return searchers.acquire();
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot read the search index at " + name, ex);
      }
    }

    void release(IndexSearcher s) {
      try {
        searchers.release(s);
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot release a searcher of " + name, ex);
      }
    }

    void commit() throws IOException {
      writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
    }

    @Override
    public void close() {
      IOException first = null;
      for (AutoCloseable c : new AutoCloseable[] {searchers, writer, dir}) {
        try {
          if (c != null) {
            c.close();
          }
        } catch (IOException ex) {
          first = first == null ? ex : first;
        } catch (Exception ex) {
          throw new IllegalStateException(ex);
        }
      }
      if (first != null) {
        throw new UncheckedIOException("cannot close the search index at " + name, first);
      }
    }
  }

  @Override
  public void putEvents(Collection<EventEntry> entries) {
    try {
      for (EventEntry e : entries) {
        events.writer.updateDocument(
            new Term(EventDocuments.KEY, e.key().toString()), EventDocuments.toDocument(e));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write events to the search index at " + name, ex);
    }
  }

  @Override
  public void deleteDocumentEvents(String documentId) {
    try {
      events.writer.deleteDocuments(new Term(EventDocuments.DOC, documentId));
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot delete events from the search index at " + name, ex);
    }
  }

  @Override
  public void putDocuments(Collection<DocumentEntry> docs) {
    try {
      for (DocumentEntry d : docs) {
        documents.writer.updateDocument(new Term(DOC_ID, d.id()), toDocument(d));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write documents to the search index at " + name, ex);
    }
  }

  private static Document toDocument(DocumentEntry d) {
    Document doc = new Document();
    doc.add(new StringField(DOC_ID, d.id(), Field.Store.YES));
    String text = d.title() == null ? d.text() : d.title() + "\n" + d.text();
    doc.add(new TextField(Analysis.TEXT_EN, text, Field.Store.NO));
    doc.add(new TextField(Analysis.TEXT_AR, text, Field.Store.NO));
    doc.add(new StoredField(DOC_TEXT, d.text()));
    if (d.title() != null) {
      doc.add(new StoredField(DOC_TITLE, d.title()));
    }
    if (d.source() != null) {
      doc.add(new StringField(DOC_SOURCE, d.source(), Field.Store.YES));
    }
    if (d.url() != null) {
      doc.add(new StoredField(DOC_URL, d.url()));
    }
    if (d.language() != null) {
      doc.add(new StringField(DOC_LANGUAGE, d.language(), Field.Store.YES));
    }
    if (d.published() != null) {
      int day = (int) d.published().toEpochDay();
      doc.add(new IntPoint(DOC_PUBLISHED, day));
      doc.add(new NumericDocValuesField(DOC_PUBLISHED, day));
      doc.add(new StoredField(DOC_PUBLISHED, day));
    }
    return doc;
  }

  @Override
  public void clear() {
    try {
      events.writer.deleteAll();
      documents.writer.deleteAll();
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot clear the search index at " + name, ex);
    }
  }

  @Override
  public void commit() {
    try {
      events.commit();
      documents.commit();
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot commit the search index at " + name, ex);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Events

  /** The Lucene query for the query's text and filters (offset, limit and facets aside). */
  Query eventQuery(EventQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (q.text() != null) {
      b.add(eventAnalysis.parse(q.text()), BooleanClause.Occur.MUST);
      any = true;
    }
    for (Map.Entry<Facet, Set<String>> f : q.filters().entrySet()) {
      String field = EventDocuments.field(f.getKey());
      List<BytesRef> values = new ArrayList<>();
      for (String v : f.getValue()) {
        values.add(new BytesRef(EventDocuments.normalise(f.getKey(), v)));
      }
      Query fq =
          values.size() == 1
              ? new TermQuery(new Term(field, values.get(0)))
              : new TermInSetQuery(field, values);
      b.add(fq, BooleanClause.Occur.FILTER);
      any = true;
    }
    if (q.from() != null || q.to() != null) {
      int from = q.from() == null ? Integer.MIN_VALUE : (int) q.from().toEpochDay();
      int to = q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay();
      b.add(
          IntRange.newIntersectsQuery(EventDocuments.DAYS, new int[] {from}, new int[] {to}),
          BooleanClause.Occur.FILTER);
      any = true;
    }
    if (q.box() != null) {
      BoundingBox x = q.box();
      b.add(
          new IndexOrDocValuesQuery(
              LatLonPoint.newBoxQuery(EventDocuments.GEO, x.south(), x.north(), x.west(), x.east()),
              LatLonDocValuesField.newSlowBoxQuery(
                  EventDocuments.GEO, x.south(), x.north(), x.west(), x.east())),
          BooleanClause.Occur.FILTER);
      any = true;
    }
    if (q.near() != null) {
      Near n = q.near();
      double metres = n.km() * 1000;
      b.add(
          new IndexOrDocValuesQuery(
              LatLonPoint.newDistanceQuery(EventDocuments.GEO, n.lat(), n.lon(), metres),
              LatLonDocValuesField.newSlowDistanceQuery(
                  EventDocuments.GEO, n.lat(), n.lon(), metres)),
          BooleanClause.Occur.FILTER);
      any = true;
    }
    return any ? b.build() : new MatchAllDocsQuery();
  }

  @Override
  public EventResults searchEvents(EventQuery q) {
    long t0 = System.nanoTime();
    Query query = eventQuery(q);
    IndexSearcher searcher = events.acquire();
    try {
      int want = q.offset() + q.limit();
      TopDocsCollector<?> top = null;
      if (want > 0) {
        // Newest first unless there is text, then by relevance (newest first among equals).
        top =
            q.text() == null
                ? new TopFieldCollectorManager(
                        new Sort(new SortField(EventDocuments.START, SortField.Type.INT, true)),
                        want,
                        null,
                        want,
                        false)
                    .newCollector()
                : new TopFieldCollectorManager(
                        new Sort(
                            SortField.FIELD_SCORE,
                            new SortField(EventDocuments.START, SortField.Type.INT, true)),
                        want,
                        null,
                        want,
                        false)
                    .newCollector();
      }
      long total;
      Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
      if (!q.facets().isEmpty()) {
        FacetCounter counter = new FacetCounter(q.facets());
        searcher.search(query, top == null ? counter : MultiCollector.wrap(top, counter));
        total = counter.hits;
        for (Facet f : q.facets()) {
          facets.put(f, counter.result(f, FACET_VALUES));
        }
      } else {
        total = searcher.count(query);
        if (top != null) {
          searcher.search(query, top);
        }
      }
      List<EventEntry> hits = new ArrayList<>();
      if (top != null) {
        TopDocs docs = top.topDocs(q.offset(), q.limit());
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : docs.scoreDocs) {
          BytesRef bytes = stored.document(sd.doc).getBinaryValue(EventDocuments.ENTRY);
          hits.add(EventDocuments.decode(bytes));
        }
      }
      return new EventResults(total, hits, facets, (System.nanoTime() - t0) / 1000);
    } catch (IndexSearcher.TooManyClauses ex) {
      throw new SearchSyntaxException(q.text(), "it matches too many terms; be more specific", ex);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot search the index at " + name, ex);
    } finally {
      events.release(searcher);
    }
  }

  /**
   * Counts facet values over every matching event. Per segment it counts ordinals in an array and
   * turns only the non-zero ones into strings, so its cost is one doc-values read per hit and
   * facet.
   */
  private static final class FacetCounter extends SimpleCollector {
    private final Facet[] facets;
    private final List<Map<String, Long>> totals = new ArrayList<>();
    private final SortedDocValues[] single;
    private final org.apache.lucene.index.SortedSetDocValues[] multi;
    private final int[][] counts;
    long hits;

    FacetCounter(Set<Facet> wanted) {
      this.facets = wanted.toArray(new Facet[0]);
      for (int i = 0; i < facets.length; i++) {
        totals.add(new HashMap<>());
      }
      single = new SortedDocValues[facets.length];
      multi = new org.apache.lucene.index.SortedSetDocValues[facets.length];
      counts = new int[facets.length][];
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      for (int i = 0; i < facets.length; i++) {
        String field = EventDocuments.field(facets[i]);
        if (EventDocuments.multiValued(facets[i])) {
          multi[i] = org.apache.lucene.index.DocValues.getSortedSet(context.reader(), field);
          single[i] = null;
          counts[i] = new int[(int) multi[i].getValueCount()];
        } else {
          single[i] = org.apache.lucene.index.DocValues.getSorted(context.reader(), field);
          multi[i] = null;
          counts[i] = new int[single[i].getValueCount()];
        }
      }
    }

    @Override
    public void collect(int doc) throws IOException {
      hits++;
      for (int i = 0; i < facets.length; i++) {
        SortedDocValues s = single[i];
        if (s != null) {
          if (s.advanceExact(doc)) {
            counts[i][s.ordValue()]++;
          }
        } else {
          org.apache.lucene.index.SortedSetDocValues m = multi[i];
          if (m.advanceExact(doc)) {
            for (int k = m.docValueCount(); k > 0; k--) {
              counts[i][(int) m.nextOrd()]++;
            }
          }
        }
      }
    }

    /** Adds the current segment's non-zero counts to the totals, by value. */
    private void flush() throws IOException {
      for (int i = 0; i < facets.length; i++) {
        int[] c = counts[i];
        if (c == null) {
          continue;
        }
        Map<String, Long> t = totals.get(i);
        for (int ord = 0; ord < c.length; ord++) {
          if (c[ord] > 0) {
            BytesRef v = single[i] != null ? single[i].lookupOrd(ord) : multi[i].lookupOrd(ord);
            t.merge(v.utf8ToString(), (long) c[ord], Long::sum);
          }
        }
        counts[i] = null;
      }
    }

    List<FacetCount> result(Facet f, int max) {
      try {
        flush();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      for (int i = 0; i < facets.length; i++) {
        if (facets[i] == f) {
          return totals.get(i).entrySet().stream()
              .sorted(
                  Map.Entry.<String, Long>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .limit(max)
              .map(e -> new FacetCount(e.getKey(), e.getValue()))
              .toList();
        }
      }
      return List.of();
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  @Override
  public List<Bucket> histogram(EventQuery q, Interval interval) {
    Query query = eventQuery(q);
    IndexSearcher searcher = events.acquire();
    try {
      DayCounter counter = new DayCounter();
      searcher.search(query, counter);
      return counter.buckets(interval);
    } catch (IndexSearcher.TooManyClauses ex) {
      throw new SearchSyntaxException(q.text(), "it matches too many terms; be more specific", ex);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot search the index at " + name, ex);
    } finally {
      events.release(searcher);
    }
  }

  /** Counts matching events by start day and type, in a map from epoch day to six counters. */
  private static final class DayCounter extends SimpleCollector {
    private static final EventType[] TYPES = EventType.values();
    private final Map<Integer, long[]> days = new HashMap<>();
    private NumericDocValues start;
    private SortedDocValues type;
    private int[] typeOfOrd;
    private int lastDay = Integer.MIN_VALUE;
    private long[] lastCounts;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      start = org.apache.lucene.index.DocValues.getNumeric(context.reader(), EventDocuments.START);
      type =
          org.apache.lucene.index.DocValues.getSorted(
              context.reader(), EventDocuments.field(Facet.EVENT_TYPE));
      typeOfOrd = new int[type.getValueCount()];
      for (int ord = 0; ord < typeOfOrd.length; ord++) {
        typeOfOrd[ord] = EventType.valueOf(type.lookupOrd(ord).utf8ToString()).ordinal();
      }
      lastDay = Integer.MIN_VALUE;
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!start.advanceExact(doc) || !type.advanceExact(doc)) {
        return;
      }
      int day = (int) start.longValue();
      if (day != lastDay) {
        lastCounts = days.computeIfAbsent(day, k -> new long[TYPES.length]);
        lastDay = day;
      }
      lastCounts[typeOfOrd[type.ordValue()]]++;
    }

    List<Bucket> buckets(Interval interval) {
      if (days.isEmpty()) {
        return List.of();
      }
      Map<LocalDate, long[]> byBucket = new HashMap<>();
      LocalDate first = null;
      LocalDate last = null;
      for (Map.Entry<Integer, long[]> e : days.entrySet()) {
        LocalDate b = bucketStart(LocalDate.ofEpochDay(e.getKey()), interval);
        long[] c = byBucket.computeIfAbsent(b, k -> new long[TYPES.length]);
        for (int i = 0; i < c.length; i++) {
          c[i] += e.getValue()[i];
        }
        first = first == null || b.isBefore(first) ? b : first;
        last = last == null || b.isAfter(last) ? b : last;
      }
      List<Bucket> out = new ArrayList<>();
      for (LocalDate b = first; !b.isAfter(last); b = next(b, interval)) {
        long[] c = byBucket.get(b);
        Map<EventType, Long> counts = new EnumMap<>(EventType.class);
        if (c != null) {
          for (int i = 0; i < c.length; i++) {
            if (c[i] > 0) {
              counts.put(TYPES[i], c[i]);
            }
          }
        }
        out.add(new Bucket(b, counts));
      }
      return out;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  static LocalDate bucketStart(LocalDate d, Interval interval) {
    return switch (interval) {
      case DAY -> d;
      case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> d.withDayOfMonth(1);
      case YEAR -> d.withDayOfYear(1);
    };
  }

  private static LocalDate next(LocalDate b, Interval interval) {
    return switch (interval) {
      case DAY -> b.plusDays(1);
      case WEEK -> b.plusWeeks(1);
      case MONTH -> b.plusMonths(1);
      case YEAR -> b.plusYears(1);
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Documents

  @Override
  public DocumentResults searchDocuments(DocumentQuery q) {
    long t0 = System.nanoTime();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    Query text = null;
    if (q.text() != null) {
      text = documentAnalysis.parse(q.text());
      b.add(text, BooleanClause.Occur.MUST);
      any = true;
    }
    if (q.source() != null) {
      b.add(new TermQuery(new Term(DOC_SOURCE, q.source())), BooleanClause.Occur.FILTER);
      any = true;
    }
    if (q.from() != null || q.to() != null) {
      int from = q.from() == null ? Integer.MIN_VALUE : (int) q.from().toEpochDay();
      int to = q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay();
      b.add(IntPoint.newRangeQuery(DOC_PUBLISHED, from, to), BooleanClause.Occur.FILTER);
      any = true;
    }
    Query query = any ? b.build() : new MatchAllDocsQuery();
    IndexSearcher searcher = documents.acquire();
    try {
      int want = Math.max(1, q.offset() + q.limit());
      TopDocs docs;
      if (text != null) {
        docs = searcher.search(query, new TopScoreDocCollectorManager(want, null, want, false));
      } else {
        SortField published = new SortField(DOC_PUBLISHED, SortField.Type.INT, true);
        published.setMissingValue(Integer.MIN_VALUE);
        docs =
            searcher.search(
                query, new TopFieldCollectorManager(new Sort(published), want, null, want, false));
      }
      long total = searcher.count(query);
      Snippets snippets = new Snippets(documentAnalysis.analyzer(), Analysis.textFields(), text);
      List<DocumentHit> hits = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      ScoreDoc[] sds = docs.scoreDocs;
      for (int i = q.offset(); i < Math.min(sds.length, q.offset() + q.limit()); i++) {
        Document d = stored.document(sds[i].doc);
        DocumentEntry full = fromDocument(d);
        Snippets.DocumentHitParts parts = snippets.cut(full.text());
        String trimmed =
            full.text().length() <= HIT_TEXT ? full.text() : full.text().substring(0, HIT_TEXT);
        DocumentEntry entry =
            new DocumentEntry(
                full.id(),
                full.title(),
                trimmed,
                full.source(),
                full.url(),
                full.published(),
                full.language());
        float score = text == null || Float.isNaN(sds[i].score) ? 0f : sds[i].score;
        hits.add(new DocumentHit(entry, parts.snippet(), parts.highlights(), score));
      }
      return new DocumentResults(total, hits, (System.nanoTime() - t0) / 1000);
    } catch (IndexSearcher.TooManyClauses ex) {
      throw new SearchSyntaxException(q.text(), "it matches too many terms; be more specific", ex);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot search the index at " + name, ex);
    } finally {
      documents.release(searcher);
    }
  }

  private static DocumentEntry fromDocument(Document d) {
    var published = d.getField(DOC_PUBLISHED);
    return new DocumentEntry(
        d.get(DOC_ID),
        d.get(DOC_TITLE),
        d.get(DOC_TEXT),
        d.get(DOC_SOURCE),
        d.get(DOC_URL),
        published == null ? null : LocalDate.ofEpochDay(published.numericValue().intValue()),
        d.get(DOC_LANGUAGE));
  }

  @Override
  public long eventCount() {
    return count(events);
  }

  @Override
  public long documentCount() {
    return count(documents);
  }

  private static long count(Part part) {
    IndexSearcher s = part.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      part.release(s);
    }
  }

  @Override
  public void close() {
    try {
      events.close();
    } finally {
      documents.close();
    }
  }
}
