package org.sijil.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sijil.server.auth.Accounts;
import org.sijil.server.auth.Permission;
import org.sijil.server.auth.SecretTokens;
import org.sijil.store.account.User;

/**
 * Who is asking, and the session routes. {@link #establish} runs in the server's one
 * before-handler: a Bearer API token or the session cookie names the user, checked on every request
 * (a disabled user's session is refused on its next request); state-changing requests with a
 * session cookie must echo the session's CSRF token in {@code X-CSRF-Token} and send JSON. {@code
 * POST /api/v1/session} logs in (throttled), {@code GET} says who is logged in, {@code DELETE} logs
 * out. Thread-safe.
 */
final class AuthHandler {
  static final String COOKIE = "sijil_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final TrustServices trust;
  private final JsonResponder json;
  private final boolean secureCookie;

  /**
   * @param secureCookie whether the cookie carries {@code Secure}: always, except for a server on
   *     the loopback interface, which browsers reach over plain http
   */
  AuthHandler(TrustServices trust, JsonResponder json, boolean secureCookie) {
    this.trust = trust;
    this.json = json;
    this.secureCookie = secureCookie;
  }

  /** Sets the caller of the request. */
  void establish(Context ctx) {
    // Why: anything that fails below is answered as a problem, redacted for an anonymous caller.
    ctx.attribute(JsonResponder.CALLER, Caller.anonymous(trust.redactor()));
    ctx.attribute(JsonResponder.CALLER, caller(ctx));
  }

  /**
   * Refuses a state-changing request that does not send JSON, or that rides on a session cookie
   * without echoing the session's CSRF token. Bearer-token requests carry no ambient credential and
   * need no CSRF token.
   */
  static void checkStateChange(Context ctx) {
    if (SAFE_METHODS.contains(ctx.method().name())) {
      return;
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/json")) {
      // Why: a cross-site form cannot send JSON without a CORS preflight, which we never grant.
      throw ApiProblem.badBody("a JSON body (Content-Type: application/json)", "\"" + type + "\"");
    }
    Caller caller = JsonResponder.caller(ctx);
    if (caller.csrfToken() != null
        && !SecretTokens.same(caller.csrfToken(), ctx.header(CSRF_HEADER))) {
      throw ApiProblem.forbidden(
          "expected the session's CSRF token in the "
              + CSRF_HEADER
              + " header, found none or another");
    }
  }

