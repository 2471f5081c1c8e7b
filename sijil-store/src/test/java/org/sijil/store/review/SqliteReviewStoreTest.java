package org.sijil.store.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.model.Span;
import org.sijil.store.StoreConfig;
import org.sijil.store.TickingClock;
import org.sijil.store.review.ReviewStore.QueueOrder;

class SqliteReviewStoreTest {
  private static final ItemRef EV_A = new ItemRef(ItemKind.EVENT, "aaaa#0");
  private static final ItemRef EV_B = new ItemRef(ItemKind.EVENT, "bbbb#1");
  private static final ItemRef INC = new ItemRef(ItemKind.INCIDENT, "inc-01");

  @TempDir Path dir;
  private SqliteReviewStore store;

  @BeforeEach
  void open() {
    store =
        SqliteReviewStore.open(
            StoreConfig.at(dir)
                .withClock(
                    new TickingClock(
                        Instant.parse("2026-03-01T08:00:00Z"), Duration.ofSeconds(1))));
    store.putMachine(
        List.of(
            new MachineItem(
                EV_A,
                "{\"subType\":\"Attack\",\"victim\":{\"name\":\"two farmers\",\"span\":[10,21]},"
                    + "\"counts\":{\"killed\":{\"min\":2,\"max\":2,\"span\":[30,33]}},"
                    + "\"evidence\":[0,40]}",
                0.9,
                LocalDate.parse("2025-05-02")),
            new MachineItem(EV_B, "{\"subType\":\"Arrests\",\"evidence\":[0,9]}", 0.4, null),
            new MachineItem(INC, "{\"id\":\"inc-01\"}", 0.6, LocalDate.parse("2025-06-01"))));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void theQueueHoldsUnreviewedItemsLeastSureFirstOrNewestFirst() {
    assertThat(store.queue(Optional.empty(), QueueOrder.LEAST_CONFIDENT_FIRST, 10))
        .extracting(MachineItem::ref)
        .containsExactly(EV_B, INC, EV_A);
    assertThat(store.queue(Optional.empty(), QueueOrder.NEWEST_FIRST, 10))
        .extracting(MachineItem::ref)
        .containsExactly(INC, EV_A, EV_B);
    assertThat(store.queue(Optional.of(ItemKind.INCIDENT), QueueOrder.NEWEST_FIRST, 10))
        .extracting(MachineItem::ref)
        .containsExactly(INC);

    store.record(EV_B, new ReviewChange.Confirm(), "amal", null);

    assertThat(store.queue(Optional.empty(), QueueOrder.LEAST_CONFIDENT_FIRST, 10))
        .extracting(MachineItem::ref)
        .containsExactly(INC, EV_A);
    assertThat(store.queueSize()).isEqualTo(2);
  }

  @Test
  void anEditIsANewVersionThatSetsTheFieldAndRePointsItsEvidence() {
    ReviewVersion v =
        store.record(
            EV_A,
            new ReviewChange.Edit("counts.killed.max", "3", new Span(50, 55)),
            "amal",
            "the later paragraph says three");

    assertThat(v.version()).isEqualTo(1);
    assertThat(v.beforeJson()).contains("\"max\":2");
    assertThat(v.afterJson()).contains("\"max\":3").contains("\"span\":[50,55]");
    ReviewedItem item = store.item(EV_A).orElseThrow();
    assertThat(item.status()).isEqualTo(ReviewStatus.EDITED);
    assertThat(item.currentJson()).isEqualTo(v.afterJson());
    assertThat(item.machine().json()).contains("\"max\":2");
    assertThat(store.history(EV_A)).containsExactly(v);
  }

  @Test
  void anObjectValueTakesTheSpanItselfAndATopLevelFieldMovesTheEvidence() {
    store.record(
        EV_A,
        new ReviewChange.Edit("victim", "{\"name\":\"three farmers\"}", new Span(12, 25)),
        "amal",
        null);
    ReviewVersion second =
        store.record(
            EV_A,
            new ReviewChange.Edit("subType", "\"Armed clash\"", new Span(1, 60)),
            "amal",
            null);
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.afterJson())
        .contains("\"victim\":{\"name\":\"three farmers\",\"span\":[12,25]}")
        .contains("\"subType\":\"Armed clash\"")
        .contains("\"evidence\":[1,60]");
  }

