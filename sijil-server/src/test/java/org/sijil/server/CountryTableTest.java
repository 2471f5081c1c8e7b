package org.sijil.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryTableTest {
  private final CountryTable table = CountryTable.bundled();

  @Test
  void everyIsoCountryJavaKnowsIsInTheTableWithAnAcledRegion() {
    Set<String> acledRegions =
        Set.of(
            "Western Africa",
            "Middle Africa",
            "Eastern Africa",
            "Southern Africa",
            "Northern Africa",
            "South Asia",
            "Southeast Asia",
            "East Asia",
            "Middle East",
            "Europe",
            "Caucasus and Central Asia",
            "Central America",
            "South America",
            "Caribbean",
            "North America",
            "Oceania",
            "Antarctica");
    for (String cc : Locale.getISOCountries()) {
      if (Set.of("AN", "CS").contains(cc)) {
        continue; // withdrawn codes Java still lists
      }
      assertThat(table.find(cc)).as(cc).isPresent();
      assertThat(table.find(cc).get().region()).as(cc).isIn(acledRegions);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "SY, 760, Middle East",
    "iq, 368, Middle East",
    "IR, 364, Middle East",
    "GE, 268, Caucasus and Central Asia",
    "MX, 484, Central America",
    "NG, 566, Western Africa",
    "FR, 250, Europe"
  })
  void theTableGivesIsoNumericCodesAndAcledRegions(String cc, int numeric, String region) {
    CountryTable.Country c = table.find(cc).orElseThrow();
    assertThat(c.numeric()).isEqualTo(numeric);
    assertThat(c.region()).isEqualTo(region);
  }

  @Test
  void anUnknownOrMissingCodeFindsNothing() {
    assertThat(table.find("QQ")).isEmpty();
    assertThat(table.find(null)).isEmpty();
  }

  @Test
  void aMalformedLineIsRefusedNamingTheLine() {
    assertThatThrownBy(
            () ->
                CountryTable.read(
                    new BufferedReader(new StringReader("# c\nSY\t760\tSYR\tSyria\nIQ\t368\n"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("countries.tsv line 2")
        .hasMessageContaining(
            "expected 5 tab-separated fields (alpha-2, numeric, alpha-3, name, region), found 4");
  }
}
