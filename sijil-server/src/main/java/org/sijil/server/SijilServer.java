package org.sijil.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sijil.search.SearchIndex;
import org.sijil.server.auth.Accounts;
import org.sijil.server.auth.Permission;
import org.sijil.server.core.EventReviews;
import org.sijil.server.core.RecordIndex;
import org.sijil.store.SqliteDocumentStore;
import org.sijil.store.StoreConfig;
import org.sijil.store.account.Role;
import org.sijil.store.audit.AuditAction;

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
  private final Map<Route, Permission> permissions = new ConcurrentHashMap<>();
  private final TrustServices.Settings trustSettings;
  private Javalin app;
  private java.util.concurrent.ScheduledExecutorService watcher;
  private ServerRecord record;
  private TrustServices trust;
  private Accounts.NewUser firstAdmin;

  /** A route the server registered: an HTTP method and a path in Javalin's syntax. */
  record Route(String method, String path) {}

  private SijilServer(Builder b) {
    this.dataDir = b.dataDir;
    this.host = b.host;
    this.requestedPort = b.port;
    this.trustSettings = b.trustSettings;
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
    TrustServices t = null;
    try {
      t = TrustServices.open(dataDir, r, trustSettings);
      r.useReviews(EventReviews.of(t.review()));
      RecordIndex.takeStale(dataDir);
      r.rebuildIndex();
      t.refreshMachineItems();
      if (!t.accounts().anyUser()) {
        // Why: a server with no account would answer nobody; the first admin is made here, once.
        firstAdmin = t.accounts().add("system", "admin", Role.ADMIN, null);
      }
      TrustServices services = t;
      app = Javalin.create(config -> configure(config, r, services)).start(host, requestedPort);
      record = r;
      trust = t;
      watcher = watchForStaleIndex(r, t);
    } catch (RuntimeException e) {
      if (t != null) {
        t.close();
      }
      r.close();
      throw e;
    }
    return this;
  }

  /**
   * The admin account this start created because there was none, with its one-time password, to be
   * shown once: the first call returns it, later calls return empty.
   */
  public synchronized Optional<Accounts.NewUser> takeFirstAdmin() {
    Accounts.NewUser a = firstAdmin;
    firstAdmin = null;
    return Optional.ofNullable(a);
  }

  private void configure(io.javalin.config.JavalinConfig config, ServerRecord r, TrustServices t) {
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
    AuthHandler auth = new AuthHandler(t, json, !isLoopback(host));
    api.before(
        ctx -> {
          beforeEveryRequest(ctx);
          auth.establish(ctx);
        });
    api.exception(Exception.class, problems::handle);
    for (int status : new int[] {400, 401, 403, 404, 405, 413, 429, 500}) {
      api.error(status, "*", problems::status);
    }

    DocumentsHandler documents = new DocumentsHandler(r, json);
    EventsHandler events = new EventsHandler(r, json);
    IncidentsHandler incidents = new IncidentsHandler(r, json);
    SourcesHandler sources = new SourcesHandler(r, json);
    SearchHandler search = new SearchHandler(r, json);
    ExportHandler export = new ExportHandler(r, t);
    OpenApiHandler openApi = new OpenApiHandler(json);
    ReviewHandler review = new ReviewHandler(r, t, json);
    TrustHandler trustRoutes = new TrustHandler(t, json);

    // public: the API's description and the session routes (each checks what it needs itself)
    api.get("/openapi", openApi::document);
    api.post("/api/v1/session", auth::login);
    api.get("/api/v1/session", auth::who);
    api.delete("/api/v1/session", auth::logout);
    api.put("/api/v1/session/password", auth::changePassword);

    // every other route names the one permission it needs
    var read = Permission.READ;
    route(t, api, "GET", "/api/v1/documents", read, documents::list);
    route(t, api, "GET", "/api/v1/documents/{id}", read, documents::one);
    route(
        t,
        api,
        "GET",
        "/api/v1/documents/{id}/original",
        Permission.READ_CONFIDENTIAL,
        documents::original);
    route(t, api, "GET", "/api/v1/events", read, events::list);
    route(t, api, "GET", "/api/v1/stats", read, events::stats);
    route(t, api, "GET", "/api/v1/incidents", read, incidents::list);
    route(t, api, "GET", "/api/v1/incidents/{id}", read, incidents::one);
    route(t, api, "GET", "/api/v1/sources", read, sources::list);
    route(t, api, "GET", "/api/v1/search", read, search::documents);
    route(t, api, "GET", "/api/v1/export/events.csv", Permission.EXPORT, export::csv);
    route(t, api, "GET", "/api/v1/export/events.geojson", Permission.EXPORT, export::geojson);
    route(t, api, "GET", "/api/v1/export/events.jsonl", Permission.EXPORT, export::jsonl);
    var reviewing = Permission.REVIEW;
    route(t, api, "GET", "/api/v1/review/queue", reviewing, review::queue);
    route(t, api, "GET", "/api/v1/review/{kind}/{id}", reviewing, review::item);
    route(t, api, "POST", "/api/v1/review/{kind}/{id}/confirm", reviewing, review::confirm);
    route(t, api, "POST", "/api/v1/review/{kind}/{id}/edit", reviewing, review::edit);
    route(t, api, "POST", "/api/v1/review/{kind}/{id}/reject", reviewing, review::reject);
    route(t, api, "POST", "/api/v1/review/incident/{id}/merge", reviewing, review::merge);
    route(t, api, "POST", "/api/v1/review/incident/{id}/split", reviewing, review::split);
    route(t, api, "GET", "/api/v1/confidential", Permission.MARK_CONFIDENTIAL, trustRoutes::marks);
    route(t, api, "POST", "/api/v1/confidential", Permission.MARK_CONFIDENTIAL, trustRoutes::mark);
    route(t, api, "GET", "/api/v1/audit/head", Permission.READ_AUDIT, trustRoutes::auditHead);
  }

  /** Registers a route that refuses callers without {@code permission}. */
  private void route(
      TrustServices t,
      io.javalin.config.RoutesConfig api,
      String method,
      String path,
      Permission permission,
      io.javalin.http.Handler handler) {
    permissions.put(new Route(method, path), permission);
    io.javalin.http.Handler guarded =
        ctx -> {
          try {
            AuthHandler.require(ctx, permission);
          } catch (ApiProblem p) {
            Caller c = JsonResponder.caller(ctx);
            if (p.status() == 403) {
              t.audit(
                  c,
                  AuditAction.ACCESS_DENIED,
                  method + " " + path,
                  "{\"permission\":\"" + permission.name() + "\"}");
            }
            throw p;
          }
          AuthHandler.checkStateChange(ctx);
          handler.handle(ctx);
        };
    switch (method) {
      case "GET" -> api.get(path, guarded);
      case "POST" -> api.post(path, guarded);
      default -> throw new IllegalArgumentException("expected GET or POST, found " + method);
    }
  }

  /** The permission each guarded route needs; the session routes and /openapi are not here. */
  Map<Route, Permission> permissions() {
    return Map.copyOf(permissions);
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
  }

  /**
   * The first half of the one before-handler: security headers on every response and the body size
   * limit; {@link AuthHandler#establish} then says who is asking.
   */
  private void beforeEveryRequest(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
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
    if (watcher != null) {
      // Never interrupt a rebuild: an interrupted thread's Lucene I/O closes the index's channels,
      // its write lock included (ClosedByInterruptException), and the index cannot be closed
      // cleanly. Let a running rebuild finish; none starts after shutdown().
      watcher.shutdown();
      try {
        if (!watcher.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES)) {
          System.err.println("serve: closing while the search index is still being rebuilt");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      watcher = null;
    }
    if (app != null) {
      try {
        app.stop();
      } finally {
        app = null;
        try {
          trust.close();
        } finally {
          trust = null;
          record.close();
          record = null;
        }
      }
    }
  }

  /**
   * While this server holds the index, a command-line ingest, resolve or incident correction on the
   * same directory cannot update it; it marks the index stale instead ({@link
   * RecordIndex#markStale}), and this rebuilds it (and the review queue) within two seconds.
   */
  private java.util.concurrent.ScheduledExecutorService watchForStaleIndex(
      ServerRecord r, TrustServices t) {
    var w =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread th = new Thread(task, "sijil-index-watcher");
              th.setDaemon(true);
              return th;
            });
    w.scheduleWithFixedDelay(
        () -> {
          try {
            if (RecordIndex.takeStale(dataDir)) {
              synchronized (r) {
                t.refreshMachineItems();
                r.rebuildIndex();
              }
              System.err.println("serve: the store changed; search index rebuilt");
            }
          } catch (RuntimeException e) {
            // Said, not swallowed: the next change marks the index again, or a restart rebuilds it.
            System.err.println("serve: cannot rebuild the search index: " + e.getMessage());
          }
        },
        2,
        2,
        java.util.concurrent.TimeUnit.SECONDS);
    return w;
  }

  /** Builds a {@link SijilServer}, checking each setting as it is given. Not thread-safe. */
  public static final class Builder {
    private Path dataDir;
    private String host = "127.0.0.1";
    private int port = 7070;
    private TrustServices.Settings trustSettings = TrustServices.Settings.STANDARD;

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

    /** Account settings other than the standard ones; for tests, which lower the password cost. */
    Builder trustSettings(TrustServices.Settings settings) {
      this.trustSettings = Objects.requireNonNull(settings, "settings");
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
