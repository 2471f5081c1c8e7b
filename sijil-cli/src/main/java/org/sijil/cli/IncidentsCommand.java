package org.sijil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sijil.model.incident.IncidentGrade;
import org.sijil.store.DocumentStore;
import org.sijil.store.StoredIncident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sijil incidents}: lists incidents, with filters. */
@Command(
    name = "incidents",
    mixinStandardHelpOptions = true,
    description = {
      "List incidents: id, dates, sub-type, place, grade, independent sources and the best"
          + " figure of killed.",
      "Resolves first when the store has documents without events."
    })
final class IncidentsCommand implements Callable<Integer> {
  @ParentCommand SijilCommand parent;

  @Spec CommandSpec spec;

  @Option(names = "--grade", description = "Only this grade: ${COMPLETION-CANDIDATES}.")
  IncidentGrade grade;

  @Option(names = "--type", description = "Only sub-types or types containing this text.")
  String type;

  @Option(names = "--place", description = "Only places containing this text.")
  String place;

  @Option(names = "--from", description = "Only incidents ending on or after this date.")
  LocalDate from;

  @Option(names = "--to", description = "Only incidents starting on or before this date.")
  LocalDate to;

  @Option(
      names = "--min-sources",
      defaultValue = "1",
      description = "Only incidents with at least this many independent sources.")
  int minSources;

  @Option(names = "--json", description = "One JSON object a line, as 'sijil export' writes.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper mapper = new ObjectMapper();
    int shown = 0;
    try (DocumentStore store = StoreOpener.open(parent.global.db())) {
      ResolveCommand.refreshIfStale(parent.global.db(), store, spec.commandLine().getErr());
      for (StoredIncident si : store.incidents()) {
        JsonNode i = mapper.readTree(si.json());
        if (!matches(i)) {
          continue;
        }
        shown++;
        if (json) {
          out.println(si.json());
          continue;
        }
        JsonNode killed = i.path("figures").path("killed");
        out.printf(
            Locale.ROOT,
            "%s  %s%s  %-34s %-22s %-13s %d source%s%s%n",
            i.get("id").asText(),
            i.path("start").asText("undated   "),
            !i.has("end") || i.get("end").asText().equals(i.get("start").asText())
                ? "      "
                : "…" + i.get("end").asText().substring(5),
            i.get("subType").asText(),
            i.path("place").asText("(no place)"),
            i.get("grade").asText(),
            i.get("independentSources").asInt(),
            i.get("independentSources").asInt() == 1 ? " " : "s",
            killed.isMissingNode() ? "" : "  killed " + killed.get("best").asInt());
      }
    }
    spec.commandLine().getErr().println("incidents: " + shown + " shown");
    return ExitCode.OK;
  }

  private boolean matches(JsonNode i) {
    if (grade != null && !grade.id().equals(i.get("grade").asText())) {
      return false;
    }
    String lower = type == null ? null : type.toLowerCase(Locale.ROOT);
    if (lower != null
        && !i.get("subType").asText().toLowerCase(Locale.ROOT).contains(lower)
        && !i.get("type").asText().toLowerCase(Locale.ROOT).contains(lower)) {
      return false;
    }
    if (place != null
        && !i.path("place")
            .asText("")
            .toLowerCase(Locale.ROOT)
            .contains(place.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if ((from != null || to != null) && !i.has("start")) {
      return false;
    }
    if (from != null && LocalDate.parse(i.get("end").asText()).isBefore(from)) {
      return false;
    }
    if (to != null && LocalDate.parse(i.get("start").asText()).isAfter(to)) {
      return false;
    }
    return i.get("independentSources").asInt() >= minSources;
  }
}
