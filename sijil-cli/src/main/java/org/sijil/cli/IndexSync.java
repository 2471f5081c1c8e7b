package org.sijil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.sijil.model.incident.EventKey;
import org.sijil.server.core.EventReviews;
import org.sijil.server.core.RecordIndex;
import org.sijil.server.core.SearchEntries;
import org.sijil.store.DocumentStore;
import org.sijil.store.StoreConfig;

/**
 * Keeps the search index of a data directory in step after a command changed the store: take a
 * {@link #snapshot} before the change, call {@link #sync} after. The store is the record and the
 * index only a copy, so a failure to update the index is reported on stderr with the way to repair
 * it ({@code sijil index rebuild}) and does not fail the command. Not thread-safe.
 */
final class IndexSync {
  private final Path db;
  private final Map<EventKey, SearchEntries.IncidentInfo> before;

  private IndexSync(Path db, Map<EventKey, SearchEntries.IncidentInfo> before) {
    this.db = db;
    this.before = before;
  }

  /** Records the incidents as they are before a change. */
  static IndexSync snapshot(Path db, DocumentStore store) {
    return new IndexSync(db, new SearchEntries().incidents(store));
  }

  /** Re-indexes these documents and the events whose incident changed since the snapshot. */
  void sync(DocumentStore store, Set<String> documentIds, PrintWriter err) {
    // Events are indexed as analysts left them, as the server does.
    try (var reviews = org.sijil.store.review.SqliteReviewStore.open(StoreConfig.at(db));
        RecordIndex index = RecordIndex.open(db, EventReviews.of(reviews))) {
      index.sync(store, documentIds, before);
    } catch (RuntimeException e) {
      // A running server holds the index: it rebuilds when it sees the mark.
      RecordIndex.markStale(db);
      err.println(
          "warning: the search index in "
              + db.resolve(RecordIndex.DIRECTORY)
              + " was not updated: "
              + e.getMessage()
              + "; a running 'sijil serve' on this directory rebuilds it within seconds,"
              + " otherwise run 'sijil index rebuild'");
    }
  }
}
