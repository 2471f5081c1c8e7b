package org.sijil.nlp;

import java.util.List;

/** The layers the basic NLP stages produce. */
public final class Layers {
  private Layers() {}

  /** The normalised text with its map back to the raw text ({@link TextNormalizer}). */
  public static final LayerKey<NormalizedText> NORMALIZED =
      LayerKey.of("NORMALIZED", NormalizedText.class);

  /** Tokens with spans into the raw text ({@link Tokenizer}). */
  public static final LayerKey<List<Token>> TOKENS = LayerKey.listOf("TOKENS", Token.class);

  /** Sentences ({@link SentenceSplitter}). */
  public static final LayerKey<List<Sentence>> SENTENCES =
      LayerKey.listOf("SENTENCES", Sentence.class);

  /** Counts of people and things ({@link QuantityExtractor}). */
  public static final LayerKey<List<Quantity>> QUANTITIES =
      LayerKey.listOf("QUANTITIES", Quantity.class);
}
