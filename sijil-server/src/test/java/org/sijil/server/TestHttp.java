package org.sijil.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls a started server over real HTTP, as an API client would. */
final class TestHttp {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private TestHttp() {}

  /**
   * One request.
   *
   * @param path from the server's root, starting with {@code /}
   * @param token a Bearer API token, or null for none
   * @param body a JSON body, or null for none
   */
  static HttpResponse<String> call(
      SijilServer server, String method, String path, String token, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
