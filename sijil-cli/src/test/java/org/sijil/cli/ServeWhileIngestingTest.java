package org.sijil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.server.SijilServer;

/**
 * A command-line ingest into the data directory of a running server cannot write the search index
 * the server holds; it says so, marks the index stale, and the server rebuilds it, so that the new
 * report's events reach the map and search without a restart.
 */
class ServeWhileIngestingTest {
  private static final Path REPORTS = Path.of("../examples/reports");

  @TempDir Path tmp;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void aReportIngestedWhileTheServerRunsReachesItsSearchWithoutARestart() throws Exception {
    Path db = tmp.resolve("data");
    CliRun first = CliRun.of("ingest", "--db", db.toString(), REPORTS + "/11-defection.txt");
    assertThat(first.exitCode()).as(first.err()).isZero();
    try (SijilServer server = SijilServer.builder().dataDir(db).port(0).build().start()) {
      String session = logIn(server, server.takeFirstAdmin().orElseThrow().oneTimePassword());
      Set<String> before = documentsWithEvents(server, session);
      assertThat(before).hasSize(1);

      CliRun second = CliRun.of("ingest", "--db", db.toString(), REPORTS + "/12-displacement.txt");
      assertThat(second.exitCode()).as(second.err()).isZero();
      assertThat(second.err()).contains("rebuilds it within seconds");

      // The server looks for the mark every two seconds; allow a slow machine ample time.
      Set<String> after = before;
      for (int i = 0; i < 150 && after.size() == before.size(); i++) {
        Thread.sleep(200);
        after = documentsWithEvents(server, session);
      }
      assertThat(after).containsAll(before).hasSize(2);
    }
  }

  private Set<String> documentsWithEvents(SijilServer server, String session) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(server.url() + "api/v1/events?limit=100"))
                .header("Cookie", "sijil_session=" + session)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Set<String> docs = new HashSet<>();
    for (JsonNode h : mapper.readTree(r.body()).get("hits")) {
      docs.add(h.get("document").asText());
    }
    return docs;
  }

  private String logIn(SijilServer server, String password) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(server.url() + "api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"admin\",\"password\":\"" + password + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
  }
}
