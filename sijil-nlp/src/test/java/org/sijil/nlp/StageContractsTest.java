package org.sijil.nlp;

import org.junit.jupiter.api.Nested;

/** Every basic stage keeps the stage contract. */
class StageContractsTest {

  @Nested
  class Normalizer extends StageContractTest {
    @Override
    protected Stage stage() {
      return new TextNormalizer();
    }

    @Override
    protected Pipeline prerequisites() {
      return Pipeline.builder().build();
    }
  }

  @Nested
  class Tokens extends StageContractTest {
    @Override
    protected Stage stage() {
      return new Tokenizer();
    }

    @Override
    protected Pipeline prerequisites() {
      return Pipeline.builder().add(new TextNormalizer()).build();
    }
  }

  @Nested
  class Sentences extends StageContractTest {
    @Override
    protected Stage stage() {
      return new SentenceSplitter();
    }

    @Override
    protected Pipeline prerequisites() {
      return Pipeline.builder().add(new TextNormalizer()).add(new Tokenizer()).build();
    }
  }

  @Nested
  class Times extends StageContractTest {
    private final org.sijil.nlp.time.RuleTimeExpressionRecognizer recognizer =
        org.sijil.nlp.time.RuleTimeExpressionRecognizer.english();

    @Override
    protected Stage stage() {
      return new org.sijil.nlp.time.TimeStage(recognizer, java.time.LocalDate.of(2024, 3, 5));
    }

    @Override
    protected Pipeline prerequisites() {
      return Pipeline.builder().build();
    }
  }

  @Nested
  class ArabicTimes extends StageContractTest {
    private final org.sijil.nlp.time.RuleTimeExpressionRecognizer recognizer =
        org.sijil.nlp.time.RuleTimeExpressionRecognizer.arabic();

    @Override
    protected Stage stage() {
      return new org.sijil.nlp.time.TimeStage(recognizer, java.time.LocalDate.of(2024, 3, 5));
    }

    @Override
    protected Pipeline prerequisites() {
      return Pipeline.builder().build();
    }
  }

  @Nested
  class Quantities extends StageContractTest {
    @Override
    protected Stage stage() {
      return new QuantityExtractor();
    }
  }
}
