package org.sijil.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.account.Role;

/** Its own server: throttling is per client address, and every test client is 127.0.0.1. */
class LoginThrottlingTest {
  @TempDir Path dir;

  @Test
  void repeatedFailedLoginsAreThrottledWith429AndRetryAfter() throws Exception {
    TestAccounts.token(dir, "amal", Role.ANALYST);
    try (SijilServer server =
        SijilServer.builder()
            .dataDir(dir)
            .port(0)
            .trustSettings(TestAccounts.FAST)
            .build()
            .start()) {
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest wrong =
          HttpRequest.newBuilder(URI.create(server.url() + "api/v1/session"))
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"name\":\"amal\",\"password\":\"not it at all\"}"))
              .build();
      for (int i = 0; i < 4; i++) {
        assertThat(http.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode())
            .isEqualTo(401);
      }
      HttpRequest right =
          HttpRequest.newBuilder(URI.create(server.url() + "api/v1/session"))
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"name\":\"amal\",\"password\":\"" + TestAccounts.PASSWORD + "\"}"))
              .build();
      HttpResponse<String> throttled = http.send(right, HttpResponse.BodyHandlers.ofString());
      assertThat(throttled.statusCode()).isEqualTo(429);
      assertThat(throttled.headers().firstValue("Retry-After"))
          .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
      assertThat(throttled.body()).contains("too many failed logins");
    }
  }

  @Test
  void theFirstStartWithNoUsersCreatesAnAdminWhosePasswordIsShownOnce() throws Exception {
    TestRecord.write(dir);
    try (SijilServer server =
        SijilServer.builder()
            .dataDir(dir)
            .port(0)
            .trustSettings(TestAccounts.FAST)
            .build()
            .start()) {
      var admin = server.takeFirstAdmin().orElseThrow();
      assertThat(admin.user().role()).isEqualTo(Role.ADMIN);
      assertThat(admin.oneTimePassword()).hasSize(20);
      assertThat(server.takeFirstAdmin()).isEmpty();
      HttpResponse<String> login =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.url() + "api/v1/session"))
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"name\":\"admin\",\"password\":\""
                                  + admin.oneTimePassword()
                                  + "\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).isEqualTo(200);
    }
    try (SijilServer again =
        SijilServer.builder()
            .dataDir(dir)
            .port(0)
            .trustSettings(TestAccounts.FAST)
            .build()
            .start()) {
      assertThat(again.takeFirstAdmin()).isEmpty();
    }
  }
}
