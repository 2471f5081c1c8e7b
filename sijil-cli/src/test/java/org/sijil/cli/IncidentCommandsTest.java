package org.sijil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentCommandsTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "reports");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  private String ingestSameIncidentPair() {
    String db = tmp.resolve("db").toString();
    CliRun ingest =
        CliRun.of(
            "ingest",
            "--db",
            db,
            EXAMPLES.resolve("08-same-incident-a.html").toString(),
            EXAMPLES.resolve("09-same-incident-b.html").toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    return db;
  }

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(MAPPER.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void theTwoExampleReportsOfOneIncidentBecomeOneIncidentWithTwoSourcesFiguresAndAGrade()
      throws IOException {
    String db = ingestSameIncidentPair();

    CliRun export = CliRun.of("export", "--db", db);

    assertThat(export.exitCode()).as(export.err()).isZero();
    List<JsonNode> incidents = lines(export.out());
    assertThat(incidents).hasSize(1);
    JsonNode i = incidents.get(0);
    assertThat(i.get("place").asText()).isEqualTo("Tal Abyad");
    assertThat(i.get("start").asText()).isEqualTo("2024-01-07");
    assertThat(i.get("sources")).hasSize(2);
    assertThat(i.get("independentSources").asInt()).isEqualTo(2);
    List<String> outlets = new ArrayList<>();
    i.get("sources").forEach(s -> outlets.add(s.get("outlet").asText()));
    assertThat(outlets).containsExactlyInAnyOrder("Euphrates Monitor", "Jazira Post");
    JsonNode killed = i.get("figures").get("killed");
    assertThat(killed.get("low").asInt()).isLessThanOrEqualTo(killed.get("best").asInt());
    assertThat(killed.get("best").asInt()).isLessThanOrEqualTo(killed.get("high").asInt());
    assertThat(killed.get("best").asInt()).isEqualTo(7);
    assertThat(i.get("grade").asText()).isEqualTo("fair");
    assertThat(i.get("events")).hasSize(2);
    assertThat(i.get("events").get(1).get("merge").get("reasons").toString())
        .contains("same place (0.0 km)");
  }

  @Test
  void exportedSourcesNameDocumentsByTheIdTheyWereIngestedWith() throws IOException {
    Path jsonl = tmp.resolve("reports.jsonl");
    Files.writeString(
        jsonl,
        "{\"id\": \"r-1\", \"published\": \"2024-03-06\", \"source\": \"Reuters\", \"text\":"
            + " \"A drone strike hit a car in the village of Abu Rasin yesterday, killing three"
            + " people.\"}\n"
            + "{\"id\": \"r-2\", \"published\": \"2024-03-06\", \"source\": \"Enab Baladi\","
            + " \"text\": \"Three people were killed on 5 March when a drone targeted a vehicle"
            + " near Abu Rasin.\"}\n");
    String db = tmp.resolve("db").toString();
    assertThat(CliRun.of("ingest", "--db", db, jsonl.toString()).exitCode()).isZero();

    CliRun export = CliRun.of("export", "--db", db, "--format", "jsonl");

    List<JsonNode> incidents = lines(export.out());
    assertThat(incidents).hasSize(1);
    List<String> docs = new ArrayList<>();
    incidents.get(0).get("sources").forEach(s -> docs.add(s.get("document").asText()));
    assertThat(docs).containsExactlyInAnyOrder("r-1", "r-2");
    assertThat(incidents.get(0).get("grade").asText()).isEqualTo("confirmed");
  }

  @Test
  void listingShowsTheIncidentAndShowingItGivesSourcesFiguresAndReasons() {
    String db = ingestSameIncidentPair();

    CliRun list = CliRun.of("incidents", "--db", db, "--place", "tal abyad");
    String id = list.out().strip().split("\\s+")[0];
    CliRun show = CliRun.of("incident", "--db", db, id);

    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.out()).contains("Tal Abyad").contains("fair").contains("2 sources");
    assertThat(show.exitCode()).as(show.err()).isZero();
    assertThat(show.out())
        .contains("figures (low / best / high")
        .contains("Euphrates Monitor")
        .contains("Jazira Post")
        .contains("joined")
        .contains("same day 2024-01-07");
  }

  @Test
  void anAnalystSplitIsRecordedAndItsUndoRestoresTheIncident() throws IOException {
    String db = ingestSameIncidentPair();
    JsonNode before = lines(CliRun.of("export", "--db", db).out()).get(0);
    String id = before.get("id").asText();
    String second = before.get("events").get(1).get("key").asText();

    CliRun split = CliRun.of("incident", "--db", db, id, "--split", second, "--analyst", "ana");
    List<JsonNode> afterSplit = lines(CliRun.of("export", "--db", db).out());
    CliRun undo = CliRun.of("incident", "--db", db, id, "--undo", "1", "--analyst", "ana");
    List<JsonNode> afterUndo = lines(CliRun.of("export", "--db", db).out());

    assertThat(split.exitCode()).as(split.err()).isZero();
    assertThat(split.out()).contains("operation 1 recorded");
    assertThat(afterSplit).hasSize(2);
    assertThat(afterSplit).allMatch(i -> i.get("grade").asText().equals("single_source"));
    assertThat(undo.exitCode()).as(undo.err()).isZero();
    assertThat(afterUndo).hasSize(1);
    assertThat(afterUndo.get(0).get("id").asText()).isEqualTo(id);
    assertThat(afterUndo.get(0).get("events")).hasSize(2);
  }

  @Test
  void aSyndicatedCopyIsLinkedAndNotCountedAsASecondSource() throws IOException {
    String story =
        "Gunmen on motorbikes opened fire on a minibus carrying farm workers near Markada on 5"
            + " March, killing four of them, a relative of one of the victims said. The wounded"
            + " were taken to a clinic in Shaddadi. No group has said it carried out the attack,"
            + " which came two days after a similar ambush on the same road.";
    Path jsonl = tmp.resolve("copies.jsonl");
    Files.writeString(
        jsonl,
        MAPPER.writeValueAsString(
                java.util.Map.of(
                    "id", "orig", "published", "2024-03-06", "source", "Reuters", "text", story))
            + "\n"
            + MAPPER.writeValueAsString(
                java.util.Map.of(
                    "id",
                    "copy",
                    "published",
                    "2024-03-06",
                    "source",
                    "Gulf Daily",
                    "text",
                    "Farm workers killed. " + story))
            + "\n");
    String db = tmp.resolve("db").toString();
    assertThat(CliRun.of("ingest", "--db", db, jsonl.toString()).exitCode()).isZero();

    List<JsonNode> incidents = lines(CliRun.of("export", "--db", db).out());

    assertThat(incidents).hasSize(1);
    JsonNode i = incidents.get(0);
    assertThat(i.get("sources")).hasSize(2);
    assertThat(i.get("independentSources").asInt()).isEqualTo(1);
    assertThat(i.get("grade").asText()).isEqualTo("single_source");
    assertThat(i.get("sources").get(1).get("copyOf").asText()).isEqualTo("orig");
  }
}
