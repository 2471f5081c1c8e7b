package org.sijil.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.sijil.server.core.IncidentPipeline;
import org.sijil.store.DocumentStore;
import org.sijil.store.SqliteDocumentStore;
import org.sijil.store.StoreConfig;

/** A small data directory written for these tests: own report texts, resolved into incidents. */
final class TestRecord {
  /** An external id whose text carries script payloads. */
  static final String HOSTILE = "hostile-1";

  static final String HOSTILE_TEXT =
      "<script>window.pwned=1</script> Gunmen <img src=x onerror=\"window.pwned=2\"> shot"
          + " two farmers in the village of Tell Abyad on 3 March 2024. <a"
          + " href=\"javascript:window.pwned=3\">more</a>";

  private TestRecord() {}

  static void write(Path dir) {
    try (DocumentStore store = SqliteDocumentStore.open(StoreConfig.at(dir))) {
      store.put(
          doc(
              "report-1",
              "Valley Herald",
              LocalDate.of(2024, 3, 5),
              "An airstrike hit a market in Raqqa on 4 March 2024, killing five civilians,"
                  + " the Valley Herald learned from residents.",
              MediaType.TEXT_PLAIN));
      store.put(
          doc(
              "report-2",
              "River Post",
              LocalDate.of(2024, 3, 6),
              "Five civilians were killed when an airstrike struck a market in Raqqa on 4 March"
                  + " 2024, according to local witnesses.",
              MediaType.TEXT_PLAIN));
      store.put(
          doc(
              "report-3",
              "Valley Herald",
              LocalDate.of(2024, 5, 20),
              "Hundreds of people protested peacefully in Hasakah on 19 May 2024 against rising"
                  + " bread prices.",
              MediaType.TEXT_PLAIN));
      store.put(
          doc(
              HOSTILE,
              "=cmd|' /C calc'!A0",
              LocalDate.of(2024, 3, 4),
              HOSTILE_TEXT,
              MediaType.TEXT_HTML));
      new IncidentPipeline().resolve(store);
    }
  }

  static IncomingDocument doc(
      String id, String source, LocalDate published, String body, MediaType type) {
    DocumentMetadata metadata =
        new DocumentMetadata(
            id,
            source,
            "https://example.org/" + id,
            "test:" + id,
            "Report " + id,
            null,
            published,
            DateSource.COMMAND_LINE,
            Instant.parse("2024-06-01T00:00:00Z"),
            Language.ENGLISH,
            type);
    return IncomingDocument.of(
        body.getBytes(StandardCharsets.UTF_8),
        metadata,
        new ExtractedText(body, OffsetMap.identity(), new Provenance("plain-text", "test@1")));
  }
}
