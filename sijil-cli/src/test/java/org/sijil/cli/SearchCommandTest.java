package org.sijil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "reports");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Path tmp;
  private String db;
  private int extracted;

  @BeforeAll
  void ingestTheExamples(@TempDir Path dir) {
    tmp = dir;
    db = tmp.resolve("db").toString();
    CliRun ingest = CliRun.of("ingest", "--db", db, "--quiet", EXAMPLES.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    Matcher m = Pattern.compile("(\\d+) events extracted").matcher(ingest.out());
    assertThat(m.find()).as(ingest.out()).isTrue();
    extracted = Integer.parseInt(m.group(1));
    assertThat(extracted).isPositive();
  }

  private JsonNode searchJson(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("search", "--db", db, "--json", "--limit", "1000"));
    all.addAll(List.of(args));
    CliRun run = CliRun.of(all.toArray(new String[0]));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return MAPPER.readTree(run.out());
  }

  @Test
  void everyExtractedEventIsFoundNewestFirstWithItsIncident() throws IOException {
    JsonNode r = searchJson();
    assertThat(r.get("total").asInt()).isEqualTo(extracted);
    List<String> starts = new ArrayList<>();
    for (JsonNode h : r.get("hits")) {
      starts.add(h.has("start") ? h.get("start").asText() : null);
      assertThat(h.has("incident")).as(h.toString()).isTrue();
      assertThat(h.get("grade").asText()).isNotBlank();
    }
    // newest first; undated events (no start) last
    assertThat(starts).isSortedAccordingTo(Comparator.nullsLast(Comparator.<String>reverseOrder()));
  }

  @Test
  void wordsFindEventsWhoseEvidenceHasAnyFormOfThem() throws IOException {
    JsonNode r = searchJson("bombs");
    assertThat(r.get("total").asInt()).isPositive();
    for (JsonNode h : r.get("hits")) {
      String text = (h.get("evidence").asText() + " " + h.path("title").asText()).toLowerCase();
      assertThat(text).contains("bomb");
    }
  }

  @Test
  void aSubtypeFilterKeepsOnlyThatSubtypeAndAgreesWithItsFacetCount() throws IOException {
    JsonNode all = searchJson("--facets");
    JsonNode subtypes = all.get("facets").get("subtype");
    String sub = subtypes.fieldNames().next();
    JsonNode r = searchJson("--subtype", sub.toLowerCase());
    assertThat(r.get("total").asLong()).isEqualTo(subtypes.get(sub).asLong());
    for (JsonNode h : r.get("hits")) {
      assertThat(h.get("subType").asText()).isEqualTo(sub);
    }
  }

  @Test
  void nearAPlaceNameKeepsOnlyEventsWithinTheRadius() throws IOException {
    JsonNode r = searchJson("--near", "Raqqa:60");
    assertThat(r.get("total").asInt()).isPositive();
    for (JsonNode h : r.get("hits")) {
      // Raqqa city (GeoNames): 35.95, 39.01.
      assertThat(km(35.95, 39.01, h.get("lat").asDouble(), h.get("lon").asDouble())).isLessThan(61);
    }
    JsonNode box = searchJson("--bbox", "35.5,38.5,36.5,39.5");
    for (JsonNode h : box.get("hits")) {
      assertThat(h.get("lat").asDouble()).isBetween(35.5, 36.5);
      assertThat(h.get("lon").asDouble()).isBetween(38.5, 39.5);
    }
  }

  private static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371 * Math.asin(Math.sqrt(a));
  }

  @Test
  void documentSearchMarksTheMatchedWordsInTheSnippet() {
    CliRun run = CliRun.of("search", "--db", db, "--documents", "prison");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("documents").contains("[prison");
  }

  @Test
  void aQueryWithBrokenSyntaxIsAUsageErrorNamingTheQuery() {
    CliRun run = CliRun.of("search", "--db", db, "(car AND");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("cannot parse the search query \"(car AND\"");
  }

  @Test
  void aDataDirectoryWithoutAnIndexIsRefusedNamingTheRebuildCommand() {
    CliRun run = CliRun.of("search", "--db", tmp.resolve("empty").toString(), "x");
    assertThat(run.exitCode()).isEqualTo(ExitCode.STORE_ERROR);
    assertThat(run.err()).contains("sijil index rebuild");
  }

  @Test
  void rebuildingADeletedIndexGivesBackTheSameEvents(@TempDir Path other) throws IOException {
    String copy = other.resolve("db").toString();
    CliRun ingest = CliRun.of("ingest", "--db", copy, "--quiet", EXAMPLES.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    Set<String> before = keys(copy);
    try (Stream<Path> s = Files.walk(Path.of(copy, "search"))) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    CliRun rebuild = CliRun.of("index", "rebuild", "--db", copy);
    assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
    assertThat(rebuild.out())
        .containsPattern("index rebuild: 12 documents, " + before.size() + " events in");
    assertThat(keys(copy)).isEqualTo(before);
  }

  @Test
  void aLaterIngestUpdatesTheGradeOfEventsWhoseIncidentGainedASource(@TempDir Path other)
      throws IOException {
    String d = other.resolve("db").toString();
    assertThat(
            CliRun.of("ingest", "--db", d, EXAMPLES.resolve("08-same-incident-a.html").toString())
                .exitCode())
        .isZero();
    Set<String> gradesBefore = grades(d);
    assertThat(gradesBefore).containsOnly("single_source");
    assertThat(
            CliRun.of("ingest", "--db", d, EXAMPLES.resolve("09-same-incident-b.html").toString())
                .exitCode())
        .isZero();
    assertThat(grades(d)).doesNotContain("single_source");
  }

  private static Set<String> grades(String d) throws IOException {
    CliRun run =
        CliRun.of("search", "--db", d, "--json", "--subtype", "REMOTE_EXPLOSIVE_LANDMINE_IED");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Set<String> out = new HashSet<>();
    MAPPER.readTree(run.out()).get("hits").forEach(h -> out.add(h.get("grade").asText()));
    return out;
  }

  private static Set<String> keys(String d) throws IOException {
    CliRun run = CliRun.of("search", "--db", d, "--json", "--limit", "1000");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Set<String> out = new HashSet<>();
    MAPPER
        .readTree(run.out())
        .get("hits")
        .forEach(h -> out.add(h.get("key").asText() + " " + h.get("incident").asText()));
    return out;
  }
}
