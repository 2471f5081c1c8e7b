package org.sijil.extract;

import org.sijil.nlp.Pipeline;
import org.sijil.nlp.Stage;
import org.sijil.nlp.StageContractTest;

/** The event stage keeps the stage contract. */
class EventStageContractTest extends StageContractTest {
  private static final EventExtractor EXTRACTOR = EventExtractor.english();

  @Override
  protected Stage stage() {
    return new EventStage(EXTRACTOR, null);
  }

  @Override
  protected Pipeline prerequisites() {
    return Pipeline.builder().build();
  }
}
