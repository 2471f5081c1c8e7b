package org.sijil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.model.audit.TreeHead;
import org.sijil.store.StoreConfig;
import org.sijil.store.account.Role;
import org.sijil.store.audit.AuditAction;
import org.sijil.store.audit.AuditEntry;
import org.sijil.store.audit.AuditVerification;
import org.sijil.store.audit.SqliteAuditLog;

/**
 * A scripted workflow of 1,000 actions over HTTP — logins right and wrong, logouts, confirmations,
 * edits, rejections, exports, confidential marks, refused attempts — gives exactly 1,000 audit
 * entries, one of the right kind per action, and a root that verifies against a head exported
 * half-way.
 */
class AuditedWorkflowTest {
  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void aThousandActionsGiveAThousandEntriesAndARootThatVerifies() throws Exception {
    TestRecord.write(dir);
    String analyst = TestAccounts.token(dir, "analyst", Role.ANALYST);
    String admin = TestAccounts.token(dir, "admin", Role.ADMIN);
    String viewer = TestAccounts.token(dir, "viewer", Role.VIEWER);
    try (SijilServer server =
            SijilServer.builder()
                .dataDir(dir)
                .port(0)
                .trustSettings(TestAccounts.FAST)
                .build()
                .start();
        SqliteAuditLog log = SqliteAuditLog.open(StoreConfig.at(dir))) {
      JsonNode queue =
          mapper.readTree(
              call(server, "GET", "/api/v1/review/queue?limit=1000", analyst, null).body());
      List<String> items = new ArrayList<>();
      queue
          .get("items")
          .forEach(
              i ->
                  items.add(
                      i.get("kind").asText()
                          + "/"
                          + URLEncoder.encode(i.get("id").asText(), StandardCharsets.UTF_8)));
      assertThat(items).isNotEmpty();

      long before = log.size();
      Map<AuditAction, Integer> expected = new EnumMap<>(AuditAction.class);
      Random random = new Random(1000);
      TreeHead halfway = null;
      for (int i = 0; i < 1000; i++) {
        String item = "/api/v1/review/" + items.get(random.nextInt(items.size()));
        int status;
        switch (random.nextInt(8)) {
          case 0 -> {
            status =
                call(server, "POST", item + "/confirm", analyst, "{\"reason\":\"step " + i + "\"}")
                    .statusCode();
            expected.merge(AuditAction.REVIEW, 1, Integer::sum);
          }
          case 1 -> {
            status =
                call(
                        server,
                        "POST",
                        item + "/edit",
                        analyst,
                        "{\"field\":\"certainty\",\"value\":\"reported\",\"evidence\":[0,"
                            + (1 + i % 9)
                            + "]}")
                    .statusCode();
            expected.merge(AuditAction.EDIT, 1, Integer::sum);
          }
          case 2 -> {
            status =
                call(server, "POST", item + "/reject", analyst, "{\"reason\":\"not an event\"}")
                    .statusCode();
            expected.merge(AuditAction.REVIEW, 1, Integer::sum);
          }
          case 3 -> {
            status = call(server, "GET", "/api/v1/export/events.jsonl", viewer, null).statusCode();
            expected.merge(AuditAction.EXPORT, 1, Integer::sum);
          }
          case 4 -> {
            status =
                call(
                        server,
                        "POST",
                        "/api/v1/confidential",
                        admin,
                        "{\"value\":\"Name " + i + "\",\"kind\":\"witness\"}")
                    .statusCode();
            expected.merge(AuditAction.CONFIDENTIAL_MARK, 1, Integer::sum);
          }
          case 5 -> {
            status = call(server, "POST", item + "/confirm", viewer, "{}").statusCode();
            expected.merge(AuditAction.ACCESS_DENIED, 1, Integer::sum);
          }
          case 6 -> {
            // a login, right (then a logout: two actions) or wrong; the throttle may refuse either
            boolean right = random.nextBoolean();
            HttpResponse<String> r =
                call(
                    server,
                    "POST",
                    "/api/v1/session",
                    null,
                    "{\"name\":\"analyst\",\"password\":\""
                        + (right ? TestAccounts.PASSWORD : "wrong one")
                        + "\"}");
            status = r.statusCode();
            if (status == 200) {
              expected.merge(AuditAction.LOGIN, 1, Integer::sum);
              String cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
              String csrf = mapper.readTree(r.body()).get("csrfToken").asText();
              i++;
              HttpResponse<String> out =
                  http.send(
                      HttpRequest.newBuilder(URI.create(server.url() + "api/v1/session"))
                          .header("Cookie", cookie)
                          .header("X-CSRF-Token", csrf)
                          .header("Content-Type", "application/json")
                          .method("DELETE", HttpRequest.BodyPublishers.ofString("{}"))
                          .build(),
                      HttpResponse.BodyHandlers.ofString());
              assertThat(out.statusCode()).isEqualTo(204);
              expected.merge(AuditAction.LOGOUT, 1, Integer::sum);
            } else {
              expected.merge(AuditAction.LOGIN_FAILED, 1, Integer::sum);
            }
          }
          default -> {
            status =
                call(
                        server,
                        "POST",
                        item + "/edit",
                        analyst,
                        // a whole victim: an event the machine found no victim for gets one
                        "{\"field\":\"victim\",\"value\":{\"name\":\"someone\","
                            + "\"category\":\"Civilians\"}}")
                    .statusCode();
            expected.merge(AuditAction.EDIT, 1, Integer::sum);
          }
        }
        assertThat(status).as("step %d", i).isIn(200, 201, 204, 401, 403, 429);
        if (i == 499 || i == 500) {
          halfway = halfway == null ? log.head() : halfway;
        }
      }

      List<AuditEntry> entries = log.entries(before + 1, 5000);
      assertThat(entries).hasSize(1000);
      Map<AuditAction, Integer> actual = new EnumMap<>(AuditAction.class);
      entries.forEach(e -> actual.merge(e.action(), 1, Integer::sum));
      assertThat(actual).isEqualTo(expected);
      AuditVerification v = log.verify(Optional.of(halfway));
      assertThat(v.problems()).isEmpty();
      assertThat(v.size()).isEqualTo(before + 1000);
    }
  }

  private static HttpResponse<String> call(
      SijilServer server, String method, String path, String token, String body) throws Exception {
    return TestHttp.call(server, method, path, token, body);
  }
}
