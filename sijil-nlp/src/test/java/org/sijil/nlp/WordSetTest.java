package org.sijil.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordSetTest {

  /** Short words over a small alphabet, so that probes collide and many words are near-misses. */
  private static String word(Random random) {
    int length = random.nextInt(5);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append("aeostn-\u00e9\u0639".charAt(random.nextInt(9)));
    }
    return b.toString();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void answersMembershipAsSetOfDoesForRandomWords(long seed) {
    Random random = new Random(seed);
    Set<String> distinct = new HashSet<>();
    int size = random.nextInt(200);
    while (distinct.size() < size) {
      distinct.add(word(random));
    }
    List<String> words = new ArrayList<>(distinct);
    Set<String> expected = Set.copyOf(words);
    WordSet set = WordSet.of(words.toArray(String[]::new));
    for (int probe = 0; probe < 2000; probe++) {
      // a fresh String each time: equal words must match by value, not identity
      String w = new String(word(random).toCharArray());
      assertThat(set.contains(w)).as("contains \"%s\"", w).isEqualTo(expected.contains(w));
    }
    assertThat(set).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(set).isEqualTo(expected);
    assertThat(set.hashCode()).isEqualTo(expected.hashCode());
  }

  @Test
  void refusesDuplicateAndNullWordsAsSetOfDoes() {
    assertThatThrownBy(() -> WordSet.of("in", "at", "in"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"in\" twice");
    assertThatThrownBy(() -> WordSet.of("in", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> WordSet.of("in").contains(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void copyOfKeepsDuplicatesOnceAndIsImmutable() {
    WordSet set = WordSet.copyOf(List.of("front", "brigade", "front"));
    assertThat(set).containsExactlyInAnyOrder("front", "brigade");
    assertThat(set.contains(1)).isFalse();
    assertThatThrownBy(() -> set.add("army")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.remove("front")).isInstanceOf(UnsupportedOperationException.class);
  }
}
