package org.sijil.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.time.LocalDate;
import org.sijil.model.Span;
import org.sijil.model.event.Event;
import org.sijil.model.time.TimeExpression;
import org.sijil.resolve.geo.Toponym;

/**
 * Jazzer fuzz target for the integrated pipeline users run (events, time expressions, places): any
 * text is read without an exception, with or without a publication date, and every span points into
 * the text and covers what it says. Under plain JUnit it runs in regression mode over the inputs in
 * {@code src/test/resources/org/sijil/resolve/ReportExtractorFuzzTestInputs/}; with {@code
 * JAZZER_FUZZ=1} it fuzzes.
 */
class ReportExtractorFuzzTest {
  private static final ReportExtractor EXTRACTOR = ReportExtractor.bundled();
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  @FuzzTest(maxDuration = "30s")
  void anyTextIsExtractedWithoutAnExceptionAndEverySpanPointsIntoIt(
      @NotNull String text, boolean dated) {
    ReportExtraction x = EXTRACTOR.extract(text, dated ? LocalDate.of(2024, 3, 5) : null, TODAY);
    for (Event e : x.events()) {
      inside(text, e.evidence());
      if (e.location() != null && e.location().span() != null) {
        inside(text, e.location().span());
      }
    }
    for (Toponym t : x.places()) {
      inside(text, t.span());
      assertThat(t.span().of(text)).isEqualTo(t.text());
    }
    for (TimeExpression t : x.times()) {
      inside(text, t.span());
      assertThat(t.span().of(text)).isEqualTo(t.text());
    }
  }

  private static void inside(String text, Span s) {
    assertThat(s.start()).isBetween(0, s.end());
    assertThat(s.end()).isLessThanOrEqualTo(text.length());
  }
}
