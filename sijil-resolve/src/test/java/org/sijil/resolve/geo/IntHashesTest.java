package org.sijil.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntHashesTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 2026})
  void aTableContainsExactlyTheHashesAddedAsAHashSetWould(long seed) {
    Random random = new Random(seed);
    int n = random.nextInt(600);
    int[] table = IntHashes.table(n);
    Set<Integer> expected = new HashSet<>();
    for (int i = 0; i < n; i++) {
      // Small values collide in the low bits and include 0, the empty-slot marker.
      int h = random.nextBoolean() ? random.nextInt(64) - 32 : random.nextInt();
      IntHashes.add(table, h);
      expected.add(h);
    }
    for (int probe = -40; probe < 40; probe++) {
      assertThat(IntHashes.contains(table, probe)).isEqualTo(expected.contains(probe));
    }
    for (int h : expected) {
      assertThat(IntHashes.contains(table, h)).isTrue();
    }
    for (int i = 0; i < 1000; i++) {
      int h = random.nextInt();
      assertThat(IntHashes.contains(table, h)).isEqualTo(expected.contains(h));
    }
  }
}
