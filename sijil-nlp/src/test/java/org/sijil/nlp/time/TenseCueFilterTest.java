package org.sijil.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tense look-back tries its cue pattern only at words that can open a cue; trying it at every
 * word start must give the same tense for every position of every text.
 */
class TenseCueFilterTest {
  private static final EnglishTimeRules RULES = new EnglishTimeRules();

  // Cue words and their near misses, in varied case, with words beyond ASCII and separators that
  // end a sentence or glue words together.
  private static final String[] PIECES = {
    "will",
    "Will",
    "WILL",
    "willing",
    "shall",
    "won't",
    "wont",
    "going to",
    "going",
    "to",
    "scheduled",
    "expected to",
    "expected",
    "plans to",
    "plan to",
    "planned",
    "plant",
    "upcoming",
    "tomorrow",
    "next",
    "nexted",
    "set to",
    "set",
    "is to",
    "are to",
    "is",
    "are",
    "to be held",
    "intends to",
    "intend to",
    "planning to",
    "would",
    "could",
    "might",
    "as soon as",
    "as early as",
    "as",
    "in time for",
    "in",
    "said",
    "says",
    "told",
    "was",
    "were",
    "had",
    "did",
    "ago",
    "yesterday",
    "last",
    "agreed",
    "freed",
    "killed",
    "KILLED",
    "Killed",
    "seed",
    "need",
    "bed",
    "red",
    "ed",
    "wounded",
    "fled",
    "shelled",
    "café",
    "tölted",
    "ñed",
    "x2ed",
    "2",
    "2023",
    "Friday",
    "the",
    "a",
    "attack",
    ",",
    ".",
    ". ",
    "!",
    "?",
    "\n",
    "'",
    "\"",
    "-",
    " ",
    "  ",
    "\u2019",
    "(",
    ")",
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void theFilteredLookBackAgreesWithTryingEveryWordStart(long seed) {
    Random random = new Random(seed);
    for (int k = 0; k < 300; k++) {
      StringBuilder b = new StringBuilder();
      int words = 1 + random.nextInt(30);
      for (int w = 0; w < words; w++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      String text = b.toString();
      for (int p = 0; p <= text.length(); p++) {
        assertThat(RULES.tenseBefore(text, p, true))
            .as("text \"%s\" at %d", text, p)
            .isEqualTo(RULES.tenseBefore(text, p, false));
      }
    }
  }
}
