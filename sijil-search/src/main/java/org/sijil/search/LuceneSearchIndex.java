package org.sijil.search;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** The Lucene implementation of {@link SearchIndex}. */
final class LuceneSearchIndex implements SearchIndex {

  static SearchIndex open(Path dir) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  static SearchIndex inMemory() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public void putEvents(Collection<EventEntry> events) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public void deleteDocumentEvents(String documentId) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public void putDocuments(Collection<DocumentEntry> docs) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public void commit() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public EventResults searchEvents(EventQuery q) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public List<Bucket> histogram(EventQuery q, Interval interval) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public DocumentResults searchDocuments(DocumentQuery q) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public long eventCount() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public long documentCount() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public void close() {}
}
