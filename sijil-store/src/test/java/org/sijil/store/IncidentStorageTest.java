package org.sijil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.Sha256;
import org.sijil.model.incident.EventKey;
import org.sijil.store.bench.SyntheticDocuments;

class IncidentStorageTest {
  @TempDir Path dir;
  private SqliteDocumentStore store;
  private IncomingDocument a;
  private IncomingDocument b;

  @BeforeEach
  void open() {
    store = SqliteDocumentStore.open(StoreConfig.at(dir));
    a = SyntheticDocuments.generate(new Random(1), "a", 100);
    b = SyntheticDocuments.generate(new Random(2), "b", 100);
    store.putAll(List.of(a, b));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aNearDuplicateLinkIsStoredAndReplacedForTheSameCopy() {
    store.putNearDuplicate(new NearDuplicate(b.sha256(), a.sha256(), 0.7));
    store.putNearDuplicate(new NearDuplicate(b.sha256(), a.sha256(), 0.9));

    assertThat(store.nearDuplicates())
        .containsExactly(new NearDuplicate(b.sha256(), a.sha256(), 0.9));
  }

  @Test
  void aNearDuplicateLinkToAnUnknownDocumentIsRefused() {
    Sha256 missing = new Sha256("c".repeat(64));

    assertThatThrownBy(() -> store.putNearDuplicate(new NearDuplicate(missing, a.sha256(), 0.8)))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining(missing.hex());
    assertThat(store.nearDuplicates()).isEmpty();
  }

  @Test
  void incidentsAreReplacedAsAWholeAndKeepTheirMembers() {
    EventKey a0 = new EventKey(a.sha256().hex(), 0);
    EventKey b0 = new EventKey(b.sha256().hex(), 0);
    store.replaceIncidents(
        List.of(
            new StoredIncident("inc-1", List.of(a0), "{\"n\":1}"),
            new StoredIncident("inc-2", List.of(b0), "{\"n\":2}")));

    store.replaceIncidents(List.of(new StoredIncident("inc-3", List.of(a0, b0), "{\"n\":3}")));

    assertThat(store.incidents())
        .containsExactly(new StoredIncident("inc-3", List.of(a0, b0), "{\"n\":3}"));
    assertThat(store.incident("inc-1")).isEmpty();
    assertThat(store.incident("inc-3").orElseThrow().events()).containsExactly(a0, b0);
  }

  @Test
  void anEventInTwoIncidentsIsRefusedAndTheOldIncidentsStay() {
    EventKey a0 = new EventKey(a.sha256().hex(), 0);
    store.replaceIncidents(List.of(new StoredIncident("inc-1", List.of(a0), "{}")));

    assertThatThrownBy(
            () ->
                store.replaceIncidents(
                    List.of(
                        new StoredIncident("inc-2", List.of(a0), "{}"),
                        new StoredIncident("inc-3", List.of(a0), "{}"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(a0.toString());
    assertThat(store.incidents()).extracting(StoredIncident::id).containsExactly("inc-1");
  }

  @Test
  void operationsAreAppendedInOrderAndNumberedFromOne() {
    assertThat(store.appendIncidentOperation("{\"op\":\"split\"}")).isEqualTo(1);
    assertThat(store.appendIncidentOperation("{\"op\":\"undo\",\"operation\":1}")).isEqualTo(2);

    assertThat(store.incidentOperations())
        .containsExactly("{\"op\":\"split\"}", "{\"op\":\"undo\",\"operation\":1}");
    assertThatThrownBy(() -> store.appendIncidentOperation("{not json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected valid JSON");
  }
}
