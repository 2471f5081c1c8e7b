package org.sijil.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.sijil.search.SearchSyntaxException;
import org.sijil.server.auth.Redactor;

/**
 * The one place an exception or an error status becomes a response: an RFC 9457 problem ({@code
 * application/problem+json} with type, title, status, detail and instance). Client errors say which
 * input was wrong and how; a server error says only that it failed, never a stack trace or an
 * internal message. Thread-safe.
 */
final class ProblemMapper {
  static final String CONTENT_TYPE = "application/problem+json";

  private final ObjectMapper mapper = new ObjectMapper();

  /** Answers the request with the problem that {@code e} stands for. */
  void handle(Exception e, Context ctx) {
    boolean internal =
        !(e instanceof ApiProblem)
            && !(e instanceof SearchSyntaxException)
            && !(e instanceof HttpResponseException);
    if (internal) {
      // Why: the client is told nothing of it, so the operator must be.
      System.err.println("serve: internal error answering " + ctx.method() + " " + ctx.path());
      e.printStackTrace(System.err);
    }
    if (ctx.res().isCommitted()) {
      // Part of a streamed body (an export) has gone out, with its 200: no status can follow.
      // Ending the connection without the closing chunk makes the client see a broken transfer
      // (curl: exit 18; browsers: "download failed"), never a short file that looks whole.
      try {
        ctx.res().sendError(-1);
      } catch (java.io.IOException | IllegalStateException abortFailed) {
        e.addSuppressed(abortFailed);
      }
      return;
    }
    // A body begun but still buffered is dropped, not sent in front of the problem; and a problem
    // is no attachment, whatever the failed handler had said.
    ctx.res().resetBuffer();
    ctx.res().setHeader("Content-Disposition", null);
    if (e instanceof ApiProblem p) {
      if (p.retryAfterSeconds() > 0) {
        ctx.header("Retry-After", Long.toString(p.retryAfterSeconds()));
      }
      write(ctx, p.status(), p.title(), p.getMessage(), p.parameter());
    } else if (e instanceof SearchSyntaxException s) {
      write(ctx, 400, "Bad parameter", "parameter 'q': " + s.getMessage(), "q");
    } else if (e instanceof HttpResponseException h) {
      write(ctx, h.getStatus(), titleOf(h.getStatus()), detailOf(h.getStatus(), ctx), null);
    } else {
      // Why: internal messages can carry paths and SQL; the client gets none of it.
      write(ctx, 500, "Internal server error", "the server failed to answer " + ctx.path(), null);
    }
  }

  /** Answers an error status that no handler explained (no route, wrong method). */
  void status(Context ctx) {
    if (ctx.res().getContentType() != null && ctx.res().getContentType().startsWith(CONTENT_TYPE)) {
      return; // already a problem
    }
    int status = ctx.statusCode();
    write(ctx, status, titleOf(status), detailOf(status, ctx), null);
  }

  private void write(Context ctx, int status, String title, String detail, String parameter) {
    // Why: a detail or a path may echo a confidential value (an id or a name the caller typed).
    Caller caller = ctx.attribute(JsonResponder.CALLER);
    Redactor redactor = caller == null ? Redactor.of(java.util.List.of()) : caller.redactor();
    ObjectNode o = mapper.createObjectNode();
    o.put("type", "about:blank");
    o.put("title", title);
    o.put("status", status);
    o.put("detail", clean(detail, redactor));
    o.put("instance", clean(ctx.path(), redactor));
    if (parameter != null) {
      o.put("parameter", parameter);
    }
    try {
      ctx.status(status).contentType(CONTENT_TYPE).result(mapper.writeValueAsBytes(o));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a problem as JSON", e);
    }
  }

  /**
   * The text redacted; when it echoes a URL whose percent-encoding hides a confidential value, its
   * decoded form redacted.
   */
  private static String clean(String text, Redactor redactor) {
    String decoded;
    try {
      decoded = java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = text;
    }
    return redactor.leaks(decoded) ? redactor.redact(decoded) : redactor.redact(text);
  }

  private static String titleOf(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 429 -> "Too many requests";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 413 -> "Content too large";
      default -> status >= 500 ? "Internal server error" : "HTTP " + status;
    };
  }

  private static String detailOf(int status, Context ctx) {
    return switch (status) {
      case 404 -> "no resource at " + ctx.path();
      case 405 -> "method " + ctx.method().name() + " is not allowed on " + ctx.path();
      case 413 -> "the request body is larger than the server accepts";
      default -> status >= 500 ? "the server failed to answer " + ctx.path() : "HTTP " + status;
    };
  }
}
