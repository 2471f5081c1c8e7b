package org.sijil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.account.Role;

/** A user changes their own password: proven by the current one, other sessions end. */
class PasswordChangeTest {
  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();

  private record Login(String cookie, String csrf) {}

  @Test
  void changingThePasswordKeepsThisSessionEndsTheOthersAndRetiresTheOldPassword() throws Exception {
    String token = TestAccounts.token(dir, "amal", Role.ANALYST);
    try (SijilServer server = start()) {
      Login here = login(server, TestAccounts.PASSWORD).orElseThrow();
      Login elsewhere = login(server, TestAccounts.PASSWORD).orElseThrow();

      assertThat(change(server, here, TestAccounts.PASSWORD, "a brand new secret").statusCode())
          .isEqualTo(204);

      assertThat(who(server, here)).isEqualTo(200);
      assertThat(who(server, elsewhere)).isEqualTo(401);
      assertThat(login(server, TestAccounts.PASSWORD)).isEmpty();
      assertThat(login(server, "a brand new secret")).isPresent();
      // The API token is another credential: a password change leaves it working.
      assertThat(TestHttp.call(server, "GET", "/api/v1/session", token, null).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void aWrongCurrentPasswordAShortNewOneOrAMissingCsrfTokenChangeNothing() throws Exception {
    TestAccounts.token(dir, "amal", Role.VIEWER);
    try (SijilServer server = start()) {
      Login here = login(server, TestAccounts.PASSWORD).orElseThrow();

      HttpResponse<String> wrong = change(server, here, "not my password", "a brand new secret");
      assertThat(wrong.statusCode()).isEqualTo(403);
      assertThat(wrong.body()).contains("current password is wrong");

      HttpResponse<String> shortOne = change(server, here, TestAccounts.PASSWORD, "short");
      assertThat(shortOne.statusCode()).isEqualTo(400);
      assertThat(shortOne.body()).contains("at least 8 characters");

      HttpResponse<String> noCsrf =
          http.send(
              request(server, here.cookie(), null, TestAccounts.PASSWORD, "a brand new secret"),
              HttpResponse.BodyHandlers.ofString());
      assertThat(noCsrf.statusCode()).isEqualTo(403);

      assertThat(login(server, TestAccounts.PASSWORD)).isPresent();
      assertThat(who(server, here)).isEqualTo(200);
    }
  }

  @Test
  void anAnonymousCallerCannotChangeAPassword() throws Exception {
    TestAccounts.token(dir, "amal", Role.VIEWER);
    try (SijilServer server = start()) {
      HttpResponse<String> r =
          TestHttp.call(
              server,
              "PUT",
              "/api/v1/session/password",
              null,
              "{\"current\":\"" + TestAccounts.PASSWORD + "\",\"new\":\"a brand new secret\"}");
      assertThat(r.statusCode()).isEqualTo(401);
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

  private java.util.Optional<Login> login(SijilServer server, String password) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(server.url() + "api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"amal\",\"password\":\"" + password + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      return java.util.Optional.empty();
    }
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    return java.util.Optional.of(
        new Login(cookie, mapper.readTree(r.body()).get("csrfToken").asText()));
  }

  private int who(SijilServer server, Login l) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(server.url() + "api/v1/session"))
                .header("Cookie", l.cookie())
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  private HttpResponse<String> change(SijilServer server, Login l, String current, String next)
      throws Exception {
    return http.send(
        request(server, l.cookie(), l.csrf(), current, next), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(
      SijilServer server, String cookie, String csrf, String current, String next) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.url() + "api/v1/session/password"))
            .header("Content-Type", "application/json")
            .header("Cookie", cookie)
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    "{\"current\":\"" + current + "\",\"new\":\"" + next + "\"}"));
    if (csrf != null) {
      b.header("X-CSRF-Token", csrf);
    }
    return b.build();
  }
}
