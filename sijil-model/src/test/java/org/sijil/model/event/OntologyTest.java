package org.sijil.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sijil.model.Provenance;
import org.sijil.model.Span;

class OntologyTest {

  @Test
  void thereAreTwentyFiveSubTypesWithDistinctLabelsSpreadOverSixTypes() {
    assertThat(SubEventType.values()).hasSize(25);
    assertThat(Arrays.stream(SubEventType.values()).map(SubEventType::label).distinct())
        .hasSize(25);
    assertThat(Arrays.stream(SubEventType.values()).map(SubEventType::type).distinct())
        .containsExactlyInAnyOrder(EventType.values());
  }

  @Test
  void labelsRoundTripAndAnUnknownLabelIsNamedInTheError() {
    for (SubEventType t : SubEventType.values()) {
      assertThat(SubEventType.fromLabel(t.label())).isEqualTo(t);
    }
    assertThat(SubEventType.fromLabel("remote explosive/landmine/IED"))
        .isEqualTo(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    assertThatThrownBy(() -> SubEventType.fromLabel("Bombing"))
        .hasMessageContaining("found \"Bombing\"");
  }

  @Test
  void aTriggerOutsideTheEvidenceIsRejected() {
    assertThatThrownBy(
            () ->
                new Event(
                    SubEventType.ATTACK,
                    Set.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    Map.of(),
                    new Span(0, 10),
                    new Span(8, 12),
                    0.5,
                    null,
                    Certainty.ASSERTED,
                    new Provenance("test", "1")))
        .hasMessageContaining("expected the trigger inside the evidence");
  }

  @Test
  void tagIdsAreTheLowerCaseNames() {
    assertThat(Tag.fromId("prison_break")).isEqualTo(Tag.PRISON_BREAK);
    assertThat(Tag.HOSTAGE_TAKING.id()).isEqualTo("hostage_taking");
  }

  @Test
  void aPlaceGetsCoordinatesWithoutLosingItsMention() {
    PlaceRef p = PlaceRef.named("Tabqa", new Span(3, 8));
    assertThat(p.isResolved()).isFalse();
    PlaceRef r = p.withCoordinates(35.8, 38.5, "SY", "Ar-Raqqah", 1);
    assertThat(r.isResolved()).isTrue();
    assertThat(r.span()).isEqualTo(new Span(3, 8));
  }
}
