package org.sijil.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceQueryTest {

  @ParameterizedTest(name = "{0} -> {1} @{2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Teir Maaleh village|Teir Maaleh|1",
        "the town of Manbij|Manbij|1",
        "countryside of Idlib|Idlib|2",
        "the eastern countryside of Hama|Hama|2",
        "the desert of Palmyra|Palmyra|2",
        "Tabqa airbase|Tabqa|2",
        "al-Hol camp|al-Hol|2",
        "Bab Amr neighbourhood|Bab Amr|2",
        "Ar Raqqah Governorate|Ar Raqqah|3",
        "Raqqa province|Raqqa|3",
        "Shaddadi sub-district|Shaddadi|2",
        "Kobani|Kobani|1",
      })
  void typeWordsAreStrippedAndSetThePrecision(String raw, String name, int precision) {
    PlaceQuery q = PlaceQuery.parse(raw);
    assertThat(q.name()).isEqualTo(name);
    assertThat(q.precision()).isEqualTo(precision);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {"Deir ez Zor Governorate|Deir ez Zor", "Muhafazat Hims|Hims", "Idlib|Idlib"})
  void adminWordsAreStrippedForAdmin1Hints(String raw, String expected) {
    assertThat(PlaceQuery.stripAdminWords(raw)).isEqualTo(expected);
  }
}
