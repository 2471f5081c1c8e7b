package org.sijil.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.sijil.model.audit.TreeHead;
import org.sijil.store.audit.AuditAction;
import org.sijil.store.audit.SignedTreeHead;
import org.sijil.store.sensitivity.ConfidentialKind;
import org.sijil.store.sensitivity.ConfidentialValue;

/**
 * {@code /api/v1/confidential}: values an admin marks confidential; {@code /api/v1/audit/head}: the
 * audit log's current tree head for a third party to hold. Thread-safe.
 */
final class TrustHandler {
  private final TrustServices trust;
  private final JsonResponder json;

  TrustHandler(TrustServices trust, JsonResponder json) {
    this.trust = trust;
    this.json = json;
  }

  /** GET /api/v1/confidential: the marked values (only callers who may mark them see this). */
  void marks(Context ctx) {
    ObjectNode out = json.mapper().createObjectNode();
    ArrayNode values = out.putArray("values");
    for (ConfidentialValue v : trust.sensitivity().values()) {
      ObjectNode o = values.addObject();
      o.put("id", v.id());
      o.put("kind", v.kind().id());
      o.put("value", v.value());
      o.put("markedBy", v.markedBy());
      o.put("at", v.at().toString());
    }
    json.send(ctx, out);
  }

  /** POST /api/v1/confidential {"value", "kind"}: marks a value; audited by id, never by value. */
  void mark(Context ctx) {
    JsonNode body = AuthHandler.jsonBody(ctx, json);
    String value = body.path("value").asText("");
    if (value.isBlank()) {
      throw ApiProblem.badBody("a \"value\" to mark confidential", "none");
    }
    ConfidentialKind kind;
    try {
      kind = ConfidentialKind.fromId(body.path("kind").asText("other"));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badBody(
          "\"kind\" victim, detainee, witness or other", body.path("kind").toString());
    }
    Caller caller = JsonResponder.caller(ctx);
    ConfidentialValue v = trust.sensitivity().mark(value, kind, caller.name());
    trust.audit(
        caller,
        AuditAction.CONFIDENTIAL_MARK,
        "confidential:" + v.id(),
        "{\"kind\":\"" + v.kind().id() + "\"}");
    ObjectNode out = json.mapper().createObjectNode();
    out.put("id", v.id());
    out.put("kind", v.kind().id());
    ctx.status(201);
    json.send(ctx, out);
  }

  /** GET /api/v1/audit/head: size, root and time of the audit log. */
  void auditHead(Context ctx) {
    SignedTreeHead signed = trust.auditLog().signedHead();
    TreeHead h = signed.head();
    ObjectNode out = json.mapper().createObjectNode();
    out.put("size", h.size());
    out.put("root", h.root().hex());
    out.put("time", h.time().toString());
    out.put("hashing", "RFC 6962, SHA-256");
    out.put("signature", signed.signature());
    out.put("publicKey", signed.publicKey());
    out.put("signatureAlgorithm", "Ed25519");
    json.send(ctx, out);
  }
}
