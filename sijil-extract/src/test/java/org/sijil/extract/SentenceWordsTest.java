package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.Span;
import org.sijil.nlp.Token;

/**
 * A sentence's words collected when first asked for, and those words without a subject's read
 * through rather than copied, must be the sets that collecting and copying give: the same members,
 * the same size, the same answer to every probe.
 */
class SentenceWordsTest {

  private static final String[] FORMS = {
    "the", "army", "shelled", "town", "of", "raqqa", "and", "'s", "", "jets", "killed", "two", "x"
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void lazySetsAnswerAsTheCollectedAndCopiedOnes(long seed) {
    Random random = new Random(seed);
    int differentFromAll = 0;
    for (int t = 0; t < 300; t++) {
      List<Token> tokens = new ArrayList<>();
      int n = 1 + random.nextInt(20);
      for (int k = 0; k < n; k++) {
        String form = FORMS[random.nextInt(FORMS.length)];
        tokens.add(new Token(new Span(k, k + 1), "w", form, new Span(k, k + 1)));
      }
      int a = random.nextInt(n);
      int b = a + random.nextInt(n - a + 1);
      Set<String> collected = new HashSet<>();
      for (int k = a; k < b; k++) {
        collected.add(tokens.get(k).norm());
      }
      // The subject may reach outside the tokens: a form of "" stands for those, as norm(k) does.
      int first = random.nextInt(n + 2) - 1;
      int end = first + random.nextInt(5);
      Set<String> copied = new HashSet<>(collected);
      for (int k = first; k < end; k++) {
        copied.remove(k >= 0 && k < n ? tokens.get(k).norm() : "");
      }

      Set<String> words = new DocumentReader.SentenceWords(tokens, a, b);
      Set<String> without = new DocumentReader.WithoutSubject(tokens, words, first, end);
      for (String probe : FORMS) {
        assertThat(words.contains(probe)).as(probe).isEqualTo(collected.contains(probe));
        assertThat(without.contains(probe)).as(probe).isEqualTo(copied.contains(probe));
      }
      assertThat(without).isEqualTo(copied).hasSameSizeAs(copied);
      assertThat(words).isEqualTo(collected).hasSameSizeAs(collected);
      differentFromAll += copied.size() < collected.size() ? 1 : 0;
    }
    assertThat(differentFromAll).isBetween(30, 290);
  }
}
