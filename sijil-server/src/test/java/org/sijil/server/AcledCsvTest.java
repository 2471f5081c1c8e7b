package org.sijil.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcledCsvTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "=SUM(A1)|'=SUM(A1)",
        "+1 555|'+1 555",
        "-2+3|'-2+3",
        "@cmd|'@cmd",
        "Raqqa|Raqqa",
        "a=b|a=b"
      })
  void aCellThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe(String in, String out) {
    assertThat(AcledCsv.text(in)).isEqualTo(out);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"plain|plain", "a,b|\"a,b\"", "say \"hi\"|\"say \"\"hi\"\"\""})
  void cellsWithCommasOrQuotesAreQuotedAsRfc4180Says(String in, String out) {
    assertThat(AcledCsv.quote(in)).isEqualTo(out);
  }
}
