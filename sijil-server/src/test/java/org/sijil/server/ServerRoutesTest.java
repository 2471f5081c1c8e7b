package org.sijil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every route over real HTTP against a started server with its own data directory. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerRoutesTest {
  @TempDir static Path dir;

  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private SijilServer server;
  private String token;

  @BeforeAll
  void start() {
    TestRecord.write(dir);
    token = TestAccounts.token(dir, "admin", org.sijil.store.account.Role.ADMIN);
    server =
        SijilServer.builder().dataDir(dir).port(0).trustSettings(TestAccounts.FAST).build().start();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
            .header("Authorization", "Bearer " + token)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode json(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return mapper.readTree(r.body());
  }

  @Test
  void theDocumentListPagesThroughEveryStoredDocument() throws Exception {
    JsonNode first = json("/api/v1/documents?limit=3");
    assertThat(first.get("total").asInt()).isEqualTo(4);
    assertThat(first.get("hits")).hasSize(3);
    JsonNode rest = json("/api/v1/documents?limit=3&offset=3");
    assertThat(rest.get("hits")).hasSize(1);
    assertThat(rest.get("hits").get(0).has("text")).isFalse();
  }

  @Test
  void oneDocumentCarriesItsTextAndEventsWhoseEvidenceSpansPointIntoIt() throws Exception {
    JsonNode d = json("/api/v1/documents/report-1");
    String text = d.get("text").asText();
    assertThat(d.get("events")).isNotEmpty();
    for (JsonNode e : d.get("events")) {
      int s = e.get("evidence").get(0).asInt();
      int end = e.get("evidence").get(1).asInt();
      assertThat(text.substring(s, end)).isEqualTo(e.get("evidenceText").asText());
      assertThat(e.get("key").asText()).startsWith(d.get("sha256").asText() + "#");
    }
  }

  @Test
  void anHtmlOriginalIsOnlyEverADownloadNeverAPage() throws Exception {
    HttpResponse<String> r = get("/api/v1/documents/" + TestRecord.HOSTILE + "/original");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/octet-stream");
    assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    assertThat(r.body()).isEqualTo(TestRecord.HOSTILE_TEXT);
  }

  @Test
  void aPlainTextOriginalKeepsItsTypeAsAnAttachment() throws Exception {
    HttpResponse<String> r = get("/api/v1/documents/report-3/original");
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment; filename=");
  }

  @Test
  void eventsFilterByTypeAndDateAndCountFacets() throws Exception {
    JsonNode all = json("/api/v1/events");
    assertThat(all.get("total").asInt()).isGreaterThanOrEqualTo(2);
    JsonNode types = all.get("facets").get("type");
    assertThat(types).isNotEmpty();
    long sum = 0;
    for (JsonNode c : types) {
      sum += c.get("count").asLong();
    }
    assertThat(sum).isEqualTo(all.get("total").asLong());

    JsonNode protests = json("/api/v1/events?type=PROTESTS");
    assertThat(protests.get("total").asInt()).isPositive();
    protests.get("hits").forEach(h -> assertThat(h.get("type").asText()).isEqualTo("PROTESTS"));
    JsonNode byLabel = json("/api/v1/events?type=Protests");
    assertThat(byLabel.get("total")).isEqualTo(protests.get("total"));

    JsonNode march = json("/api/v1/events?from=2024-03-01&to=2024-03-31");
    assertThat(march.get("total").asInt()).isPositive().isLessThan(all.get("total").asInt());
    march.get("hits").forEach(h -> assertThat(h.get("start").asText()).startsWith("2024-03"));
  }

  @Test
  void statsGiveTotalsAndAMonthlyTimelineThatSumsToTheEvents() throws Exception {
    JsonNode s = json("/api/v1/stats");
    assertThat(s.get("totals").get("documents").asInt()).isEqualTo(4);
    assertThat(s.get("totals").get("incidents").asInt()).isPositive();
    long sum = 0;
    for (JsonNode b : s.get("timeline")) {
      sum += b.get("total").asLong();
      assertThat(b.get("start").asText()).endsWith("-01");
    }
    assertThat(sum).isEqualTo(s.get("totals").get("events").asLong());
  }

  @Test
  void anIncidentListsItsSourcesFiguresAndEvidenceWithDocumentIds() throws Exception {
    JsonNode list = json("/api/v1/incidents");
    assertThat(list.get("total").asInt()).isPositive();
    String id = list.get("hits").get(0).get("id").asText();
    JsonNode i = json("/api/v1/incidents/" + id);
    assertThat(i.get("grade").asText()).isNotBlank();
    assertThat(i.get("sources")).isNotEmpty();
    for (JsonNode e : i.get("events")) {
      JsonNode doc = json("/api/v1/documents/" + e.get("sha256").asText());
      int s = e.get("evidence").get(0).asInt();
      int end = e.get("evidence").get(1).asInt();
      assertThat(doc.get("text").asText().substring(s, end))
          .isEqualTo(e.get("evidenceText").asText());
    }
  }

  @Test
  void sourcesCarryTheirReliabilityGrade() throws Exception {
    JsonNode s = json("/api/v1/sources");
    assertThat(s.get("total").asInt()).isPositive();
    for (JsonNode h : s.get("hits")) {
      assertThat(h.get("reliability").asText()).matches("[A-F]");
    }
  }

  @Test
  void fullTextSearchFindsADocumentByAWordOfItsText() throws Exception {
    JsonNode r = json("/api/v1/search?q=bread");
    assertThat(r.get("total").asInt()).isEqualTo(1);
    assertThat(r.get("hits").get(0).get("title").asText()).isEqualTo("Report report-3");
  }

  @Test
  void theCsvExportHasAcledColumnsOneRowPerEventAndNeutralisedFormulas() throws Exception {
    HttpResponse<String> r = get("/api/v1/export/events.csv");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("events.csv");
    String[] lines = r.body().split("\r\n");
    assertThat(lines[0]).isEqualTo(String.join(",", AcledCsv.COLUMNS));
    assertThat(lines.length - 1).isEqualTo(json("/api/v1/events").get("total").asInt());
    for (int i = 1; i < lines.length; i++) {
      assertThat(lines[i]).doesNotContain(",=cmd");
    }
  }

  @Test
  void csvRowsOfSyrianEventsCarryIsoNumericCodeAcledRegionAndDistrict() throws Exception {
    String[] lines = get("/api/v1/export/events.csv").body().split("\r\n");
    int iso = AcledCsv.COLUMNS.indexOf("iso");
    int country = AcledCsv.COLUMNS.indexOf("country");
    int syrian = 0;
    for (int i = 1; i < lines.length; i++) {
      // The test record's rows have no quoted commas before the country column.
      String[] cells = lines[i].split(",", -1);
      if (cells[country].equals("Syria")) {
        syrian++;
        assertThat(cells[iso]).isEqualTo("760");
        assertThat(cells[iso + 1]).isEqualTo("Middle East");
        // A place the gazetteer knows in Syria has its district.
        assertThat(cells[AcledCsv.COLUMNS.indexOf("admin2")]).isNotEmpty();
      }
    }
    assertThat(syrian).isPositive();
  }

  @Test
  void theGeoJsonExportIsAFeatureCollectionOfTheFilteredEvents() throws Exception {
    HttpResponse<String> r = get("/api/v1/export/events.geojson?type=PROTESTS");
    JsonNode g = mapper.readTree(r.body());
    assertThat(g.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(g.get("features"))
        .hasSize(json("/api/v1/events?type=PROTESTS").get("total").asInt());
    for (JsonNode f : g.get("features")) {
      assertThat(f.get("properties").get("type").asText()).isEqualTo("PROTESTS");
      if (!f.get("geometry").isNull()) {
        assertThat(f.get("geometry").get("coordinates").get(0).asDouble())
            .isEqualTo(f.get("properties").get("lon").asDouble());
      }
    }
  }

  @Test
  void theJsonlExportHasOneLinePerEventWithTheFullStoredEvent() throws Exception {
    HttpResponse<String> r = get("/api/v1/export/events.jsonl");
    List<String> lines = r.body().lines().toList();
    assertThat(lines).hasSize(json("/api/v1/events").get("total").asInt());
    for (String line : lines) {
      JsonNode o = mapper.readTree(line);
      assertThat(o.get("event").get("evidence")).hasSize(2);
    }
  }

  @Test
  void nearTakesAPlaceNameFromTheGazetteerAsWellAsCoordinates() throws Exception {
    HttpResponse<String> byName = get("/api/v1/events?near=Raqqa:40&limit=100");
    assertThat(byName.statusCode()).as(byName.body()).isEqualTo(200);
    org.sijil.search.Near raqqa = org.sijil.server.core.NearSpec.parse("Raqqa:40");
    HttpResponse<String> byCoordinates =
        get("/api/v1/events?limit=100&near=" + raqqa.lat() + "," + raqqa.lon() + ",40");
    assertThat(mapper.readTree(byName.body()).get("hits"))
        .isEqualTo(mapper.readTree(byCoordinates.body()).get("hits"));
    // Raqqa, Syria: about 35.95 N, 39.01 E
    assertThat(raqqa.lat()).isBetween(35.8, 36.1);
    assertThat(raqqa.lon()).isBetween(38.9, 39.2);
  }

  @ParameterizedTest
  @CsvSource({
    "/api/v1/events?limit=5000, limit",
    "/api/v1/events?offset=-1, offset",
    "/api/v1/events?from=2024-13-01, from",
    "/api/v1/events?from=2024-05-01&to=2024-04-01, to",
    "/api/v1/events?type=Picnics, type",
    "/api/v1/events?grade=excellent, grade",
    "/api/v1/events?bbox=1;2;3, bbox",
    "'/api/v1/events?near=35,39,-5', near",
    "/api/v1/events?near=Qqzzxxyy%20Nowhere:10, near",
    "/api/v1/events?facets=colour, facets",
    "/api/v1/stats?interval=fortnight, interval",
    "/api/v1/export/events.csv?year=24, year",
    "/api/v1/search?q=%22unclosed, q",
  })
  void aBadParameterIsAProblemNamingItWithExpectedAndFound(String path, String parameter)
      throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode p = mapper.readTree(r.body());
    assertThat(p.get("status").asInt()).isEqualTo(400);
    assertThat(p.get("parameter").asText()).isEqualTo(parameter);
    assertThat(p.get("detail").asText()).contains("'" + parameter + "'");
    if (!parameter.equals("q")) {
      assertThat(p.get("detail").asText()).contains("expected").contains("found");
    }
    assertThat(p.get("instance").asText()).isEqualTo(URI.create(path).getPath());
    assertThat(p.get("type").asText()).isEqualTo("about:blank");
  }

  @Test
  void anUnknownPathAndAnUnknownIdAreNotFoundProblems() throws Exception {
    for (String path :
        List.of("/api/v1/nothing", "/api/v1/incidents/no-such", "/api/v1/documents/no-such")) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(mapper.readTree(r.body()).get("instance").asText()).isEqualTo(path);
    }
  }

  @Test
  void aWrongMethodIsAMethodNotAllowedProblem() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(server.url() + "api/v1/events")).DELETE().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
    JsonNode p = mapper.readTree(r.body());
    assertThat(p.get("title").asText()).isEqualTo("Method not allowed");
    assertThat(p.get("detail").asText()).contains("DELETE");
  }

  @Test
  void aRequestBodyOverTheLimitIsAContentTooLargeProblem() throws Exception {
    byte[] big = new byte[(int) SijilServer.MAX_BODY_BYTES + 1];
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(server.url() + "api/v1/events"))
                .method("GET", HttpRequest.BodyPublishers.ofByteArray(big))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(mapper.readTree(r.body()).get("detail").asText())
        .contains("expected a request body of at most");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/app.js", "/api/v1/events", "/api/v1/nothing", "/openapi")) {
      HttpResponse<String> r = get(path);
      var h = r.headers();
      assertThat(h.firstValue("Content-Security-Policy").orElse(""))
          .as(path)
          .contains("default-src 'self'")
          .contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-inline")
          .doesNotContain("unsafe-eval");
      assertThat(h.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(h.firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
    }
  }

  @Test
  void theUiAndItsBundledPackagesAreServedFromTheJar() throws Exception {
    assertThat(get("/").body()).contains("<title>Sijil</title>");
    for (String path :
        List.of(
            "/vendor/leaflet/leaflet.js",
            "/vendor/markercluster/leaflet.markercluster.js",
            "/vendor/echarts/echarts.min.js",
            "/vendor/topojson-client/topojson-client.min.js",
            "/vendor/world-atlas/countries-50m.json")) {
      assertThat(get(path).statusCode()).as(path).isEqualTo(200);
    }
  }

  @Test
  void theOpenApiDocumentAndTheRegisteredRoutesMatchBothWays() throws Exception {
    JsonNode doc = json("/openapi");
    assertThat(doc.get("openapi").asText()).startsWith("3.1");
    Set<String> documented = new TreeSet<>();
    Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
    while (paths.hasNext()) {
      var p = paths.next();
      p.getValue()
          .fieldNames()
          .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey()));
    }
    Set<String> routed = new TreeSet<>();
    for (SijilServer.Route r : server.routes()) {
      routed.add(r.method() + " " + r.path());
    }
    assertThat(routed).isEqualTo(documented);
  }

  @Test
  void exampleResponsesHaveTheFieldsTheirSchemasRequire() throws Exception {
    JsonNode doc = json("/openapi");
    JsonNode schemas = doc.get("components").get("schemas");
    String incident = json("/api/v1/incidents").get("hits").get(0).get("id").asText();
    Map<String, String> examples =
        Map.of(
            "/api/v1/documents",
            "DocumentPage",
            "/api/v1/documents/report-1",
            "DocumentDetail",
            "/api/v1/events",
            "EventPage",
            "/api/v1/stats",
            "Stats",
            "/api/v1/incidents",
            "IncidentPage",
            "/api/v1/incidents/" + incident,
            "IncidentDetail",
            "/api/v1/sources",
            "SourceList",
            "/api/v1/search?q=market",
            "SearchPage");
    for (var e : examples.entrySet()) {
      List<String> missing = new ArrayList<>();
      requiredFields(schemas, schemas.get(e.getValue()), json(e.getKey()), e.getKey(), missing);
      assertThat(missing).as(e.getKey()).isEmpty();
    }
  }

  /** Checks required fields, following $ref, allOf, and array items one level at a time. */
  private void requiredFields(
      JsonNode schemas, JsonNode schema, JsonNode value, String at, List<String> missing) {
    if (schema.has("$ref")) {
      String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
      requiredFields(schemas, schemas.get(name), value, at, missing);
      return;
    }
    for (JsonNode part : schema.path("allOf")) {
      requiredFields(schemas, part, value, at, missing);
    }
    for (JsonNode r : schema.path("required")) {
      if (!value.has(r.asText())) {
        missing.add(at + "." + r.asText());
      }
    }
    schema
        .path("properties")
        .fields()
        .forEachRemaining(
            p -> {
              JsonNode v = value.get(p.getKey());
              if (v != null && v.isArray() && p.getValue().has("items")) {
                for (JsonNode item : v) {
                  requiredFields(
                      schemas, p.getValue().get("items"), item, at + "." + p.getKey(), missing);
                }
              }
            });
  }
}