  private Caller caller(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null) {
      if (!authorization.startsWith("Bearer ")) {
        throw ApiProblem.unauthorized(
            "expected 'Authorization: Bearer TOKEN', found another scheme");
      }
      Optional<User> user = trust.accounts().token(authorization.substring(7).strip());
      if (user.isEmpty()) {
        throw ApiProblem.unauthorized("the API token is not valid, or its user is disabled");
      }
      return trust.callerFor(user.get(), null);
    }
    String session = ctx.cookie(COOKIE);
    if (session != null) {
      Optional<Accounts.Authenticated> a = trust.accounts().session(session);
      if (a.isPresent()) {
        return trust.callerFor(a.get().user(), a.get().session().csrfToken());
      }
    }
    return Caller.anonymous(trust.redactor());
  }

  /** Refuses the request unless its caller may do this. */
  static void require(Context ctx, Permission permission) {
    Caller c = JsonResponder.caller(ctx);
    if (!c.authenticated()) {
      throw ApiProblem.unauthorized(
          "log in (POST /api/v1/session) or send 'Authorization: Bearer TOKEN' to use "
              + ctx.path());
    }
    if (!c.may(permission)) {
      throw ApiProblem.forbidden(
          "the role "
              + c.role().id()
              + " may not "
              + permission.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
  }

  /** POST /api/v1/session {"name": ..., "password": ...}: log in; sets the session cookie. */
  void login(Context ctx) {
    checkStateChange(ctx);
    JsonNode body = body(ctx);
    String name = body.path("name").asText("");
    char[] password = body.path("password").asText("").toCharArray();
    try {
      Accounts.LoginResult r = trust.accounts().login(name, password, ctx.ip());
      if (r instanceof Accounts.LoginResult.Throttled t) {
        long seconds = Math.max(1, (t.retryAfter().toMillis() + 999) / 1000);
        throw ApiProblem.tooManyRequests(
            "too many failed logins; try again in " + seconds + " s", seconds);
      }
      if (!(r instanceof Accounts.LoginResult.Success s)) {
        throw ApiProblem.unauthorized("the name or the password is wrong, or the user is disabled");
      }
      Cookie cookie = new Cookie(COOKIE, s.sessionId());
      cookie.setHttpOnly(true);
      cookie.setSecure(secureCookie);
      cookie.setSameSite(SameSite.STRICT);
      cookie.setPath("/");
      cookie.setMaxAge((int) Accounts.DEFAULT_SESSION_LENGTH.toSeconds());
      ctx.cookie(cookie);
      ctx.attribute(JsonResponder.CALLER, trust.callerFor(s.user(), s.session().csrfToken()));
      who(ctx);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** GET /api/v1/session: the logged-in user, role, permissions and CSRF token; 401 if none. */
  void who(Context ctx) {
    Caller c = JsonResponder.caller(ctx);
    if (!c.authenticated()) {
      throw ApiProblem.unauthorized("no one is logged in");
    }
    ObjectNode o = json.mapper().createObjectNode();
    o.put("name", c.name());
    o.put("role", c.role().id());
    var permissions = o.putArray("permissions");
    c.permissions().stream()
        .sorted()
        .forEach(p -> permissions.add(p.name().toLowerCase(Locale.ROOT)));
    o.put("csrfToken", c.csrfToken());
    json.send(ctx, o);
  }

  /**
   * PUT /api/v1/session/password {"current": ..., "new": ...}: the caller changes their own
   * password; their other sessions end, this one stays. 204; 403 when the current password is
   * wrong; 429 after repeated failures; 400 when the new one is too short.
   */
  void changePassword(Context ctx) {
    checkStateChange(ctx);
    Caller c = JsonResponder.caller(ctx);
    if (!c.authenticated()) {
      throw ApiProblem.unauthorized("log in to change your password");
    }
    JsonNode body = body(ctx);
    if (!body.path("current").isTextual() || !body.path("new").isTextual()) {
      throw ApiProblem.badBody("{\"current\": string, \"new\": string}", "another shape");
    }
    char[] current = body.get("current").asText().toCharArray();
    char[] next = body.get("new").asText().toCharArray();
    try {
      // A Bearer-token caller has no session to keep: all the user's sessions end.
      String session = ctx.header("Authorization") == null ? ctx.cookie(COOKIE) : null;
      Accounts.PasswordChange r =
          trust.accounts().changePassword(c.name(), current, next, ctx.ip(), session);
      if (r instanceof Accounts.PasswordChange.Throttled t) {
        long seconds = Math.max(1, (t.retryAfter().toMillis() + 999) / 1000);
        throw ApiProblem.tooManyRequests(
            "too many failed attempts; try again in " + seconds + " s", seconds);
      }
      if (r instanceof Accounts.PasswordChange.Refused) {
        throw ApiProblem.forbidden("the current password is wrong");
      }
      ctx.status(204);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badBody("a new password of at least 8 characters", "a shorter one");
    } finally {
      Arrays.fill(current, '\0');
      Arrays.fill(next, '\0');
    }
  }

  /** DELETE /api/v1/session: log out. */
  void logout(Context ctx) {
    checkStateChange(ctx);
    String session = ctx.cookie(COOKIE);
    if (session != null) {
      trust.accounts().logout(session);
    }
    ctx.removeCookie(COOKIE, "/");
    ctx.status(204);
  }

  private JsonNode body(Context ctx) {
    return jsonBody(ctx, json);
  }

  /** The request body as a JSON object. */
  static JsonNode jsonBody(Context ctx, JsonResponder json) {
    try {
      JsonNode n = json.mapper().readTree(ctx.bodyAsBytes());
      if (n == null || !n.isObject()) {
        throw ApiProblem.badBody(
            "a JSON object", n == null ? "nothing" : n.getNodeType().toString());
      }
      return n;
    } catch (IOException e) {
      throw ApiProblem.badBody("a JSON object", "malformed JSON");
    }
  }
}
