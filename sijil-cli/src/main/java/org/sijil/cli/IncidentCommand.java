package org.sijil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sijil.model.incident.AnalystOperation;
import org.sijil.model.incident.EventKey;
import org.sijil.server.core.IncidentPipeline;
import org.sijil.server.core.OperationJson;
import org.sijil.store.DocumentStore;
import org.sijil.store.StoredIncident;
import org.sijil.store.audit.AuditAction;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sijil incident ID}: one incident in full, and the analyst's split, merge and undo. */
@Command(
    name = "incident",
    mixinStandardHelpOptions = true,
    description = {
      "Show one incident: its sources, figures (low/best/high and where each came from), grade,"
          + " member events with their evidence, and why each event is in it.",
      "With --split, --merge-with or --undo, record an analyst operation (kept in an append-only"
          + " log; no event is ever deleted) and resolve again."
    })
final class IncidentCommand implements Callable<Integer> {
  @ParentCommand SijilCommand parent;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The incident id, e.g. inc-3fa1b2c4d5.")
  String id;

  @Option(names = "--json", description = "As one JSON object.")
  boolean json;

  @ArgGroup(exclusive = true)
  Operation operation;

  static final class Operation {
    @Option(
        names = "--split",
        paramLabel = "EVENT",
        arity = "1..*",
        description =
            "Move these member events (keys as shown, SHA#N) into an incident of their own.")
    List<String> split;

    @Option(
        names = "--merge-with",
        paramLabel = "ID",
        description = "Merge the incident with this other incident.")
    String mergeWith;

    @Option(
        names = "--undo",
        paramLabel = "N",
        description = "Withdraw analyst operation number N (as printed when it was recorded).")
    Integer undo;
  }

