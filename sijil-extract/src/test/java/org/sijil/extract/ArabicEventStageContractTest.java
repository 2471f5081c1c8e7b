package org.sijil.extract;

import java.time.LocalDate;
import org.sijil.nlp.Pipeline;
import org.sijil.nlp.Stage;
import org.sijil.nlp.StageContractTest;
import org.sijil.nlp.time.RuleTimeExpressionRecognizer;

/** The event stage keeps the stage contract with the Arabic rules and Arabic dates too. */
class ArabicEventStageContractTest extends StageContractTest {
  private static final EventExtractor EXTRACTOR =
      EventExtractor.builder()
          .language(org.sijil.model.doc.Language.ARABIC)
          .timeRecognizer(RuleTimeExpressionRecognizer.arabic())
          .build();

  @Override
  protected Stage stage() {
    return new EventStage(EXTRACTOR, LocalDate.of(2023, 3, 15));
  }

  @Override
  protected Pipeline prerequisites() {
    return Pipeline.builder().build();
  }
}
