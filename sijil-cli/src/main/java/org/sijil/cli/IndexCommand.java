package org.sijil.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sijil.server.core.EventReviews;
import org.sijil.server.core.RecordIndex;
import org.sijil.store.DocumentStore;
import org.sijil.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sijil index}: maintenance of the search index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description =
        "The search index (<data dir>/search) is a copy of the store kept in step by ingest,"
            + " resolve and incident; 'index rebuild' makes it again from the store.",
    subcommands = {IndexCommand.Rebuild.class})
final class IndexCommand implements Runnable {
  @ParentCommand SijilCommand parent;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "rebuild",
      mixinStandardHelpOptions = true,
      description =
          "Empty the search index and index every stored document and event again, with their"
              + " incidents and grades. Prints the counts and the time taken.")
  static final class Rebuild implements Callable<Integer> {
    @ParentCommand IndexCommand parent;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      var global = parent.parent.global;
      long t0 = System.nanoTime();
      try (DocumentStore store = StoreOpener.open(global.db());
          ProgressBar bar =
              new ProgressBar(spec.commandLine().getErr(), global.progressEnabled(), "index");
          var reviews = org.sijil.store.review.SqliteReviewStore.open(StoreConfig.at(global.db()));
          RecordIndex index = openIndex(global.db(), EventReviews.of(reviews))) {
        RecordIndex.Counts c = index.rebuild(store, bar::update);
        out.println(
            String.format(
                Locale.ROOT,
                "index rebuild: %d documents, %d events in %.1f s",
                c.documents(),
                c.events(),
                (System.nanoTime() - t0) / 1e9));
      }
      return ExitCode.OK;
    }

    /** Opens the index; one of another schema version is deleted first, since this rebuilds. */
    private static RecordIndex openIndex(java.nio.file.Path db, EventReviews reviews) {
      try {
        return RecordIndex.open(db, reviews);
      } catch (IllegalStateException e) {
        deleteTree(db.resolve(RecordIndex.DIRECTORY));
        return RecordIndex.open(db, reviews);
      }
    }

    private static void deleteTree(java.nio.file.Path dir) {
      try (var paths = java.nio.file.Files.walk(dir)) {
        for (java.nio.file.Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          java.nio.file.Files.delete(p);
        }
      } catch (java.io.IOException e) {
        throw new CommandException(
            ExitCode.STORE_ERROR, "cannot delete the old search index in " + dir + ": " + e, e);
      }
    }
  }
}
