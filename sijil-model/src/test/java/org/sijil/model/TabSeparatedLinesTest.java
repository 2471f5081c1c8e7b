package org.sijil.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TabSeparatedLinesTest {
  private static final List<String> COLUMNS = List.of("code", "count", "day");

  private static List<TabSeparatedLines.Line> lines(String text) throws IOException {
    List<TabSeparatedLines.Line> out = new ArrayList<>();
    TabSeparatedLines.read(new StringReader(text), "t.tsv", COLUMNS, out::add);
    return out;
  }

  @Test
  void dataLinesArriveWithTheirNumbersAndCommentsAndBlankLinesAreSkipped() throws IOException {
    List<TabSeparatedLines.Line> got =
        lines("# header\nSY\t3\t2024-01-02\n\n  \nIQ\t\t2024-02-03\n");
    assertThat(got).extracting(TabSeparatedLines.Line::number).containsExactly(2, 5);
    assertThat(got.get(0).fields()).containsExactly("SY", "3", "2024-01-02");
    // Empty fields are kept, so a column never shifts.
    assertThat(got.get(1).field(1)).isEmpty();
  }

  @Test
  void aLineWithAnotherNumberOfFieldsIsRefusedNamingTheSourceLineAndColumns() {
    assertThatThrownBy(() -> lines("SY\t3\t2024-01-02\nIQ\t4\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.tsv line 2: expected 3 tab-separated fields (code, count, day), found 2");
  }

  @Test
  void whatTheHandlerRefusesIsReportedWithTheLineOnce() {
    assertThatThrownBy(
            () ->
                TabSeparatedLines.read(
                    new StringReader("# c\nSY\tx\t2024-01-02\n"),
                    "t.tsv",
                    COLUMNS,
                    line -> Integer.parseInt(line.field(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("t.tsv line 2: ")
        .hasMessageContaining("\"x\"")
        .hasCauseInstanceOf(NumberFormatException.class);
    assertThatThrownBy(
            () ->
                TabSeparatedLines.read(
                    new StringReader("SY\t1\t2024-13-02\n"),
                    "t.tsv",
                    COLUMNS,
                    line -> LocalDate.parse(line.field(2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("t.tsv line 1: ");
    assertThatThrownBy(
            () ->
                TabSeparatedLines.read(
                    new StringReader("SY\t1\t2024-01-02\n"),
                    "t.tsv",
                    COLUMNS,
                    line -> {
                      throw line.error("expected IQ, found SY");
                    }))
        .hasMessage("t.tsv line 1: expected IQ, found SY");
  }
}
