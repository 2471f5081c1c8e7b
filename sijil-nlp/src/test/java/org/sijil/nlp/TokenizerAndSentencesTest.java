package org.sijil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerAndSentencesTest {
  private final Pipeline pipeline = Pipeline.basic();

  private List<String> tokens(String raw) {
    return pipeline.run(raw).get(Layers.TOKENS).stream().map(Token::text).toList();
  }

  private List<String> sentences(String raw) {
    return pipeline.run(raw).get(Layers.SENTENCES).stream().map(Sentence::text).toList();
  }

  @Test
  void hyphenatedNamesNumbersAndAbbreviationsStayWhole() {
    assertThat(tokens("The U.S. and US-led raid in al-Hol freed 4,000 people, ISIS's men said."))
        .containsExactly(
            "The", "U.S.", "and", "US-led", "raid", "in", "al-Hol", "freed", "4,000", "people", ",",
            "ISIS", "'s", "men", "said", ".");
  }

  @Test
  void tokenSpansPointIntoTheRawTextEvenAfterFolding() {
    String raw = "“Ｇunmen”  fired…";
    List<Token> toks = pipeline.run(raw).get(Layers.TOKENS);
    assertThat(toks).extracting(Token::text).containsExactly("“", "Ｇunmen", "”", "fired", "…");
    assertThat(toks.get(1).norm()).isEqualTo("gunmen");
  }

  @Test
  void abbreviationsAndInitialsDoNotEndASentence() {
    assertThat(sentences("Dr. Ali met Gen. J. Karimi in the town. They spoke for an hour."))
        .containsExactly("Dr. Ali met Gen. J. Karimi in the town.", "They spoke for an hour.");
  }

  @Test
  void aQuoteClosingASentenceStaysWithIt() {
    assertThat(sentences("He said: \"We will return.\" The patrol left."))
        .containsExactly("He said: \"We will return.\"", "The patrol left.");
  }

  @Test
  void aHeadlineWithoutAPeriodAndBlankLinesSeparateSentences() {
    assertThat(
            sentences("Militants Storm A Checkpoint\nFour guards were hurt.\n\nNo one claimed it"))
        .containsExactly(
            "Militants Storm A Checkpoint", "Four guards were hurt.", "No one claimed it");
  }

  @Test
  void hardWrappedLinesJoinButAShortHeadingStandsAlone() {
    String raw =
        "A convoy of trucks carrying food aid reached the besieged town on\n"
            + "Tuesday after weeks of talks between the local council and the\n"
            + "armed groups that control the roads around the eastern districts.\n"
            + "Aid and access\n"
            + "Officials said that more deliveries were planned for the coming\n"
            + "weeks if the roads stayed open and the guarantees held firm.";
    assertThat(sentences(raw)).hasSize(3);
    assertThat(sentences(raw).get(1)).isEqualTo("Aid and access");
  }

  @Test
  void allCapsTextSplitsLikeMixedCase() {
    assertThat(sentences("THE ARMY SAID GEN. LOPEZ WAS HURT. TWO GUARDS DIED."))
        .containsExactly("THE ARMY SAID GEN. LOPEZ WAS HURT.", "TWO GUARDS DIED.");
  }

  @Test
  void aPipelineMissingARequiredLayerFailsWhenBuilt() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Pipeline.builder().add(new TextNormalizer()).add(new SentenceSplitter()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stage sentences requires TOKENS, which no earlier stage produces");
  }

  @Test
  void aLayerProducedTwiceIsRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Pipeline.builder().add(new TextNormalizer()).add(new TextNormalizer()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("produces NORMALIZED");
  }
}
