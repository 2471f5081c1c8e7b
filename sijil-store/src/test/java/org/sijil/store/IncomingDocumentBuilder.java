package org.sijil.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.sijil.model.OffsetMap;
import org.sijil.model.Provenance;
import org.sijil.model.doc.DateSource;
import org.sijil.model.doc.DocumentMetadata;
import org.sijil.model.doc.ExtractedText;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.Language;
import org.sijil.model.doc.MediaType;

/** Builds plain-text test documents whose text is their own original. Not thread-safe. */
final class IncomingDocumentBuilder {
  private String body;
  private String externalId;
  private String source = "Test Gazette";
  private String url;
  private LocalDate published;
  private Language language = Language.ENGLISH;

  private IncomingDocumentBuilder(String body) {
    this.body = body;
  }

  static IncomingDocumentBuilder text(String body) {
    return new IncomingDocumentBuilder(body);
  }

  static IncomingDocument plain(String body) {
    return text(body).build();
  }

  IncomingDocumentBuilder externalId(String id) {
    this.externalId = id;
    return this;
  }

  IncomingDocumentBuilder source(String name) {
    this.source = name;
    return this;
  }

  IncomingDocumentBuilder url(String address) {
    this.url = address;
    return this;
  }

  IncomingDocumentBuilder published(LocalDate date) {
    this.published = date;
    return this;
  }

  IncomingDocumentBuilder language(Language lang) {
    this.language = lang;
    return this;
  }

  IncomingDocument build() {
    DocumentMetadata metadata =
        new DocumentMetadata(
            externalId,
            source,
            url,
            "test:" + Integer.toHexString(body.hashCode()),
            "A title",
            "A. Writer",
            published,
            published == null ? DateSource.UNKNOWN : DateSource.COMMAND_LINE,
            Instant.parse("2026-03-04T05:06:07.123456789Z"),
            language,
            MediaType.TEXT_PLAIN);
    return IncomingDocument.of(
        body.getBytes(StandardCharsets.UTF_8),
        metadata,
        new ExtractedText(body, OffsetMap.identity(), new Provenance("plain-text", "test@1")));
  }
}