  @Option(
      names = "--analyst",
      defaultValue = "${sys:user.name}",
      description = "Who makes the operation (default: the user name).")
  String analyst;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (DocumentStore store = StoreOpener.open(parent.global.db())) {
      IndexSync index = IndexSync.snapshot(parent.global.db(), store);
      ResolveCommand.refreshIfStale(parent.global.db(), store, spec.commandLine().getErr());
      StoredIncident incident = find(store, id);
      if (operation != null) {
        AnalystOperation op = operation(store, incident);
        int n = store.appendIncidentOperation(new OperationJson().write(op));
        CommandAudit.record(
            parent.global.db(),
            "cli:" + analyst,
            action(op),
            incident.id(),
            "{\"operation\":" + n + ",\"events\":" + keys(op) + "}");
        out.println("incident: operation " + n + " recorded (" + describe(op) + ")");
        IncidentPipeline.Summary s = new IncidentPipeline().resolve(store);
        CommandAudit.resolved(parent.global.db(), s);
        out.println(s.line());
        index.sync(store, java.util.Set.of(), spec.commandLine().getErr());
        return ExitCode.OK;
      }
      if (json) {
        out.println(incident.json());
        return ExitCode.OK;
      }
      print(out, new ObjectMapper().readTree(incident.json()));
    }
    return ExitCode.OK;
  }

  private AnalystOperation operation(DocumentStore store, StoredIncident incident) {
    Instant now = Instant.now();
    if (operation.undo != null) {
      int count = store.incidentOperations().size();
      if (operation.undo < 1 || operation.undo > count) {
        throw new IllegalArgumentException(
            "expected an operation number 1.." + count + ", found " + operation.undo);
      }
      return new AnalystOperation.Undo(operation.undo, analyst, now);
    }
    if (operation.mergeWith != null) {
      StoredIncident other = find(store, operation.mergeWith);
      if (other.id().equals(incident.id())) {
        throw new IllegalArgumentException("expected another incident to merge with, found " + id);
      }
      return new AnalystOperation.Merge(
          Set.of(incident.events().get(0), other.events().get(0)), analyst, now);
    }
    Set<EventKey> keys = new LinkedHashSet<>();
    for (String k : operation.split) {
      EventKey given = EventKey.parse(k);
      // Keys are shown with the document's SHA-256 shortened; a unique prefix is enough.
      List<EventKey> found =
          incident.events().stream()
              .filter(e -> e.index() == given.index() && e.document().startsWith(given.document()))
              .toList();
      if (found.size() != 1) {
        throw new IllegalArgumentException(
            "expected one member event of "
                + incident.id()
                + " matching "
                + k
                + ", found "
                + found.size());
      }
      keys.add(found.get(0));
    }
    if (keys.size() == incident.events().size()) {
      throw new IllegalArgumentException(
          "expected some of the events of " + incident.id() + " to split off, found all of them");
    }
    return new AnalystOperation.Split(keys, analyst, now);
  }

  private static AuditAction action(AnalystOperation op) {
    if (op instanceof AnalystOperation.Split) {
      return AuditAction.SPLIT;
    }
    return op instanceof AnalystOperation.Merge ? AuditAction.MERGE : AuditAction.UNDO;
  }

  /** The operation's event keys as a JSON array: ids only, which are safe to audit. */
  private static String keys(AnalystOperation op) {
    java.util.Collection<EventKey> keys =
        op instanceof AnalystOperation.Split s
            ? s.events()
            : op instanceof AnalystOperation.Merge m ? m.events() : List.of();
    return keys.stream()
        .sorted()
        .map(k -> "\"" + k + "\"")
        .collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }

  private static String describe(AnalystOperation op) {
    if (op instanceof AnalystOperation.Split s) {
      return "split off " + s.events().size() + " events";
    }
    if (op instanceof AnalystOperation.Merge) {
      return "merge";
    }
    return "undo of operation " + ((AnalystOperation.Undo) op).operation();
  }

  private static StoredIncident find(DocumentStore store, String ref) {
    return store
        .incident(ref)
        .orElseThrow(
            () ->
                new CommandException(
                    ExitCode.SOME_INPUTS_FAILED, "no incident has the id '" + ref + "'"));
  }

  /** A document reference for display: a SHA-256 shortened to 12 digits, other ids as they are. */
  private static String shortRef(String ref) {
    return ref.matches("[0-9a-f]{64}(#\\d+)?") ? ref.substring(0, 12) + ref.substring(64) : ref;
  }

  private static void print(PrintWriter out, JsonNode i) {
    out.println("incident:    " + i.get("id").asText());
    out.println("sub-type:    " + i.get("subType").asText() + " (" + i.get("type").asText() + ")");
    String start = i.path("start").asText("unknown");
    String end = i.path("end").asText("unknown");
    out.println("date:        " + (start.equals(end) ? start : start + " to " + end));
    out.println("place:       " + i.path("place").asText("unknown"));
    if (i.get("recurring").asBoolean()) {
      out.println("recurring:   yes (a recurring situation, kept apart from discrete incidents)");
    }
    out.println(
        "grade:       "
            + i.get("grade").asText()
            + " ("
            + i.get("independentSources").asInt()
            + " independent source"
            + (i.get("independentSources").asInt() == 1 ? "" : "s")
            + ")");
    out.println();
    out.println("figures (low / best / high, and the document each came from):");
    if (i.get("figures").isEmpty()) {
      out.println("  none reported");
    }
    i.get("figures")
        .fields()
        .forEachRemaining(
            f -> {
              JsonNode v = f.getValue();
              out.printf(
                  Locale.ROOT,
                  "  %-10s %d / %d / %d%s  (low %s, best %s, high %s)%n",
                  f.getKey(),
                  v.get("low").asInt(),
                  v.get("best").asInt(),
                  v.get("high").asInt(),
                  v.get("approximate").asBoolean() ? " (approximate)" : "",
                  shortRef(v.get("lowSource").asText()),
                  shortRef(v.get("bestSource").asText()),
                  shortRef(v.get("highSource").asText()));
            });
    out.println();
    out.println("sources:");
    for (JsonNode s : i.get("sources")) {
      out.printf(
          Locale.ROOT,
          "  %s  %s%s  reliability %s  credibility %d%s%n",
          shortRef(s.get("document").asText()),
          s.get("outlet").asText(),
          s.get("relays").asBoolean() ? " (relays " + s.get("credited").asText() + ")" : "",
          s.get("reliability").asText(),
          s.get("credibility").asInt(),
          s.has("copyOf")
              ? "  near-duplicate of " + shortRef(s.get("copyOf").asText()) + ", not counted"
              : "");
    }
    out.println();
    out.println("events:");
    for (JsonNode e : i.get("events")) {
      out.printf(
          Locale.ROOT,
          "  %s  (document %s)%n    %s%s%s%n",
          shortRef(e.get("key").asText()),
          shortRef(e.get("document").asText()),
          e.path("subType").asText("?"),
          e.has("date") ? ", " + e.get("date").get("start").asText() : "",
          e.has("location") ? ", " + e.get("location").get("name").asText() : "");
      if (e.has("evidenceText")) {
        out.println("    \"" + e.get("evidenceText").asText().replaceAll("\\s+", " ") + "\"");
      }
      JsonNode m = e.get("merge");
      out.println(
          m.has("matched")
              ? String.format(
                  Locale.ROOT,
                  "    joined %s with score %.2f:",
                  shortRef(m.get("matched").asText()),
                  m.get("score").asDouble())
              : "    opened the incident:");
      for (JsonNode r : m.get("reasons")) {
        out.println("      " + r.asText());
      }
    }
  }
}
