package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The event reader's test for text in capitals (the count itself: LetterCaseTest in sijil-nlp). */
class MostlyUpperCaseTest {

  @Test
  void fourCapitalsToASmallLetterAreUpperCaseText() {
    // 40 capitals, 10 small letters: more than three to one.
    String text = "ABCD".repeat(10) + "a".repeat(10);
    assertThat(DocumentReader.mostlyUpperCase(text)).isTrue();
    assertThat(DocumentReader.mostlyUpperCase("ABC".repeat(10) + "a".repeat(10))).isFalse();
  }
}
