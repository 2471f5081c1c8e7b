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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
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
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
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
  private final FacetColumns.Cache columns = new FacetColumns.Cache();
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
      // New event segments are uninverted when a searcher is opened (at commit), not by the first
      // query that needs their facet columns.
      e =
          new Part(
              name + "/events",
              eventDir,
              eventAnalysis,
              new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
                    throws IOException {
                  for (LeafReaderContext leaf : reader.leaves()) {
                    columns.of(leaf.reader());
                  }
                  return new IndexSearcher(reader);
                }
              });
      this.events = e;
      this.documents =
          new Part(name + "/documents", documentDir, documentAnalysis, new SearcherFactory());
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

    Part(String name, Directory dir, Analysis analysis, SearcherFactory factory) {
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
        this.searchers = new SearcherManager(writer, factory);
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
    EventDocuments.addText(doc, d.title() == null ? d.text() : d.title() + "\n" + d.text());
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

  private List<FacetCount> sideways(IndexSearcher searcher, EventQuery q, Facet f)
      throws IOException {
    FacetCounter counter = new FacetCounter(Set.of(f), columns);
    Query query = eventQuery(q);
    if (query instanceof MatchAllDocsQuery) {
      counter.countAll(searcher.getIndexReader());
    } else {
      searcher.search(query, counter);
    }
    return counter.results(FACET_VALUES).get(f);
  }

  @Override
  public EventResults searchEvents(EventQuery q) {
    long t0 = System.nanoTime();
    Query query = eventQuery(q);
    IndexSearcher searcher = events.acquire();
    try {
      int want = q.offset() + q.limit();
      boolean text = q.text() != null;
      // Sorted by relevance every hit is scored anyway, so the collector counts them all; sorted
      // by date it may skip documents that cannot make the page (by the start-date points).
      int threshold = text ? Integer.MAX_VALUE : want;
      TopDocsCollector<?> top = null;
      if (want > 0) {
        // Newest first unless there is text, then by relevance (newest first among equals).
        // Undated events (no start) sort after every dated one.
        SortField newest = new SortField(EventDocuments.START, SortField.Type.INT, true);
        newest.setMissingValue(Integer.MIN_VALUE);
        Sort sort = text ? new Sort(SortField.FIELD_SCORE, newest) : new Sort(newest);
        top = new TopFieldCollectorManager(sort, want, null, threshold, false).newCollector();
      }
      long total;
      Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
      if (!q.facets().isEmpty()) {
        FacetCounter counter = new FacetCounter(q.facets(), columns);
        if (query instanceof MatchAllDocsQuery) {
          counter.countAll(searcher.getIndexReader());
          if (top != null) {
            searcher.search(query, top);
          }
        } else if (text && top != null) {
          searcher.search(query, MultiCollector.wrap(top, counter));
        } else {
          // Two passes rather than one MultiCollector, so that the top-hits pass can still skip.
          searcher.search(query, counter);
          if (top != null) {
            searcher.search(query, top);
          }
        }
        total = counter.hits();
        facets.putAll(counter.results(FACET_VALUES));
        // Drill sideways: a filtered facet is counted without its own filter, one more pass each.
        for (Facet f : q.facets()) {
          if (q.filters().containsKey(f)) {
            facets.put(f, sideways(searcher, q.withoutFilter(f), f));
          }
        }
      } else if (text && top != null) {
        searcher.search(query, top);
        total = top.getTotalHits();
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

  @Override
  public List<Bucket> histogram(EventQuery q, Interval interval) {
    Query query = eventQuery(q);
    IndexSearcher searcher = events.acquire();
    try {
      return Histograms.count(searcher, query, interval, columns);
    } catch (IndexSearcher.TooManyClauses ex) {
      throw new SearchSyntaxException(q.text(), "it matches too many terms; be more specific", ex);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot search the index at " + name, ex);
    } finally {
      events.release(searcher);
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

  static LocalDate nextBucket(LocalDate b, Interval interval) {
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
