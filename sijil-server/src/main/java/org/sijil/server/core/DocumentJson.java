package org.sijil.server.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sijil.model.doc.DocumentMetadata;
import org.sijil.store.StoredDocument;

/**
 * Writes stored documents as lines of the JSONL document format (docs/jsonl-format.md), so that an
 * export can be ingested again. Thread-safe.
 */
public final class DocumentJson {
  private final ObjectMapper mapper = new ObjectMapper();

  /** One document as a JSON object; {@code text} included when known. */
  public ObjectNode toJson(StoredDocument doc) {
    DocumentMetadata m = doc.metadata();
    ObjectNode o = mapper.createObjectNode();
    o.put("id", m.externalId() != null ? m.externalId() : doc.id().hex());
    o.put("sha256", doc.id().hex());
    putIfPresent(o, "url", m.url());
    putIfPresent(o, "title", m.title());
    putIfPresent(o, "source", m.source());
    putIfPresent(o, "author", m.author());
    if (m.published() != null) {
      o.put("published", m.published().toString());
      o.put("publishedFrom", m.publishedFrom().name().toLowerCase(java.util.Locale.ROOT));
    }
    o.put("language", m.language().code());
    if (!ExtractionScope.covers(m.language())) {
      o.put("extractionNotice", ExtractionScope.notice(m.language()));
    }
    o.put("mediaType", m.mediaType().mime());
    o.put("origin", m.origin());
    o.put("retrievedAt", m.retrievedAt().toString());
    o.put("version", doc.version());
    if (doc.previousVersion() != null) {
      o.put("previousVersion", doc.previousVersion().hex());
    }
    if (doc.text() != null) {
      o.put("text", doc.text());
    }
    return o;
  }

  public String line(StoredDocument doc) {
    try {
      return mapper.writeValueAsString(toJson(doc));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write document " + doc.id() + " as JSON", e);
    }
  }

  private static void putIfPresent(ObjectNode o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }
}
