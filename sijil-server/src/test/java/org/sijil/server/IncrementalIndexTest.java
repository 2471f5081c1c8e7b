package org.sijil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.account.Role;

/**
 * Reviews and incident corrections re-index only what they touch; the index they leave must be the
 * one a full rebuild makes from the store (which a restarted server does).
 */
class IncrementalIndexTest {
  @TempDir Path dir;

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void theIndexAfterReviewsAndAMergeEqualsAFullRebuild() throws Exception {
    TestRecord.write(dir);
    String analyst = TestAccounts.token(dir, "analyst", Role.ANALYST);
    Map<String, String> incremental;
    try (SijilServer server = start()) {
      Map<String, String> before = events(server, analyst);
      List<String> incidents = incidentIds(server, analyst);
      assertThat(incidents).hasSizeGreaterThanOrEqualTo(3);

      HttpResponse<String> merged =
          call(
              server,
              "POST",
              "/api/v1/review/incident/" + incidents.get(0) + "/merge",
              analyst,
              "{\"with\":[\"" + incidents.get(1) + "\"],\"reason\":\"same strike\"}");
      assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);

      List<String> keys = new ArrayList<>(before.keySet());
      String rejected = keys.get(keys.size() - 1);
      String edited = keys.get(0);
      assertThat(
              call(server, "POST", review(rejected) + "/reject", analyst, "{\"reason\":\"no\"}")
                  .statusCode())
          .isEqualTo(201);
      String edit = "{\"field\":\"location\",\"value\":{\"name\":\"Tall Tamr\"},\"reason\":\"x\"}";
      assertThat(call(server, "POST", review(edited) + "/edit", analyst, edit).statusCode())
          .isEqualTo(201);

      incremental = events(server, analyst);
      // The changes show: the rejected event left, the edit is there, the merge joined incidents.
      assertThat(incremental).doesNotContainKey(rejected);
      assertThat(incremental.get(edited)).contains("Tall Tamr");
      assertThat(distinctIncidents(incremental)).isLessThan(distinctIncidents(before));
    }
    try (SijilServer restarted = start()) {
      assertThat(events(restarted, analyst)).isEqualTo(incremental);
    }
  }

  private SijilServer start() {
    return SijilServer.builder()
        .dataDir(dir)
        .port(0)
        .trustSettings(TestAccounts.FAST)
        .build()
        .start();
  }

  /** Every indexed event as the API lists it, by key. */
  private Map<String, String> events(SijilServer server, String token) throws Exception {
    JsonNode hits =
        mapper
            .readTree(call(server, "GET", "/api/v1/events?limit=1000", token, null).body())
            .get("hits");
    Map<String, String> out = new TreeMap<>();
    hits.forEach(h -> out.put(h.get("key").asText(), h.toString()));
    return out;
  }

  private long distinctIncidents(Map<String, String> events) throws Exception {
    List<String> ids = new ArrayList<>();
    for (String e : events.values()) {
      ids.add(mapper.readTree(e).path("incident").asText());
    }
    return ids.stream().distinct().count();
  }

  private List<String> incidentIds(SijilServer server, String token) throws Exception {
    List<String> out = new ArrayList<>();
    mapper
        .readTree(call(server, "GET", "/api/v1/incidents?limit=100", token, null).body())
        .get("hits")
        .forEach(h -> out.add(h.get("id").asText()));
    return out;
  }

  private static String review(String eventKey) {
    return "/api/v1/review/event/" + URLEncoder.encode(eventKey, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> call(
      SijilServer server, String method, String path, String token, String body) throws Exception {
    return TestHttp.call(server, method, path, token, body);
  }
}
