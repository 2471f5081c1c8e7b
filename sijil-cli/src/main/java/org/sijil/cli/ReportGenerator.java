package org.sijil.cli;

import java.util.Random;

/**
 * Generates synthetic conflict reports of a given length from a seeded {@link Random}, for
 * benchmarks. The sentences are assembled from the project's own phrase lists; the same seed gives
 * the same reports. Not thread-safe (it owns its Random).
 */
final class ReportGenerator {
  private static final String[] PLACES = {
    "Raqqa", "Tabqa", "Hasakah", "Qamishli", "Deir ez-Zor", "Manbij", "Kobani", "Tal Abyad",
    "Ras al-Ain", "Shaddadi", "Busayrah", "Mayadin", "Hajin", "Ayn Issa", "Tal Tamr", "Amuda"
  };
  private static final String[] ACTORS = {
    "Islamic State cells", "the Syrian Democratic Forces", "government forces", "unknown gunmen",
    "Turkish-backed factions", "the US-led coalition", "the Asayish", "a local militia"
  };
  private static final String[] ACTIONS = {
    "attacked a checkpoint near", "shelled villages around", "detained several men in",
    "abducted a shepherd outside", "clashed with fighters in", "set up roadblocks around",
    "carried out raids in", "planted explosives on the road to"
  };
  private static final String[] TAILS = {
    "according to local sources.", "residents said on Monday.", "a monitoring group reported.",
    "medical workers told reporters.", "activists said.", "a military source said."
  };
  private static final String[] FILLER = {
    "The situation in the area remained tense throughout the week.",
    "Families in nearby villages said they feared further violence.",
    "Prices of bread and fuel rose again in local markets.",
    "Aid groups called for safe access to the displaced.",
    "Schools in the district stayed closed for a second day."
  };

  private final Random random;

  ReportGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** A report of about {@code words} words, headed by a title line and a serial number. */
  String report(int serial, int words) {
    StringBuilder sb = new StringBuilder(words * 7);
    String place = pick(PLACES);
    sb.append("Report ").append(serial).append(": violence near ").append(place).append("\n\n");
    int count = 0;
    while (count < words) {
      String sentence;
      if (random.nextInt(3) == 0) {
        sentence = pick(FILLER);
      } else {
        sentence =
            capitalise(pick(ACTORS))
                + " "
                + pick(ACTIONS)
                + " "
                + pick(PLACES)
                + ", killing "
                + (1 + random.nextInt(12))
                + " people, "
                + pick(TAILS);
      }
      sb.append(sentence).append(random.nextInt(5) == 0 ? "\n\n" : " ");
      count += sentence.split(" ").length;
    }
    return sb.toString();
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
