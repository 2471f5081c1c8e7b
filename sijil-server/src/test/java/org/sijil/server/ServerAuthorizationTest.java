package org.sijil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.server.auth.AccessPolicy;
import org.sijil.server.auth.Accounts;
import org.sijil.server.auth.LoginThrottle;
import org.sijil.server.auth.PasswordHasher;
import org.sijil.server.auth.Permission;
import org.sijil.server.auth.SecretTokens;
import org.sijil.store.StoreConfig;
import org.sijil.store.account.Role;
import org.sijil.store.account.SqliteAccountStore;
import org.sijil.store.audit.AuditAction;
import org.sijil.store.audit.AuditEntry;
import org.sijil.store.audit.SqliteAuditLog;

/** Who may use which route, sessions, CSRF and login throttling, over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerAuthorizationTest {
  @TempDir static Path dir;

  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<Role, String> tokens = new EnumMap<>(Role.class);
  private SijilServer server;
  private String incident;

  @BeforeAll
  void start() throws Exception {
    TestRecord.write(dir);
    for (Role r : Role.values()) {
      tokens.put(r, TestAccounts.token(dir, r.id(), r));
    }
    TestAccounts.token(dir, "leaver", Role.ANALYST);
    server =
        SijilServer.builder().dataDir(dir).port(0).trustSettings(TestAccounts.FAST).build().start();
    incident =
        mapper
            .readTree(send("GET", "/api/v1/incidents", tokens.get(Role.ADMIN), null, null).body())
            .get("hits")
            .get(0)
            .get("id")
            .asText();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private HttpResponse<String> send(
      String method, String path, String token, String cookie, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    if (body != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A concrete path for a route pattern, with real ids. */
  private String concrete(String pattern) {
    return pattern
        .replace("{kind}", "incident")
        .replace("/documents/{id}", "/documents/report-1")
        .replace("{id}", incident);
  }

  @Test
  void everyGuardedRouteRefusesAnonymousCallersAndRolesWithoutItsPermission() throws Exception {
    AccessPolicy policy = AccessPolicy.standard();
    Map<SijilServer.Route, Permission> routes = server.permissions();
    assertThat(routes).hasSizeGreaterThanOrEqualTo(20);
    List<String> wrong = new ArrayList<>();
    for (var e : routes.entrySet()) {
      String method = e.getKey().method();
      String path = concrete(e.getKey().path());
      String body = method.equals("GET") ? null : "{}";
      int anonymous = send(method, path, null, null, body).statusCode();
      if (anonymous != 401) {
        wrong.add("anonymous " + method + " " + path + " -> " + anonymous);
      }
      for (Role role : Role.values()) {
        int status = send(method, path, tokens.get(role), null, body).statusCode();
        boolean allowed = policy.allows(role, e.getValue());
        if (allowed ? status == 401 || status == 403 : status != 403) {
          wrong.add(role.id() + " " + method + " " + path + " -> " + status);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyApiRouteIsGuardedOrOneOfThePublicOnes() {
    List<String> unguarded = new ArrayList<>();
    for (SijilServer.Route r : server.routes()) {
      if (!server.permissions().containsKey(r)
          && !r.path().equals("/openapi")
          && !r.path().equals("/api/v1/session")
          // any logged-in user changes their own password; PasswordChangeTest refuses anonymous
          && !r.path().equals("/api/v1/session/password")) {
        unguarded.add(r.method() + " " + r.path());
      }
    }
    assertThat(unguarded).isEmpty();
  }

  @Test
  void aViewerCannotEditConfirmRejectMergeOrSplit() throws Exception {
    String viewer = tokens.get(Role.VIEWER);
    String base = "/api/v1/review/incident/" + incident;
    int before = versions(base);
    for (String action : List.of("edit", "confirm", "reject", "merge", "split")) {
      HttpResponse<String> r =
          send(
              "POST",
              base + "/" + action,
              viewer,
              null,
              "{\"field\":\"place\",\"value\":\"x\",\"reason\":\"r\",\"with\":[\"x\"],\"events\":[\"x#0\"]}");
      assertThat(r.statusCode()).as(action).isEqualTo(403);
      assertThat(mapper.readTree(r.body()).get("detail").asText())
          .contains("viewer may not review");
    }
    assertThat(versions(base)).isEqualTo(before);
    assertThat(send("GET", base, viewer, null, null).statusCode()).isEqualTo(403);
  }

  private int versions(String item) throws Exception {
    return mapper
        .readTree(send("GET", item, tokens.get(Role.ANALYST), null, null).body())
        .get("versions")
        .asInt();
  }

  @Test
  void aLoginGivesAnHttpOnlyStrictCookieAndStateChangesThenNeedTheCsrfToken() throws Exception {
    HttpResponse<String> login =
        send(
            "POST",
            "/api/v1/session",
            null,
            null,
            "{\"name\":\"analyst\",\"password\":\"" + TestAccounts.PASSWORD + "\"}");
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie)
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Strict")
        .contains("Path=/");
    String cookie = setCookie.split(";", 2)[0];
    String csrf = mapper.readTree(login.body()).get("csrfToken").asText();
    assertThat(csrf).isNotBlank();
    String item = "/api/v1/review/event/" + URLEncoder.encode(anEventKey(), StandardCharsets.UTF_8);

    assertThat(send("GET", "/api/v1/events", null, cookie, null).statusCode()).isEqualTo(200);
    assertThat(send("POST", item + "/confirm", null, cookie, "{}").statusCode()).isEqualTo(403);
    assertThat(
            send("POST", item + "/confirm", null, cookie, "{}", "X-CSRF-Token", "forged")
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> form =
        http.send(
            HttpRequest.newBuilder(URI.create(server.url() + item.substring(1) + "/confirm"))
                .header("Cookie", cookie)
                .header("X-CSRF-Token", csrf)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=b"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(form.statusCode()).isEqualTo(400);
    HttpResponse<String> ok =
        send(
            "POST",
            item + "/confirm",
            null,
            cookie,
            "{\"reason\":\"checked\"}",
            "X-CSRF-Token",
            csrf);
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);

    assertThat(
            send("DELETE", "/api/v1/session", null, cookie, "{}", "X-CSRF-Token", csrf)
                .statusCode())
        .isEqualTo(204);
    assertThat(send("GET", "/api/v1/events", null, cookie, null).statusCode()).isEqualTo(401);
  }

  @Test
  void aDisabledUsersSessionAndTokenAreRefusedOnTheirNextRequest() throws Exception {
    HttpResponse<String> login =
        send(
            "POST",
            "/api/v1/session",
            null,
            null,
            "{\"name\":\"leaver\",\"password\":\"" + TestAccounts.PASSWORD + "\"}");
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    assertThat(send("GET", "/api/v1/events", null, cookie, null).statusCode()).isEqualTo(200);

    try (SqliteAccountStore store = SqliteAccountStore.open(StoreConfig.at(dir));
        SqliteAuditLog audit = SqliteAuditLog.open(StoreConfig.at(dir))) {
      new Accounts(
              store,
              audit,
              new PasswordHasher(TestAccounts.CHEAP, new SecureRandom()),
              new SecretTokens(),
              new LoginThrottle(LoginThrottle.Policy.STANDARD, Clock.systemUTC()),
              Clock.systemUTC(),
              Duration.ofHours(1))
          .disable("test", "leaver");
    }

    HttpResponse<String> next = send("GET", "/api/v1/events", null, cookie, null);
    assertThat(next.statusCode()).isEqualTo(401);
    assertThat(send("GET", "/api/v1/session", null, cookie, null).statusCode()).isEqualTo(401);
  }

  @Test
  void anEditIsAuditedByFieldNeverByValueAndShownBesideTheMachineValue() throws Exception {
    String analyst = tokens.get(Role.ANALYST);
    String item = "/api/v1/review/incident/" + incident;
    HttpResponse<String> r =
        send(
            "POST",
            item + "/edit",
            analyst,
            null,
            "{\"field\":\"place\",\"value\":\"Hamlet Q\",\"evidence\":[0,5],\"reason\":\"the second report names it\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode got = mapper.readTree(send("GET", item, analyst, null, null).body());
    assertThat(got.get("current").get("place").asText()).isEqualTo("Hamlet Q");
    assertThat(got.get("machine").get("place").asText()).isNotEqualTo("Hamlet Q");
    assertThat(got.get("history").get(got.get("history").size() - 1).get("reason").asText())
        .isEqualTo("the second report names it");
    try (SqliteAuditLog audit = SqliteAuditLog.open(StoreConfig.at(dir))) {
      List<AuditEntry> edits =
          audit.entries(1, 10_000).stream().filter(e -> e.action() == AuditAction.EDIT).toList();
      assertThat(edits).isNotEmpty();
      assertThat(edits).allSatisfy(e -> assertThat(e.detail()).doesNotContain("Hamlet"));
    }
  }

  private String anEventKey() throws Exception {
    JsonNode q =
        mapper.readTree(
            send(
                    "GET",
                    "/api/v1/review/queue?kind=event&limit=1",
                    tokens.get(Role.ADMIN),
                    null,
                    null)
                .body());
    return q.get("items").get(0).get("id").asText();
  }
}
