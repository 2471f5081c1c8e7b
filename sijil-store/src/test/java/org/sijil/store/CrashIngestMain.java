package org.sijil.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.store.bench.SyntheticDocuments;

/**
 * The child process of {@link CrashSafetyTest}: ingests generated documents in batches and, right
 * after each batch's commit returns, prints {@code COMMITTED <sha>} for each of its documents.
 *
 * <p>Usage: {@code CrashIngestMain DIR SEED COUNT BATCH}. Document {@code i} of every run has the
 * url key {@code crash-i}, so runs against the same directory build chains of versions.
 */
public final class CrashIngestMain {
  private CrashIngestMain() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    Random random = new Random(Long.parseLong(args[1]));
    int count = Integer.parseInt(args[2]);
    int batch = Integer.parseInt(args[3]);
    PrintStream out = System.out;
    try (SqliteDocumentStore store = SqliteDocumentStore.open(StoreConfig.at(dir))) {
      out.println("OPENED");
      out.flush();
      for (int done = 0; done < count; ) {
        int n = Math.min(batch, count - done);
        List<IncomingDocument> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          docs.add(
              SyntheticDocuments.generate(
                  random, "crash-" + (done + i), 200 + random.nextInt(200)));
        }
        store.putAll(docs);
        StringBuilder lines = new StringBuilder(n * 75);
        for (IncomingDocument doc : docs) {
          lines.append("COMMITTED ").append(doc.sha256().hex()).append('\n');
        }
        out.print(lines);
        out.flush();
        done += n;
      }
    }
    out.println("DONE");
    out.flush();
  }
}
