package org.sijil.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QueryRecordsTest {
  @Test
  void everyFacetIsFoundByItsKeyAndAnUnknownKeyListsTheKnownOnes() {
    for (Facet f : Facet.values()) {
      assertThat(Facet.fromKey(f.key().toUpperCase())).isEqualTo(f);
    }
    assertThatThrownBy(() -> Facet.fromKey("colour"))
        .hasMessage(
            "expected one of [type, subtype, tag, actor, country, admin1, source, grade, year],"
                + " found \"colour\"");
  }

  @Test
  void aBoundingBoxParsesFromTextAndRefusesSouthAboveNorth() {
    assertThat(BoundingBox.parse("35.5, 38.5,36.5,40"))
        .isEqualTo(new BoundingBox(35.5, 38.5, 36.5, 40));
    assertThatThrownBy(() -> BoundingBox.parse("1,2,3"))
        .hasMessageContaining("expected a bounding box S,W,N,E");
    assertThatThrownBy(() -> new BoundingBox(37, 38, 36, 40))
        .hasMessageContaining("expected south <= north");
    assertThatThrownBy(() -> new BoundingBox(35, 190, 36, 40))
        .hasMessageContaining("expected west longitude in [-180, 180], found 190.0");
  }

  @Test
  void aBoxAcrossTheDatelineContainsPointsOnBothSides() {
    BoundingBox box = new BoundingBox(-10, 170, 10, -170);
    assertThat(box.contains(0, 175)).isTrue();
    assertThat(box.contains(0, -175)).isTrue();
    assertThat(box.contains(0, 0)).isFalse();
  }

  @Test
  void nearRefusesANonPositiveRadiusAndMeasuresKnownDistances() {
    assertThatThrownBy(() -> new Near(35, 39, 0))
        .hasMessage("expected a radius in km > 0, found 0.0");
    // One degree of latitude is about 111.2 km.
    assertThat(new Near(35, 39, 1).distanceKm(36, 39)).isBetween(111.0, 111.4);
  }

  @Test
  void aQueryRefusesAnEndBeforeItsStartAndAnOversizedPage() {
    assertThatThrownBy(
            () ->
                EventQuery.builder()
                    .from(LocalDate.of(2020, 1, 2))
                    .to(LocalDate.of(2020, 1, 1))
                    .build())
        .hasMessageContaining("found 2020-01-01");
    assertThatThrownBy(() -> EventQuery.builder().limit(10_001).build())
        .hasMessage("expected a limit in [0, 10000], found 10001");
  }

  @Test
  void filtersWithNoValuesAreDroppedAndBlankTextIsNone() {
    EventQuery q = EventQuery.builder().text("  ").filter(Facet.TAG, java.util.Set.of()).build();
    assertThat(q.text()).isNull();
    assertThat(q.filters()).isEmpty();
  }
}
