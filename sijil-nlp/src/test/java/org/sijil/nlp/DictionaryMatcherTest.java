package org.sijil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryMatcherTest {
  private final Pipeline pipeline = Pipeline.basic();
  private final DictionaryMatcher<String> matcher =
      DictionaryMatcher.<String>builder()
          .add("coalition", "short")
          .add("US-led coalition", "long")
          .add("Islamic State", "is")
          .addExactCase("IS", "is")
          .build();

  private List<DictionaryMatch<String>> match(String raw, boolean caseFolded) {
    AnnotatedText t = pipeline.run(raw);
    List<Token> tokens = t.get(Layers.TOKENS);
    return matcher.match(raw, tokens, 0, tokens.size(), caseFolded);
  }

  @Test
  void theLongestPhraseWinsAndMatchingIgnoresCaseAndDashStyle() {
    List<DictionaryMatch<String>> m = match("The US–led Coalition and the coalition.", false);
    assertThat(m)
        .extracting(DictionaryMatch::text)
        .containsExactly("US–led Coalition", "coalition");
    assertThat(m).extracting(DictionaryMatch::value).containsExactly("long", "short");
  }

  @Test
  void anExactCaseEntryMatchesTheAcronymButNotTheVerbNorAllCapsText() {
    assertThat(match("It is said IS fighters left.", false))
        .extracting(DictionaryMatch::text)
        .containsExactly("IS");
    assertThat(match("IT IS SAID.", true)).isEmpty();
  }

  @Test
  void aBuiltMatcherIsSharedSafelyBecauseItCannotChange() {
    assertThat(matcher.size()).isEqualTo(4);
    assertThat(match("islamic state", false)).hasSize(1);
  }
}
