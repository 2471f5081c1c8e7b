package org.sijil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A lexicon of hundreds of phrases, so that the trie's child tables fill and collide, matched
 * against a leftmost-longest scan over the phrase list written out plainly.
 */
class DictionaryMatcherLargeLexiconTest {
  private final Pipeline pipeline = Pipeline.basic();

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 2026})
  void aLargeLexiconMatchesWhatAPlainScanOverItsPhrasesFinds(long seed) {
    Random random = new Random(seed);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      StringBuilder w = new StringBuilder();
      int length = 1 + random.nextInt(6);
      for (int k = 0; k < length; k++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      vocabulary.add(w.toString());
    }
    List<List<String>> phrases = new ArrayList<>();
    DictionaryMatcher.Builder<String> builder = DictionaryMatcher.builder();
    for (int i = 0; i < 600; i++) {
      List<String> p = new ArrayList<>();
      int length = 1 + random.nextInt(3);
      for (int k = 0; k < length; k++) {
        p.add(vocabulary.get(random.nextInt(vocabulary.size())));
      }
      phrases.add(p);
      builder.add(String.join(" ", p), String.join(" ", p));
    }
    DictionaryMatcher<String> matcher = builder.build();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      String w = vocabulary.get(random.nextInt(vocabulary.size()));
      // capitals and words outside the lexicon too
      text.append(random.nextInt(5) == 0 ? w.toUpperCase(java.util.Locale.ROOT) : w)
          .append(random.nextInt(7) == 0 ? "x " : " ");
    }
    String raw = text.toString();
    List<Token> tokens = pipeline.run(raw).get(Layers.TOKENS);

    List<String> expected = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int best = -1;
      for (List<String> p : phrases) {
        boolean fits = i + p.size() <= tokens.size() && p.size() > best;
        for (int k = 0; fits && k < p.size(); k++) {
          fits = tokens.get(i + k).norm().equals(p.get(k));
        }
        if (fits) {
          best = p.size();
        }
      }
      if (best > 0) {
        expected.add(i + "-" + (i + best));
        i += best;
      } else {
        i++;
      }
    }
    List<String> found = new ArrayList<>();
    for (DictionaryMatch<String> m : matcher.match(raw, tokens)) {
      found.add(m.firstToken() + "-" + m.endToken());
      assertThat(m.values()).allSatisfy(v -> assertThat(v).isEqualTo(m.text().toLowerCase()));
    }
    assertThat(expected).hasSizeGreaterThan(500);
    assertThat(found).isEqualTo(expected);
  }
}
