package org.sijil.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OffsetMapTest {

  @Test
  void identityMapsEveryOffsetToItself() {
    assertThat(OffsetMap.identity().toSource(17)).isEqualTo(17);
    assertThat(OffsetMap.builder().build()).isSameAs(OffsetMap.identity());
  }

  @Test
  void removedMarkupShiftsLaterOffsets() {
    // source "<b>ab</b>c" -> derived "abc": a at 3, b at 4, c at 9
    OffsetMap m = OffsetMap.builder().add(0, 3).add(2, 9).build();
    assertThat(m.toSource(0)).isEqualTo(3);
    assertThat(m.toSource(1)).isEqualTo(4);
    assertThat(m.toSource(2)).isEqualTo(9);
    assertThat(m.toSource(new Span(1, 3))).isEqualTo(new Span(4, 10));
    // without an end anchor a span ending before the removed tag would take the tag in
    assertThat(m.toSource(new Span(0, 2))).isEqualTo(new Span(3, 9));
    OffsetMap withEnd = OffsetMap.builder().add(0, 3).addEnd(2, 5).add(2, 9).build();
    assertThat(withEnd.toSource(new Span(0, 2))).isEqualTo(new Span(3, 5));
    assertThat(withEnd.toSource(new Span(2, 3))).isEqualTo(new Span(9, 10));
  }

  @Test
  void aSpanEndingInAMultiByteCharacterCoversAllItsBytes() {
    // "aé" in UTF-8: a at byte 0, é at bytes 1-2
    OffsetMap m = OffsetMap.builder().add(0, 0).add(1, 1).add(2, 3).build();
    assertThat(m.toSource(new Span(1, 2))).isEqualTo(new Span(1, 3));
    assertThat(m.toSource(new Span(0, 2))).isEqualTo(new Span(0, 3));
  }

  @Test
  void anchorsCanBeVisitedAndRebuiltIntoAnEqualMap() {
    OffsetMap m = OffsetMap.builder().add(0, 2).add(4, 9).addEnd(4, 7).add(7, 20).build();
    OffsetMap.Builder b = OffsetMap.builder();
    m.forEachAnchor(b::add);
    m.forEachEndAnchor(b::addEnd);
    assertThat(b.build()).isEqualTo(m);
  }

  @Test
  void outOfOrderAnchorsAreRefusedWithBothPositions() {
    assertThatThrownBy(() -> OffsetMap.builder().add(5, 10).add(4, 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(5,10)")
        .hasMessageContaining("(4,12)");
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L, 42L, 2026L})
  void randomDeletionsMapEveryKeptCharacterBackToItsSource(long seed) {
    Random random = new Random(seed);
    StringBuilder source = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      source.append((char) ('a' + random.nextInt(26)));
    }
    StringBuilder derived = new StringBuilder();
    OffsetMap.Builder b = OffsetMap.builder();
    for (int i = 0; i < source.length(); i++) {
      if (random.nextInt(4) != 0) {
        b.add(derived.length(), i);
        derived.append(source.charAt(i));
      }
    }
    OffsetMap m = b.build();
    for (int d = 0; d < derived.length(); d++) {
      assertThat(source.charAt(m.toSource(d))).isEqualTo(derived.charAt(d));
    }
  }
}
