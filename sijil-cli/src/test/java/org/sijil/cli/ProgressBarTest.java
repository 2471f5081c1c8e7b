package org.sijil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void aDisabledBarPrintsNothingSoPipesAndLogsStayClean() {
    StringWriter sink = new StringWriter();
    try (ProgressBar bar = new ProgressBar(new PrintWriter(sink), false, "ingest")) {
      bar.update(5, 10);
      bar.update(10, 10);
    }
    assertThat(sink.toString()).isEmpty();
  }

  @Test
  void anEnabledBarRedrawsOneLineWithCountsAndClearsItAtTheEnd() {
    StringWriter sink = new StringWriter();
    try (ProgressBar bar = new ProgressBar(new PrintWriter(sink), true, "ingest")) {
      bar.update(10, 10);
      assertThat(sink.toString()).startsWith("\r").contains("ingest").contains("10/10");
    }
    assertThat(sink.toString()).endsWith("\r").doesNotContain("\n");
  }

  @Test
  void anUnknownTotalShowsTheCountAlone() {
    StringWriter sink = new StringWriter();
    try (ProgressBar bar = new ProgressBar(new PrintWriter(sink), true, "verify")) {
      bar.update(42, 0);
      assertThat(sink.toString()).contains("verify 42").doesNotContain("[");
    }
  }
}
