package org.sijil.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void aSpanEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> new Span(5, 4)).hasMessageContaining("expected end >= start");
  }

  @Test
  void aNegativeStartIsRefused() {
    assertThatThrownBy(() -> new Span(-1, 4)).hasMessageContaining("found -1");
  }

  @Test
  void ofReturnsTheCoveredText() {
    assertThat(new Span(4, 9).of("the Raqqa desert")).isEqualTo("Raqqa");
  }

  @Test
  void overlapIsHalfOpen() {
    assertThat(new Span(0, 4).overlaps(new Span(4, 8))).isFalse();
    assertThat(new Span(0, 5).overlaps(new Span(4, 8))).isTrue();
  }
}
