package org.sijil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Fetches http(s) URLs: redirects followed by hand (at most {@value #MAX_REDIRECTS}) so that the
 * address check applies at every hop; bodies read with the size limit enforced while streaming.
 * Immutable; thread-safe.
 *
 * <p>The check resolves the host before the request; a DNS answer that changes between the check
 * and the connection (rebinding) is not caught, since {@link HttpClient} resolves again.
 */
final class UrlFetcher {
  static final int MAX_REDIRECTS = 10;

  /** A fetched body with the response's content type and the URL it finally came from. */
  record Fetched(byte[] body, String contentType, URI finalUrl) {}

  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;
  private final Function<InetAddress, String> refusedKind;

  UrlFetcher(Duration timeout, long maxBytes, boolean allowPrivateNetwork) {
    this(timeout, maxBytes, allowPrivateNetwork ? a -> null : UrlFetcher::privateKind);
  }

  /**
   * @param refusedKind names the kind of an address to refuse ("loopback"), or gives null to allow
   *     it
   */
  UrlFetcher(Duration timeout, long maxBytes, Function<InetAddress, String> refusedKind) {
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.refusedKind = refusedKind;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
  }

  Fetched fetch(String url) throws BadInputException {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new BadInputException("bad URL: " + e.getMessage());
    }
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      checkUri(uri, hop);
      HttpResponse<InputStream> response = send(uri);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.headers().firstValue("Location").orElse(null);
        close(response);
        if (location == null) {
          throw new BadInputException(
              "GET " + uri + ": HTTP " + status + " redirect without a Location header");
        }
        try {
          uri = uri.resolve(new URI(location.strip()));
        } catch (URISyntaxException e) {
          throw new BadInputException(
              "GET " + uri + ": HTTP " + status + " redirect to a bad URL: " + location);
        }
        continue;
      }
      if (status >= 400 || status < 200 || status == 304) {
        close(response);
        throw new BadInputException("GET " + uri + ": HTTP " + status);
      }
      OptionalLong length = response.headers().firstValueAsLong("Content-Length");
      if (length.isPresent() && length.getAsLong() > maxBytes) {
        close(response);
        throw new BadInputException(
            "too large: GET "
                + uri
                + " announces "
                + length.getAsLong()
                + " bytes, expected at most maxBytes "
                + maxBytes);
      }
      try (InputStream body = response.body()) {
        byte[] bytes = LimitedReads.readAll(body, maxBytes, "a response body");
        return new Fetched(bytes, response.headers().firstValue("Content-Type").orElse(""), uri);
      } catch (IOException e) {
        throw new BadInputException("GET " + uri + ": reading the body failed: " + describe(e), e);
      }
    }
    throw new BadInputException(
        "GET " + url + ": expected at most " + MAX_REDIRECTS + " redirects, found more");
  }

  private HttpResponse<InputStream> send(URI uri) throws BadInputException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("User-Agent", "Sijil/0.1 (document ingest)")
            .GET()
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new BadInputException("GET " + uri + ": connection timed out after " + timeout, e);
    } catch (HttpTimeoutException e) {
      throw new BadInputException("GET " + uri + ": timed out after " + timeout, e);
    } catch (IOException e) {
      throw new BadInputException("GET " + uri + ": unreachable: " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException("GET " + uri + ": interrupted", e);
    }
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException e) {
      // closing an unread body only releases the connection; a failure there changes nothing
    }
  }

  private void checkUri(URI uri, int hop) throws BadInputException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new BadInputException("unsupported URL scheme: expected http or https, found " + uri);
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new BadInputException("bad URL: expected a host name, found " + uri);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new BadInputException("GET " + uri + ": unknown host " + host, e);
    }
    for (InetAddress a : addresses) {
      String kind = refusedKind.apply(a);
      if (kind != null) {
        throw new BadInputException(
            "refused: "
                + (hop == 0 ? "" : "redirect to " + uri + " ")
                + "resolves to "
                + kind
                + " address "
                + a.getHostAddress()
                + " (allow with --allow-private-network)");
      }
    }
  }

  /** What kind of non-public address {@code a} is, or null for a public one. */
  static String privateKind(InetAddress a) {
    if (a.isLoopbackAddress()) {
      return "loopback";
    }
    if (a.isAnyLocalAddress()) {
      return "any-local";
    }
    if (a.isLinkLocalAddress()) {
      return "link-local";
    }
    if (a.isSiteLocalAddress()) {
      return "site-local";
    }
    if (a.isMulticastAddress()) {
      return "multicast";
    }
    if (a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc) {
      return "unique-local"; // fc00::/7, IPv6's private range, which isSiteLocalAddress misses
    }
    byte[] b = a.getAddress();
    if (b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64) {
      return "carrier-grade NAT"; // 100.64.0.0/10
    }
    return null;
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
