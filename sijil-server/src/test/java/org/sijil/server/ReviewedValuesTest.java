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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.account.Role;

/**
 * What analysts decide is what everyone sees: an edited field replaces the machine's value in the
 * event list, the search index and the document page; a rejected event leaves them; an edit that
 * would not leave a valid event is refused and records nothing.
 */
class ReviewedValuesTest {
  @TempDir Path dir;

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void editedAndRejectedEventsShowAsReviewedEverywhere() throws Exception {
    TestRecord.write(dir);
    String analyst = TestAccounts.token(dir, "analyst", Role.ANALYST);
    try (SijilServer server =
        SijilServer.builder()
            .dataDir(dir)
            .port(0)
            .trustSettings(TestAccounts.FAST)
            .build()
            .start()) {
      List<String> keys = eventKeys(server, analyst, "/api/v1/events?limit=100");
      assertThat(keys).hasSizeGreaterThanOrEqualTo(2);
      String rejected = keys.get(0);
      String edited = keys.get(1);

      assertThat(
              call(server, "POST", review(rejected) + "/reject", analyst, "{\"reason\":\"no\"}")
                  .statusCode())
          .isEqualTo(201);
      assertThat(eventKeys(server, analyst, "/api/v1/events?limit=100"))
          .doesNotContain(rejected)
          .contains(edited);
      assertThat(documentEventKeys(server, analyst, rejected)).doesNotContain(rejected);

      String edit =
          "{\"field\":\"location\",\"value\":{\"name\":\"Qaryat Murajaa\"},\"reason\":\"checked\"}";
      assertThat(call(server, "POST", review(edited) + "/edit", analyst, edit).statusCode())
          .isEqualTo(201);
      JsonNode found =
          mapper.readTree(
              call(server, "GET", "/api/v1/events?q=Murajaa&limit=10", analyst, null).body());
      assertThat(found.get("hits")).extracting(h -> h.get("key").asText()).containsExactly(edited);
      assertThat(found.get("hits").get(0).get("place").asText()).isEqualTo("Qaryat Murajaa");

      String history = review(edited);
      int versions =
          mapper.readTree(call(server, "GET", history, analyst, null).body()).get("history").size();
      HttpResponse<String> bad =
          call(
              server,
              "POST",
              review(edited) + "/edit",
              analyst,
              "{\"field\":\"subType\",\"value\":\"Not a sub-event type\"}");
      assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
      assertThat(mapper.readTree(call(server, "GET", history, analyst, null).body()).get("history"))
          .hasSize(versions);
    }
  }

  private static String review(String eventKey) {
    return "/api/v1/review/event/" + URLEncoder.encode(eventKey, StandardCharsets.UTF_8);
  }

  private List<String> eventKeys(SijilServer server, String token, String path) throws Exception {
    List<String> out = new ArrayList<>();
    mapper
        .readTree(call(server, "GET", path, token, null).body())
        .get("hits")
        .forEach(h -> out.add(h.get("key").asText()));
    return out;
  }

  private List<String> documentEventKeys(SijilServer server, String token, String eventKey)
      throws Exception {
    String doc = eventKey.substring(0, eventKey.indexOf('#'));
    List<String> out = new ArrayList<>();
    mapper
        .readTree(call(server, "GET", "/api/v1/documents/" + doc, token, null).body())
        .get("events")
        .forEach(e -> out.add(e.get("key").asText()));
    return out;
  }

  private static HttpResponse<String> call(
      SijilServer server, String method, String path, String token, String body) throws Exception {
    return TestHttp.call(server, method, path, token, body);
  }
}
