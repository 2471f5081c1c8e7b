package org.sijil.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sijil.ingest.Outcomes.onlyDocument;
import static org.sijil.ingest.Outcomes.onlyFailure;
import static org.sijil.ingest.Outcomes.read;
import static org.sijil.ingest.Outcomes.reader;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.MediaType;

class UrlReadingTest {
  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/feed.xml", ex -> respond(ex, 200, "application/rss+xml", FeedReadingTest.RSS, true));
    server.createContext(
        "/page",
        ex ->
            respond(
                ex,
                200,
                "text/html; charset=windows-1256",
                "<html><body><p>\u062e\u0628\u0631 \u0639\u0627\u062c\u0644</p></body></html>",
                true));
    server.createContext("/missing", ex -> respond(ex, 404, "text/html", "<p>no</p>", true));
    server.createContext(
        "/moved",
        ex -> {
          ex.getResponseHeaders().add("Location", "/page");
          respond(ex, 302, "text/html", "", true);
        });
    server.createContext(
        "/loop",
        ex -> {
          ex.getResponseHeaders().add("Location", "/loop");
          respond(ex, 302, "text/html", "", true);
        });
    server.createContext(
        "/big", ex -> respond(ex, 200, "text/plain", "word ".repeat(10_000), false));
    server.createContext(
        "/image", ex -> respond(ex, 200, "image/png", "not really an image", true));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void respond(
      HttpExchange ex, int status, String type, String body, boolean withLength)
      throws IOException {
    byte[] bytes =
        body.getBytes(
            type.contains("windows-1256")
                ? Charset.forName("windows-1256")
                : StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    // length 0 means chunked: the reader cannot know the size in advance
    ex.sendResponseHeaders(status, withLength ? (bytes.length == 0 ? -1 : bytes.length) : 0);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    } catch (IOException e) {
      // the reader may hang up once it has seen enough; that is what the size test wants
    }
  }

  private DocumentReader.Builder allowed() {
    return reader().allowPrivateNetwork(true).httpTimeout(Duration.ofSeconds(5));
  }

  @Test
  void aFeedOnLoopbackIsRefusedUnlessAllowed() {
    String url = base + "/feed.xml";
    ReadOutcome.Failed f = onlyFailure(read(reader().build(), url));
    assertThat(f.input()).isEqualTo(url);
    assertThat(f.problem())
        .isEqualTo(
            "refused: resolves to loopback address 127.0.0.1 (allow with"
                + " --allow-private-network)");

    List<ReadOutcome> out = read(allowed().build(), url);
    assertThat(out).hasSize(3);
    IncomingDocument first = ((ReadOutcome.Read) out.get(0)).document();
    assertThat(first.text().text()).isEqualTo("The bridge was closed after shelling.");
    assertThat(first.metadata().origin()).isEqualTo(url + "#1");
    assertThat(first.metadata().source()).isEqualTo("Valley Monitor");
  }

  @Test
  void anUnreachableUrlFailsNamingTheUrl() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort(); // closed again before the request: nothing listens there
    }
    String url = "http://127.0.0.1:" + port + "/report.html";
    ReadOutcome.Failed f = onlyFailure(read(allowed().build(), url));
    assertThat(f.input()).isEqualTo(url);
    assertThat(f.problem()).startsWith("GET " + url + ": unreachable");
  }

  @Test
  void anHttpErrorFailsWithItsStatus() {
    String url = base + "/missing";
    assertThat(onlyFailure(read(allowed().build(), url)).problem())
        .isEqualTo("GET " + url + ": HTTP 404");
  }

  @Test
  void redirectsAreFollowedAndTheCharsetHeaderDecides() {
    IncomingDocument doc = onlyDocument(read(allowed().build(), base + "/moved"));
    assertThat(doc.text().text()).isEqualTo("\u062e\u0628\u0631 \u0639\u0627\u062c\u0644");
    assertThat(doc.metadata().url()).isEqualTo(base + "/page");
    assertThat(doc.metadata().origin()).isEqualTo(base + "/moved");
    assertThat(doc.metadata().mediaType()).isEqualTo(MediaType.TEXT_HTML);
    assertThat(doc.text().toOriginalBytes().toSource(4))
        .isEqualTo(doc.text().toOriginalBytes().toSource(0) + 4);
  }

  @Test
  void everyRedirectHopIsCheckedAgain() throws IOException, BadInputException {
    HttpServer second =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
    second.createContext("/", ex -> respond(ex, 200, "text/plain", "second server text", true));
    second.start();
    try {
      String target = "http://127.0.0.2:" + second.getAddress().getPort() + "/report.txt";
      server.createContext(
          "/elsewhere",
          ex -> {
            ex.getResponseHeaders().add("Location", target);
            respond(ex, 301, "text/html", "", true);
          });
      // a policy that lets the first server through and refuses the second stands in for a
      // public site that redirects into a private network
      UrlFetcher fetcher =
          new UrlFetcher(
              Duration.ofSeconds(5),
              1000,
              a -> a.getHostAddress().equals("127.0.0.2") ? "test-private" : null);
      assertThatThrownBy(() -> fetcher.fetch(base + "/elsewhere"))
          .isInstanceOf(BadInputException.class)
          .hasMessage(
              "refused: redirect to "
                  + target
                  + " resolves to test-private address 127.0.0.2 (allow with"
                  + " --allow-private-network)");
      assertThat(
              new String(
                  new UrlFetcher(Duration.ofSeconds(5), 1000, a -> null)
                      .fetch(base + "/elsewhere")
                      .body(),
                  StandardCharsets.UTF_8))
          .isEqualTo("second server text");
    } finally {
      second.stop(0);
    }
  }

  @Test
  void aRedirectLoopFails() {
    assertThat(onlyFailure(read(allowed().build(), base + "/loop")).problem())
        .contains("expected at most 10 redirects");
  }

  @Test
  void aBodyOverTheLimitIsRefusedWhileStreaming() {
    assertThat(onlyFailure(read(allowed().maxBytes(1000).build(), base + "/big")).problem())
        .startsWith("too large");
  }

  @Test
  void anUnsupportedContentTypeFails() {
    assertThat(onlyFailure(read(allowed().build(), base + "/image")).problem())
        .contains("found image/png");
  }

  @Test
  void privateAddressesAreRecognised() throws IOException {
    assertThat(UrlFetcher.privateKind(InetAddress.getByName("127.0.0.1"))).isEqualTo("loopback");
    assertThat(UrlFetcher.privateKind(InetAddress.getByName("::1"))).isEqualTo("loopback");
    assertThat(UrlFetcher.privateKind(InetAddress.getByName("10.1.2.3"))).isEqualTo("site-local");
    assertThat(UrlFetcher.privateKind(InetAddress.getByName("192.168.0.1")))
        .isEqualTo("site-local");
    assertThat(UrlFetcher.privateKind(InetAddress.getByName("169.254.169.254")))
        .isEqualTo("link-local");
    assertThat(UrlFetcher.privateKind(InetAddress.getByName("0.0.0.0"))).isEqualTo("any-local");
    assertThat(UrlFetcher.privateKind(InetAddress.getByName("224.0.0.1"))).isEqualTo("multicast");
    assertThat(UrlFetcher.privateKind(InetAddress.getByName("fd00::1"))).isEqualTo("unique-local");
    assertThat(UrlFetcher.privateKind(InetAddress.getByName("::ffff:127.0.0.1")))
        .isEqualTo("loopback");
    assertThat(UrlFetcher.privateKind(InetAddress.getByName("93.184.216.34"))).isNull();
  }
}
