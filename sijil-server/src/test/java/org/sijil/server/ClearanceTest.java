package org.sijil.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.model.doc.MediaType;
import org.sijil.server.core.IncidentPipeline;
import org.sijil.store.DocumentStore;
import org.sijil.store.SqliteDocumentStore;
import org.sijil.store.StoreConfig;
import org.sijil.store.account.Clearance;
import org.sijil.store.account.Role;
import org.sijil.store.sensitivity.ConfidentialKind;
import org.sijil.store.sensitivity.SqliteSensitivityStore;

/** Clearance per user: granted to one viewer, withheld from one analyst, the role's otherwise. */
class ClearanceTest {
  private static final String WITNESS = "Zirvan Qallush";

  @TempDir Path dir;

  @Test
  void aGrantedViewerSeesConfidentialValuesAndAWithheldAnalystDoesNot() throws Exception {
    try (DocumentStore store = SqliteDocumentStore.open(StoreConfig.at(dir))) {
      store.put(
          TestRecord.doc(
              "witness-1",
              "Valley Herald",
              LocalDate.of(2024, 4, 2),
              "Gunmen abducted two teachers near Raqqa on 1 April 2024, according to witness "
                  + WITNESS
                  + ".",
              MediaType.TEXT_PLAIN));
      new IncidentPipeline().resolve(store);
    }
    try (SqliteSensitivityStore marks = SqliteSensitivityStore.open(StoreConfig.at(dir))) {
      marks.mark(WITNESS, ConfidentialKind.values()[0], "test");
    }
    String viewer = TestAccounts.token(dir, "lawyer", Role.VIEWER);
    String otherViewer = TestAccounts.token(dir, "visitor", Role.VIEWER);
    String analyst = TestAccounts.token(dir, "volunteer", Role.ANALYST);
    String otherAnalyst = TestAccounts.token(dir, "senior", Role.ANALYST);
    setClearance("lawyer", Clearance.GRANTED);
    setClearance("volunteer", Clearance.WITHHELD);

    try (SijilServer server =
        SijilServer.builder()
            .dataDir(dir)
            .port(0)
            .trustSettings(TestAccounts.FAST)
            .build()
            .start()) {
      String path = "/api/v1/documents/witness-1";
      assertThat(TestHttp.call(server, "GET", path, viewer, null).body()).contains(WITNESS);
      assertThat(TestHttp.call(server, "GET", path, otherAnalyst, null).body()).contains(WITNESS);
      assertThat(TestHttp.call(server, "GET", path, otherViewer, null).body())
          .doesNotContain(WITNESS)
          .contains("[redacted]");
      assertThat(TestHttp.call(server, "GET", path, analyst, null).body())
          .doesNotContain(WITNESS)
          .contains("[redacted]");
      // The caller's permissions say so too.
      assertThat(TestHttp.call(server, "GET", "/api/v1/session", viewer, null).body())
          .contains("read_confidential");
      assertThat(TestHttp.call(server, "GET", "/api/v1/session", analyst, null).body())
          .doesNotContain("read_confidential");
    }
  }

  private void setClearance(String name, Clearance clearance) {
    TestAccounts.with(dir, accounts -> accounts.setClearance("test", name, clearance));
  }
}
