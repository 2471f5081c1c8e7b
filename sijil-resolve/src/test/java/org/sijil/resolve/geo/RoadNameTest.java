package org.sijil.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoadNameTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the road between Manbij and Jarablus|Manbij|Jarablus|",
        "Road between Manbij and Jarablus near Arimah|Manbij|Jarablus|Arimah",
        "highway M4 linking Saraqib with Ariha|Saraqib|Ariha|",
        "the road from Hasakah to Qamishli|Hasakah|Qamishli|",
        "Manbij – Jarablus road|Manbij|Jarablus|",
        "Manbij — Jarablus road|Manbij|Jarablus|",
        "Manbij - Jarablus highway in Manbij district|Manbij|Jarablus|Manbij district",
        "Manbij-Jarablus road|Manbij|Jarablus|",
        "Ras al-Ain-Tall Tamr road|Ras al-Ain|Tall Tamr|",
        "the Hasakah to Qamishli road|Hasakah|Qamishli|",
      })
  void aRoadNamedByTwoPlacesIsRead(String raw, String from, String to, String qualifier) {
    List<RoadName> r = RoadName.parse(raw);
    assertThat(r).isNotEmpty();
    assertThat(r.get(0)).isEqualTo(new RoadName(from, to, qualifier == null ? "" : qualifier));
  }

  @Test
  void isLetterGivesCharactersAnswerForEveryCharacter() {
    for (int c = 0; c <= 0xFFFF; c++) {
      assertThat(RoadName.isLetter((char) c))
          .as("isLetter of U+%04X", c)
          .isEqualTo(Character.isLetter((char) c));
    }
  }

  @Test
  void aHyphenAfterAnArticleIsNoCutBetweenTwoPlaces() {
    assertThat(RoadName.parse("the Deir ez-Zor road")).isEmpty();
    assertThat(RoadName.parse("Ras al-Ain-Tall Tamr road"))
        .extracting(RoadName::from)
        .doesNotContain("Ras al");
  }

  @Test
  void namesThatAreNoRoadBetweenTwoPlacesGiveNoReading() {
    assertThat(RoadName.parse("Manbij")).isEmpty();
    assertThat(RoadName.parse("the Manbij road")).isEmpty();
    assertThat(RoadName.parse("International highway in Eastern Ghouta")).isEmpty();
    assertThat(RoadName.parse("")).isEmpty();
  }

  @Test
  void aRoadNeedsTwoNamedEnds() {
    assertThatThrownBy(() -> new RoadName(" ", "Jarablus", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected two place names");
  }

  @Test
  void runningTextNamesRoadsBetweenTwoCapitalisedPlacesOnly() {
    String text =
        "A mine went off on the road between Raqqa and Tabqa, near the Hasakah-Qamishli road.";
    assertThat(RoadName.inText(text, 0, text.length()))
        .extracting(s -> s.of(text))
        .containsExactly("road between Raqqa and Tabqa", "Hasakah-Qamishli road");
    String blocks = "Gunmen set up roadblocks between Raqqa and Tabqa.";
    assertThat(RoadName.inText(blocks, 0, blocks.length())).isEmpty();
    String lower = "the road to the market, from one side to the other";
    assertThat(RoadName.inText(lower, 0, lower.length())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void roadWordsFoundOnceGiveWhatEachWindowFindsByItself(long seed) {
    Random random = new Random(seed);
    String[] pieces = {
      "road",
      "Road",
      "ROAD",
      "roads",
      "railroad",
      "roadblock",
      "highway",
      "Highway",
      "motorway",
      "Motorway",
      "route",
      "broad",
      "Roads",
      "h\u0131ghway",
      "HIGHWAY",
      "moTorway",
      "rOad",
      "Road's",
      "bhighway",
      "between",
      "linking",
      "from",
      "and",
      "to",
      "with",
      "Raqqa",
      "Tabqa",
      "road between Raqqa and Tabqa",
      "Hasakah-Qamishli road",
      "al-Hasakah",
      "Ras al-Ain",
      "M4",
      "-",
      " - ",
      "\u2013",
      ",",
      ".",
      "the",
      "on",
      "x",
      "\u00e9"
    };
    int found = 0;
    for (int k = 0; k < 400; k++) {
      StringBuilder b = new StringBuilder();
      int words = random.nextInt(40);
      for (int w = 0; w < words; w++) {
        b.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextInt(5) != 0) {
          b.append(' ');
        }
      }
      String text = b.toString();
      RoadName.RoadWords roadWords = RoadName.RoadWords.of(text);
      for (int t = 0; t < 20; t++) {
        int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        int to = from + random.nextInt(text.length() - from + 1);
        List<org.sijil.model.Span> expected = RoadName.inText(text, from, to);
        assertThat(RoadName.inText(roadWords, from, to)).as(text).isEqualTo(expected);
        assertThat(roadWords.anyStartIn(from, to))
            .as("%s [%d, %d)", text, from, to)
            .isEqualTo(namesARoadByScan(text, from, to));
        found += expected.isEmpty() ? 0 : 1;
      }
    }
    // Both answers come up: windows with a road between two places and windows without.
    assertThat(found).isBetween(200, 7800);
  }

  /** The window scan that RoadName did before it found road words once a text. */
  private static boolean namesARoadByScan(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int n =
          (c == 'r' || c == 'R') && text.regionMatches(true, i, "road", 0, 4)
              ? 4
              : (c == 'h' || c == 'H') && text.regionMatches(true, i, "highway", 0, 7)
                  ? 7
                  : (c == 'm' || c == 'M') && text.regionMatches(true, i, "motorway", 0, 8) ? 8 : 0;
      if (n > 0
          && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (i + n >= text.length() || !Character.isLetter(text.charAt(i + n)))) {
        return true;
      }
    }
    return false;
  }
}
