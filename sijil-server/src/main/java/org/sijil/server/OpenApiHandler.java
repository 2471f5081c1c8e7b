package org.sijil.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code /openapi}: the OpenAPI 3.1 document of this API, maintained as {@code openapi.json}. */
final class OpenApiHandler {
  static final String RESOURCE = "openapi.json";

  private final JsonResponder json;
  private final JsonNode document;

  OpenApiHandler(JsonResponder json) {
    this.json = json;
    this.document = read(json);
  }

  static JsonNode read(JsonResponder json) {
    try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("expected the resource " + RESOURCE + ", found none");
      }
      return json.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** GET /openapi. */
  void document(Context ctx) {
    json.send(ctx, document);
  }
}