  @Test
  void reExtractionReplacesTheMachineValueButNeverTheReviewedOne() {
    ReviewVersion edit =
        store.record(
            EV_A, new ReviewChange.Edit("victim.name", "\"Person A\"", null), "amal", null);

    store.putMachine(
        List.of(
            new MachineItem(
                EV_A,
                "{\"subType\":\"Attack\",\"victim\":{\"name\":\"a farmer\"},\"evidence\":[0,40]}",
                0.95,
                LocalDate.parse("2025-05-02"))));

    ReviewedItem item = store.item(EV_A).orElseThrow();
    assertThat(item.currentJson()).isEqualTo(edit.afterJson()).contains("Person A");
    assertThat(item.machine().json()).contains("a farmer");
    assertThat(item.machineChangedSinceReview()).isTrue();
    assertThat(store.queue(Optional.empty(), QueueOrder.LEAST_CONFIDENT_FIRST, 10))
        .extracting(MachineItem::ref)
        .doesNotContain(EV_A);
  }

  @Test
  void aRejectionKeepsItsReasonAndMergesAndSplitsKeepTheirTargets() {
    store.record(EV_B, new ReviewChange.Reject("a court ruling, not an arrest"), "amal", null);
    store.record(INC, new ReviewChange.Merge(List.of("inc-02", "inc-\"3\"")), "amal", "same raid");
    store.record(INC, new ReviewChange.Split(List.of("aaaa#0")), "basil", "another day");

    assertThat(store.item(EV_B).orElseThrow().status()).isEqualTo(ReviewStatus.REJECTED);
    assertThat(store.history(EV_B).get(0).reason()).isEqualTo("a court ruling, not an arrest");
    List<ReviewVersion> h = store.history(INC);
    assertThat(h.get(0).change()).isEqualTo(new ReviewChange.Merge(List.of("inc-02", "inc-\"3\"")));
    assertThat(h.get(1).change()).isEqualTo(new ReviewChange.Split(List.of("aaaa#0")));
    assertThat(h.get(1).reviewer()).isEqualTo("basil");
    assertThat(store.item(INC).orElseThrow().status()).isEqualTo(ReviewStatus.SPLIT);
  }

  @Test
  void reviewedIdsAreTheItemsOfAKindWithAVersionAndOnlyThose() {
    assertThat(store.reviewedIds(ItemKind.EVENT)).isEmpty();
    store.record(EV_B, new ReviewChange.Reject("not an arrest"), "amal", null);
    store.record(INC, new ReviewChange.Merge(List.of("inc-02")), "amal", null);
    store.record(EV_B, new ReviewChange.Confirm(), "basil", null);

    assertThat(store.reviewedIds(ItemKind.EVENT)).containsExactly(EV_B.id());
    assertThat(store.reviewedIds(ItemKind.INCIDENT)).containsExactly(INC.id());
  }

  @Test
  void badEditsAreRefusedAndLeaveNoVersion() {
    assertThatThrownBy(
            () ->
                store.record(
                    EV_A, new ReviewChange.Edit("victim.name", "not json", null), "amal", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected valid JSON for the new value of victim.name");
    assertThatThrownBy(() -> new ReviewChange.Edit("$.x')", "1", null))
        .hasMessageContaining("expected a field path");
    assertThatThrownBy(
            () ->
                store.record(
                    new ItemRef(ItemKind.EVENT, "zz#9"), new ReviewChange.Confirm(), "amal", null))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("zz#9");
    assertThat(store.history(EV_A)).isEmpty();
  }

  @Test
  void anEditMayAddAFieldTheMachineLeftOut() {
    ReviewVersion v =
        store.record(
            EV_B,
            new ReviewChange.Edit("victim.name", "\"a journalist\"", new Span(2, 14)),
            "amal",
            null);
    assertThat(v.afterJson()).contains("\"victim\":{\"name\":\"a journalist\",\"span\":[2,14]}");
  }

  @Test
  void versionsCannotBeChangedInTheDatabase() throws SQLException {
    store.record(EV_B, new ReviewChange.Confirm(), "amal", null);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sijil.db"));
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("UPDATE review_versions SET reviewer = 'eve'"))
          .hasMessageContaining("append-only");
    }
  }
}
