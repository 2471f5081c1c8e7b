package org.sijil.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.sijil.search.SearchIndex;
import org.sijil.store.SqliteDocumentStore;
import org.sijil.store.StoreConfig;

/**
 * The Sijil HTTP server: the JSON API under {@code /api/v1/}, its OpenAPI document at {@code
 * /openapi} and the offline web UI at {@code /}, over one data directory.
 *
 * <p>Every request first passes one before-handler that sets the security headers and establishes
 * the {@link Caller}; every JSON body leaves through one redaction step; every error becomes an RFC
 * 9457 problem in one mapper. Build with {@link #builder()}; {@link #start()} opens the store and
 * fills the search index, {@link #close()} stops the server and releases both.
 *
 * <p>Thread-safety: {@code start} and {@code close} are for one controlling thread; requests are
 * served concurrently.
 */
public final class SijilServer implements AutoCloseable {
  /** The largest request body the API accepts; every route is read-only and takes none. */
  static final long MAX_BODY_BYTES = 64 * 1024;

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  private final Path dataDir;
  private final String host;
  private final int requestedPort;
  private final List<Route> routes = Collections.synchronizedList(new ArrayList<>());
  private Javalin app;
  private ServerRecord record;

  /** A route the server registered: an HTTP method and a path in Javalin's syntax. */
  record Route(String method, String path) {}

  private SijilServer(Builder b) {
    this.dataDir = b.dataDir;
    this.host = b.host;
    this.requestedPort = b.port;
  }

  /** A builder with host 127.0.0.1 and port 7070; the data directory is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Opens the store, fills the search index from it and starts listening.
   *
   * @throws IllegalStateException when already started, or the port cannot be bound
   */
  public synchronized SijilServer start() {
    if (app != null) {
      throw new IllegalStateException("expected a server not yet started, found one on " + port());
    }
    ServerRecord r =
        new ServerRecord(
            SqliteDocumentStore.open(StoreConfig.at(dataDir)),
            SearchIndex.open(dataDir.resolve("search")));
    try {
      r.rebuildIndex();
      app = Javalin.create(config -> configure(config, r)).start(host, requestedPort);
      record = r;
    } catch (RuntimeException e) {
      r.close();
      throw e;
    }
    return this;
  }

  private void configure(io.javalin.config.JavalinConfig config, ServerRecord r) {
    JsonResponder json = new JsonResponder();
    ProblemMapper problems = new ProblemMapper();
    config.startup.showJavalinBanner = false;
    config.http.prefer405over404 = true;
    config.http.maxRequestSize = MAX_BODY_BYTES;
    config.staticFiles.add("/web", Location.CLASSPATH);
    config.events.handlerAdded(
        h -> {
          if (h.getHttpMethod().isHttpMethod()) {
            routes.add(new Route(h.getHttpMethod().name(), h.getPath()));
          }
        });

    var api = config.routes;
    api.before(this::beforeEveryRequest);
    api.exception(Exception.class, problems::handle);
    for (int status : new int[] {400, 404, 405, 413, 500}) {
      api.error(status, "*", problems::status);
    }

    DocumentsHandler documents = new DocumentsHandler(r, json);
    EventsHandler events = new EventsHandler(r, json);
    IncidentsHandler incidents = new IncidentsHandler(r, json);
    SourcesHandler sources = new SourcesHandler(r, json);
    SearchHandler search = new SearchHandler(r, json);
    ExportHandler export = new ExportHandler(r);
    OpenApiHandler openApi = new OpenApiHandler(json);

    api.get("/openapi", openApi::document);
    api.get("/api/v1/documents", documents::list);
    api.get("/api/v1/documents/{id}", documents::one);
    api.get("/api/v1/documents/{id}/original", documents::original);
    api.get("/api/v1/events", events::list);
    api.get("/api/v1/stats", events::stats);
    api.get("/api/v1/incidents", incidents::list);
    api.get("/api/v1/incidents/{id}", incidents::one);
    api.get("/api/v1/sources", sources::list);
    api.get("/api/v1/search", search::documents);
    api.get("/api/v1/export/events.csv", export::csv);
    api.get("/api/v1/export/events.geojson", export::geojson);
    api.get("/api/v1/export/events.jsonl", export::jsonl);
  }

  /**
   * The one before-handler: security headers on every response, the body size limit, and who is
   * asking. Accounts will change how the caller is established here, and nothing else.
   */
  private void beforeEveryRequest(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.attribute(JsonResponder.CALLER, Caller.anonymousLocal());
    long length = ctx.req().getContentLengthLong();
    if (length > MAX_BODY_BYTES) {
      throw ApiProblem.tooLarge(
          "expected a request body of at most " + MAX_BODY_BYTES + " bytes, found " + length);
    }
  }

  /** The port listened on (the ephemeral one chosen when built with port 0). */
  public synchronized int port() {
    if (app == null) {
      throw new IllegalStateException("expected a started server, found none");
    }
    return app.port();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:7070/}. */
  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port() + "/";
  }

  /** The routes registered, in order; for the OpenAPI document's test. */
  List<Route> routes() {
    synchronized (routes) {
      return List.copyOf(routes);
    }
  }

  /** Stops serving and releases the store and the index; idempotent. */
  @Override
  public synchronized void close() {
    if (app != null) {
      try {
        app.stop();
      } finally {
        app = null;
        record.close();
        record = null;
      }
    }
  }

  /** Builds a {@link SijilServer}, checking each setting as it is given. Not thread-safe. */
  public static final class Builder {
    private Path dataDir;
    private String host = "127.0.0.1";
    private int port = 7070;

    private Builder() {}

    /** The data directory (the store's {@code sijil.db} and the {@code search/} index). */
    public Builder dataDir(Path dir) {
      this.dataDir = Objects.requireNonNull(dir, "dataDir");
      return this;
    }

    /** The interface to listen on; default 127.0.0.1. */
    public Builder host(String h) {
      Objects.requireNonNull(h, "host");
      if (h.isBlank() || h.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("expected a host name or address, found \"" + h + "\"");
      }
      this.host = h;
      return this;
    }

    /** The port; 0 picks a free one. */
    public Builder port(int p) {
      if (p < 0 || p > 65535) {
        throw new IllegalArgumentException("expected a port in [0, 65535], found " + p);
      }
      this.port = p;
      return this;
    }

    /**
     * The server, not yet started.
     *
     * @throws IllegalStateException when no data directory was given
     */
    public SijilServer build() {
      if (dataDir == null) {
        throw new IllegalStateException("expected a data directory, found none: call dataDir(..)");
      }
      return new SijilServer(this);
    }
  }
}
