package org.sijil.search;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * A Lucene index of events and documents: full text (English and Arabic analysis), facets, date
 * ranges and geographic filters. It is a derived copy of the store and can always be rebuilt from
 * it.
 *
 * <p>Thread-safety: one instance is shared by all threads. Searches run concurrently with writes
 * and see the index as of the last {@link #commit()}. Writes from several threads are safe too.
 */
public interface SearchIndex extends AutoCloseable {

  /**
   * Opens the index in this directory, creating it when absent.
   *
   * @throws IllegalStateException when the directory holds an index of another schema version
   *     (rebuild it) or cannot be opened
   */
  static SearchIndex open(Path dir) {
    return LuceneSearchIndex.open(dir);
  }

  /** A new empty index in memory, for tests. */
  static SearchIndex inMemory() {
    return LuceneSearchIndex.inMemory();
  }

  /** Adds events, replacing any with the same key. Visible to searches after {@link #commit()}. */
  void putEvents(Collection<EventEntry> events);

  /** Deletes every event of this document (the document itself stays). */
  void deleteDocumentEvents(String documentId);

  /** Adds documents, replacing any with the same id. */
  void putDocuments(Collection<DocumentEntry> docs);

  /** Deletes everything. */
  void clear();

  /** Makes the writes so far durable and visible to searches. */
  void commit();

  /**
   * Searches events.
   *
   * @throws SearchSyntaxException when the query text cannot be parsed
   */
  EventResults searchEvents(EventQuery q);

  /**
   * Counts the events matching the query (its offset, limit and facets are ignored) by start date
   * in buckets of this interval, oldest first; empty buckets between the first and last are
   * included with no counts.
   *
   * @throws SearchSyntaxException when the query text cannot be parsed
   */
  List<Bucket> histogram(EventQuery q, Interval interval);

  /**
   * Searches documents.
   *
   * @throws SearchSyntaxException when the query text cannot be parsed
   */
  DocumentResults searchDocuments(DocumentQuery q);

  /** The number of events visible to searches. */
  long eventCount();

  /** The number of documents visible to searches. */
  long documentCount();

  /** Commits nothing; closes the index. Uncommitted writes are lost. */
  @Override
  void close();
}
