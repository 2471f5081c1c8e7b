package org.sijil.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A handler that fails while streaming (as an export can, mid-way through a large file) must never
 * leave the client holding a short file that looks complete. Real Javalin and Jetty, real HTTP.
 */
class ProblemMapperStreamingTest {
  private Javalin app;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    ProblemMapper problems = new ProblemMapper();
    app =
        Javalin.create(
                c -> {
                  c.startup.showJavalinBanner = false;
                  c.routes.get("/stream", ctx -> streamThenFail(ctx, 200_000));
                  c.routes.get("/short", ctx -> streamThenFail(ctx, 50));
                  c.routes.exception(Exception.class, problems::handle);
                })
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  private static void streamThenFail(io.javalin.http.Context ctx, int lines) throws IOException {
    ctx.contentType("text/csv");
    ctx.header("Content-Disposition", "attachment; filename=\"events.csv\"");
    OutputStream out = ctx.outputStream();
    for (int i = 0; i < lines; i++) {
      out.write(("row " + i + ",some,cells\n").getBytes(StandardCharsets.UTF_8));
    }
    out.flush();
    throw new IllegalStateException("the store went away after " + lines + " rows");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aFailureAfterTheBodyWentOutBreaksTheTransferInsteadOfEndingTheFileShort() {
    // Megabytes in, the 200 and the first rows are on the wire: the only honest signal left is a
    // transfer that never completes.
    assertThatThrownBy(() -> get("/stream")).isInstanceOf(IOException.class);
  }

  @Test
  void aFailureBeforeAnyByteWentOutIsAProblemWithoutThePartialBody() throws Exception {
    HttpResponse<String> r = get("/short");
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith(ProblemMapper.CONTENT_TYPE));
    assertThat(r.headers().firstValue("Content-Disposition")).isEmpty();
    assertThat(r.body()).doesNotContain("row 0").contains("\"status\":500");
  }
}
