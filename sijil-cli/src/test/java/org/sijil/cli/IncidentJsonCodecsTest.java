package org.sijil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sijil.extract.EventExtractor;
import org.sijil.model.event.Event;
import org.sijil.model.incident.AnalystOperation;
import org.sijil.model.incident.EventKey;
import org.sijil.nlp.time.RuleTimeExpressionRecognizer;
import org.sijil.server.core.EventJson;
import org.sijil.server.core.OperationJson;

class IncidentJsonCodecsTest {
  private static final Instant AT = Instant.parse("2026-11-22T04:00:00Z");

  @Test
  void extractedEventsRoundTripThroughTheirJsonExactly() {
    String text =
        "Turkish artillery shelled the village of Tal Tamr on Wednesday, killing two civilians"
            + " and injuring five, the Syrian Observatory said. Gunmen abducted a teacher in"
            + " Shaddadi on Tuesday. Militants set fire to a bakery in Raqqa on Monday.";
    List<Event> events =
        EventExtractor.builder()
            .timeRecognizer(RuleTimeExpressionRecognizer.english())
            .build()
            .extract(text, LocalDate.of(2024, 3, 7))
            .events();
    EventJson json = new EventJson();

    List<Event> back = json.read(json.write(events));

    assertThat(events).isNotEmpty();
    assertThat(events).anySatisfy(e -> assertThat(e.target()).isNotNull());
    assertThat(back).isEqualTo(events);
  }

  @Test
  void anEventsResultWithoutTheEventsArrayIsRefused() {
    assertThatThrownBy(() -> new EventJson().read("{\"items\": []}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected an \"events\" array");
  }

  @Test
  void analystOperationsRoundTripThroughTheLogJson() {
    OperationJson json = new OperationJson();
    EventKey a = new EventKey("a".repeat(64), 0);
    EventKey b = new EventKey("b".repeat(64), 2);
    List<AnalystOperation> ops =
        List.of(
            new AnalystOperation.Split(Set.of(a), "ana", AT),
            new AnalystOperation.Merge(Set.of(a, b), "ana", AT),
            new AnalystOperation.Undo(1, "ben", AT));

    for (AnalystOperation op : ops) {
      assertThat(json.read(json.write(op))).isEqualTo(op);
    }
    assertThatThrownBy(
            () -> json.read("{\"op\": \"delete\", \"analyst\": \"x\", \"at\": \"" + AT + "\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected op split, merge or undo");
  }
}
