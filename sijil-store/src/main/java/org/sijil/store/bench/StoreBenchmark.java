package org.sijil.store.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.store.SqliteDocumentStore;
import org.sijil.store.StoreConfig;

/**
 * Measures insert speed: stores {@code count} generated 600-word HTML documents into a fresh store
 * in batches through {@code putAll}, and prints documents per second and megabytes (originals plus
 * text, UTF-8) per second. Generation is not timed; opening, migrating and every commit are.
 *
 * <p>Usage: {@code StoreBenchmark DIR COUNT [BATCH]}; DIR must not hold a store yet.
 */
public final class StoreBenchmark {
  private static final int WORDS = 600;
  private static final int DEFAULT_BATCH = 500;

  private StoreBenchmark() {}

  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: StoreBenchmark DIR COUNT [BATCH]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    int batch = args.length == 3 ? Integer.parseInt(args[2]) : DEFAULT_BATCH;
    if (count < 1 || batch < 1) {
      throw new IllegalArgumentException(
          "expected COUNT and BATCH >= 1, found " + count + " and " + batch);
    }
    StoreConfig config = StoreConfig.at(dir);
    if (Files.exists(config.databaseFile())) {
      throw new IllegalArgumentException(
          "expected a directory without a store, found " + config.databaseFile());
    }
    Random random = new Random(20261122L);
    long bytes = 0;
    long nanos = 0;
    long start = System.nanoTime();
    try (SqliteDocumentStore store = SqliteDocumentStore.open(config)) {
      nanos += System.nanoTime() - start;
      for (int done = 0; done < count; ) {
        int n = Math.min(batch, count - done);
        List<IncomingDocument> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          IncomingDocument doc = SyntheticDocuments.generate(random, "bench-" + (done + i), WORDS);
          bytes += doc.original().length + utf8Length(doc.text().text());
          docs.add(doc);
        }
        long t = System.nanoTime();
        store.putAll(docs);
        nanos += System.nanoTime() - t;
        done += n;
      }
    }
    double seconds = nanos / 1e9;
    System.out.printf(
        Locale.ROOT,
        "stored %d docs of %d words in batches of %d in %.2f s: %.0f docs/s, %.1f MB/s"
            + " (originals + text, %.1f MB)%n",
        count,
        WORDS,
        batch,
        seconds,
        count / seconds,
        bytes / 1e6 / seconds,
        bytes / 1e6);
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }
}
