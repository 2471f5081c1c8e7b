package org.sijil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.model.OffsetMap;
import org.sijil.model.doc.Sha256;

class ValueTypesTest {
  private static final Sha256 A = Sha256.of(new byte[] {1});
  private static final Sha256 B = Sha256.of(new byte[] {2});

  @Test
  void aQueryRejectsABackwardsDateRangeNamingBothDates() {
    assertThatThrownBy(
            () ->
                DocumentQuery.all()
                    .withPublished(LocalDate.of(2019, 5, 2), LocalDate.of(2019, 5, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expected publishedFrom on or before publishedTo, found 2019-05-02 after 2019-05-01");
  }

  @Test
  void aQueryRejectsABlankSourceAndBadPaging() {
    assertThatThrownBy(() -> DocumentQuery.all().withSource(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> DocumentQuery.all().withPage(0, 0))
        .hasMessage("expected limit >= 1, found 0");
    assertThatThrownBy(() -> DocumentQuery.all().withPage(10, -1))
        .hasMessage("expected offset >= 0, found -1");
  }

  @Test
  void theAllQueryHasNoFilters() {
    DocumentQuery all = DocumentQuery.all();

    assertThat(all.source()).isNull();
    assertThat(all.publishedFrom()).isNull();
    assertThat(all.publishedTo()).isNull();
    assertThat(all.language()).isNull();
    assertThat(all.offset()).isZero();
    assertThat(all.limit()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void aConfigRejectsANonPositiveBusyTimeoutAndNamesTheDatabaseFile() {
    StoreConfig config = StoreConfig.at(Path.of("sijil-data"));

    assertThat(config.databaseFile()).isEqualTo(Path.of("sijil-data", "sijil.db"));
    assertThatThrownBy(() -> config.withBusyTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a busy timeout between 1 ms");
    assertThatThrownBy(() -> config.withBusyTimeout(Duration.ofDays(30)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStoredDocumentHasAPreviousVersionExactlyWhenItIsNotTheFirst() {
    var metadata = IncomingDocumentBuilder.plain("x").metadata();
    Instant now = Instant.EPOCH;

    assertThatThrownBy(() -> new StoredDocument(A, metadata, null, OffsetMap.identity(), B, 1, now))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found version 1 with previous " + B);
    assertThatThrownBy(
            () -> new StoredDocument(A, metadata, null, OffsetMap.identity(), null, 2, now))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new StoredDocument(A, metadata, "x", OffsetMap.identity(), B, 2, now).hasText())
        .isTrue();
  }

  @Test
  void aNewVersionCannotBeItsOwnPrevious() {
    assertThatThrownBy(() -> new PutResult.NewVersion(A, A))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found both " + A);
  }

  @Test
  void aVerifyReportCopiesItsMismatchesAndCannotHaveMoreThanItChecked() {
    var mismatch = new VerifyReport.Mismatch(A, B.hex(), "differs");

    assertThat(new VerifyReport(1, new java.util.ArrayList<>(List.of(mismatch))).mismatches())
        .isUnmodifiable();
    assertThatThrownBy(() -> new VerifyReport(0, List.of(mismatch)))
        .hasMessage("expected at most 0 mismatches, found 1");
  }
}
