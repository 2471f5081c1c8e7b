package org.sijil.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Grain#value} builds most values without {@code String.format}; it must give what the
 * TimeML patterns written with {@code String.format} give, for every grain and for years of any
 * width, including negative ones.
 */
class GrainValueTest {

  static Stream<Long> seeds() {
    return IntStream.range(0, 8).mapToObj(i -> 1000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyGrainGivesTheFormattedTimeMlValue(long seed) {
    Random random = new Random(seed);
    for (int k = 0; k < 2_000; k++) {
      int year =
          switch (random.nextInt(4)) {
            case 0 -> 1900 + random.nextInt(200);
            case 1 -> random.nextInt(10_000);
            case 2 -> -999 + random.nextInt(2_000);
            default -> 9_990 + random.nextInt(20);
          };
      LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(366));
      for (Grain g : Grain.values()) {
        assertThat(g.value(day)).as("%s of %s", g, day).isEqualTo(formatted(g, day));
      }
    }
  }

  /** The values as written with String.format. */
  private static String formatted(Grain g, LocalDate d) {
    int y = d.getYear();
    int m = d.getMonthValue();
    String week =
        String.format(
            Locale.ROOT,
            "%04d-W%02d",
            d.get(IsoFields.WEEK_BASED_YEAR),
            d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    String[] seasons = {"SP", "SU", "FA", "WI"};
    return switch (g) {
      case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d.getDayOfMonth());
      case WEEK -> week;
      case WEEKEND -> week + "-WE";
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", y, m);
      case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", y, (m - 1) / 3 + 1);
      case SEASON -> String.format(Locale.ROOT, "%04d-%s", y, seasons[(m / 3 + 3) % 4]);
      case HALF -> String.format(Locale.ROOT, "%04d-H%d", y, m <= 6 ? 1 : 2);
      case YEAR -> String.format(Locale.ROOT, "%04d", y);
      case DECADE -> String.format(Locale.ROOT, "%03d", Math.floorDiv(y, 10));
    };
  }
}
