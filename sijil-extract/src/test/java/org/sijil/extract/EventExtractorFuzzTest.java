package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.sijil.model.event.Event;

/**
 * Jazzer fuzz target: any text (null is not a text and is refused with a NullPointerException by
 * contract) is read without an exception, and every event points into it. Under plain JUnit it runs
 * in regression mode over the inputs in {@code
 * src/test/resources/org/sijil/extract/EventExtractorFuzzTestInputs/}.
 */
class EventExtractorFuzzTest {
  private static final EventExtractor EXTRACTOR = EventExtractor.english();

  @FuzzTest
  void anyTextIsReadWithoutAnException(@NotNull String text) {
    ExtractionResult r = EXTRACTOR.extract(text, null);
    for (Event e : r.events()) {
      assertThat(e.evidence().end()).isLessThanOrEqualTo(text.length());
      assertThat(e.evidence().contains(e.trigger())).isTrue();
    }
  }
}
