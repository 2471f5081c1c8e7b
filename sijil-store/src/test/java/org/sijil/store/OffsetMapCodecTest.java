package org.sijil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.OffsetMap;

class OffsetMapCodecTest {

  @Test
  void anIdentityMapTakesFiveBytesAndDecodesToIdentity() {
    byte[] bytes = OffsetMapCodec.encode(OffsetMap.identity(), 500);

    assertThat(bytes).hasSize(5);
    assertThat(OffsetMapCodec.decode(bytes)).isEqualTo(OffsetMap.identity());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void aRandomMapRoundTripsExactlyAndOnEveryOffset(long seed) {
    Random random = new Random(seed);
    int textLength = 1 + random.nextInt(5_000);
    OffsetMap map = randomMap(random, textLength);

    OffsetMap decoded = OffsetMapCodec.decode(OffsetMapCodec.encode(map, textLength));

    assertThat(decoded).isEqualTo(map);
    for (int d = 0; d <= textLength; d++) {
      assertThat(decoded.toSource(d)).as("offset %d", d).isEqualTo(map.toSource(d));
    }
  }

  @Test
  void anchorsPastTheEndOfTheTextAreDroppedAndTheTextStillMapsTheSame() {
    OffsetMap map = OffsetMap.builder().add(3, 10).add(20, 40).add(90, 200).build();

    OffsetMap decoded = OffsetMapCodec.decode(OffsetMapCodec.encode(map, 50));

    assertThat(decoded.anchors()).isEqualTo(3); // (0,0), (3,10), (20,40)
    for (int d = 0; d <= 50; d++) {
      assertThat(decoded.toSource(d)).isEqualTo(map.toSource(d));
    }
  }

  @Test
  void aMapWhoseFirstAnchorIsShiftedKeepsTheShift() {
    OffsetMap map = OffsetMap.builder().add(0, 17).add(4, 30).build();

    OffsetMap decoded = OffsetMapCodec.decode(OffsetMapCodec.encode(map, 10));

    assertThat(decoded).isEqualTo(map);
    assertThat(decoded.toSource(0)).isEqualTo(17);
  }

  @Test
  void offsetsNearTheIntLimitRoundTrip() {
    int big = Integer.MAX_VALUE - 10;
    OffsetMap map = OffsetMap.builder().add(1, big).build();

    assertThat(OffsetMapCodec.decode(OffsetMapCodec.encode(map, 5))).isEqualTo(map);
  }

  @Test
  void smallDeltasTakeTwoBytesAnAnchor() {
    OffsetMap.Builder builder = OffsetMap.builder();
    for (int i = 1; i <= 1_000; i++) {
      builder.add(i * 10, i * 15); // five source units dropped every ten derived
    }
    OffsetMap map = builder.build();

    byte[] bytes = OffsetMapCodec.encode(map, 10_000);

    assertThat(bytes.length).isLessThanOrEqualTo(1 + 2 + 2 * 1_001 + 1 + 1);
    assertThat(OffsetMapCodec.decode(bytes)).isEqualTo(map);
  }

  @Test
  void aTruncatedMapIsRejectedNamingWhereItEnded() {
    byte[] bytes = OffsetMapCodec.encode(OffsetMap.builder().add(5, 300).build(), 10);
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);

    assertThatThrownBy(() -> OffsetMapCodec.decode(cut))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found its end at byte");
  }

  @Test
  void trailingBytesAreRejected() {
    byte[] bytes = OffsetMapCodec.encode(OffsetMap.identity(), 10);
    byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);

    assertThatThrownBy(() -> OffsetMapCodec.decode(longer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 trailing bytes");
  }

  @Test
  void anUnknownFormatIsRejected() {
    assertThatThrownBy(() -> OffsetMapCodec.decode(new byte[] {9, 1, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected an offset map in format 1, found format 9");
    assertThatThrownBy(() -> OffsetMapCodec.decode(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found no bytes");
  }

  @Test
  void aNegativeTextLengthIsRejected() {
    assertThatThrownBy(() -> OffsetMapCodec.encode(OffsetMap.identity(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a text length >= 0, found -1");
  }

  /** Anchors as an HTML or entity decoder makes them: markup skipped, sometimes text inserted. */
  private static OffsetMap randomMap(Random random, int textLength) {
    OffsetMap.Builder builder = OffsetMap.builder();
    int source = random.nextInt(3) == 0 ? random.nextInt(100) : 0;
    builder.add(0, source);
    int derived = 0;
    while (true) {
      int step = 1 + random.nextInt(40);
      if (derived + step > textLength) {
        break;
      }
      derived += step;
      source += random.nextInt(4) == 0 ? random.nextInt(step + 1) : step + random.nextInt(300);
      builder.add(derived, source);
    }
    return builder.build();
  }

  @Test
  void endAnchorsRoundTripSoSpansStillStopBeforeRemovedMarkup() {
    OffsetMap map = OffsetMap.builder().add(0, 3).addEnd(2, 5).add(2, 9).build();

    OffsetMap decoded = OffsetMapCodec.decode(OffsetMapCodec.encode(map, 3));

    assertThat(decoded).isEqualTo(map);
    assertThat(decoded.toSource(new org.sijil.model.Span(0, 2)))
        .isEqualTo(new org.sijil.model.Span(3, 5));
  }
}
