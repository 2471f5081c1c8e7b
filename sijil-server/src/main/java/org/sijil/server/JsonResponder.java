package org.sijil.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/**
 * The one place a JSON body leaves the server. Every JSON response passes through {@link #redact},
 * the seam where fields a caller may not see will be removed once accounts and roles exist; today
 * the anonymous local caller sees everything. Thread-safe.
 */
final class JsonResponder {
  static final String CALLER = "sijil.caller";

  private final ObjectMapper mapper = new ObjectMapper();

  ObjectMapper mapper() {
    return mapper;
  }

  /** Writes {@code body} as the response, status 200, after redaction for the request's caller. */
  void send(Context ctx, JsonNode body) {
    send(ctx, body, "application/json");
  }

  void send(Context ctx, JsonNode body, String contentType) {
    JsonNode out = redact(caller(ctx), body);
    try {
      ctx.contentType(contentType + "; charset=utf-8").result(mapper.writeValueAsBytes(out));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON response for " + ctx.path(), e);
    }
  }

  /**
   * What of {@code body} the caller may see: all of it for a caller with clearance, else every
   * confidential value, in any string or object key, replaced by the redaction marker.
   */
  JsonNode redact(Caller caller, JsonNode body) {
    return caller.canReadAll() ? body : caller.redactor().redact(body);
  }

  static Caller caller(Context ctx) {
    Caller c = ctx.attribute(CALLER);
    if (c == null) {
      throw new IllegalStateException(
          "expected the caller set by the before-handler for " + ctx.path() + ", found none");
    }
    return c;
  }
}
