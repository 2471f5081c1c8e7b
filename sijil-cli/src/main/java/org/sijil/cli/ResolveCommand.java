package org.sijil.cli;

import java.util.concurrent.Callable;
import org.sijil.server.core.IncidentPipeline;
import org.sijil.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sijil resolve}: reads events from stored documents and clusters them into incidents. */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    description = {
      "Read events from stored documents that have none yet, link near-duplicate documents,"
          + " cluster the events of all documents into incidents (docs/incidents.md) and store"
          + " them, with analyst splits and merges applied.",
      "'sijil incidents', 'sijil incident' and 'sijil export' run this first when the store has"
          + " documents without events."
    })
final class ResolveCommand implements Callable<Integer> {
  @ParentCommand SijilCommand parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (DocumentStore store = StoreOpener.open(parent.global.db())) {
      IndexSync index = IndexSync.snapshot(parent.global.db(), store);
      IncidentPipeline.Summary s = new IncidentPipeline().resolve(store);
      CommandAudit.resolved(parent.global.db(), s);
      spec.commandLine().getOut().println(s.line());
      index.sync(store, java.util.Set.of(), spec.commandLine().getErr());
    }
    return ExitCode.OK;
  }

  /** Resolves when the store has documents without events or no incidents yet. */
  static void refreshIfStale(java.nio.file.Path dir, DocumentStore store, java.io.PrintWriter err) {
    IncidentPipeline p = new IncidentPipeline();
    if (p.stale(store)) {
      IncidentPipeline.Summary s = p.resolve(store);
      CommandAudit.resolved(dir, s);
      err.println(s.line());
    }
  }
}
