package org.sijil.resolve.geo.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sijil.resolve.geo.NameKeys;

class SiteTableTest {

  private static final Path TABLE = Path.of("src/main/gazetteer/sites-sy-iq.tsv");

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "1,1st",
    "2,2nd",
    "3,3rd",
    "4,4th",
    "11,11th",
    "12,12th",
    "13,13th",
    "21,21st",
    "93,93rd",
    "111,111th",
    "121,121st",
    "137,137th"
  })
  void unitNumbersReadAsEnglishOrdinals(int n, String ordinal) {
    assertThat(SiteTable.ordinal(n)).isEqualTo(ordinal);
  }

  @Test
  void anAirbaseRowIsNamedInEveryUsualWording() {
    SiteTable.Site s =
        SiteTable.parse(
            "airbase\tKhirbat Zayt\tKherbet Zeit|=KZ base\tخربة الزيت\t35.1\t37.2\tSY\tHama\tC\tnote",
            7);
    assertThat(s.name()).isEqualTo("Khirbat Zayt airbase");
    assertThat(s.names())
        .contains(
            "Khirbat Zayt air base",
            "Khirbat Zayt military airport",
            "Kherbet Zeit airbase",
            "Matar Kherbet Zeit",
            "KZ base",
            "مطار خربة الزيت",
            "مطار خربة الزيت العسكري")
        .doesNotContain("KZ base airbase", "Khirbat Zayt");
    assertThat(s.featureCode()).isEqualTo("AIRB");
    assertThat(s.line()).isEqualTo(7);
  }

  @Test
  void aBrigadeRowIsNamedByNumberOrdinalAndArabicWord() {
    SiteTable.Site s =
        SiteTable.parse("brigade\t82\t\tاللواء 82\t33.0\t36.1\tSY\tDaraa\tC\tnote", 1);
    assertThat(s.name()).isEqualTo("Brigade 82");
    assertThat(s.names())
        .contains("82nd Brigade", "82 Brigade", "Liwa 82", "al-Liwa 82", "اللواء 82");
  }

  @Test
  void anArabicNameThatOpensWithAKindWordIsTakenWhole() {
    SiteTable.Site s =
        SiteTable.parse("dam\tQaryat\t\tسد القرية|القرية\t35\t38\tSY\tRaqqa\tB\tnote", 1);
    assertThat(s.names()).contains("سد القرية").doesNotContain("سد سد القرية");
    assertThat(s.names()).contains("Qaryat Dam", "Sadd Qaryat");
  }

  @Test
  void aMalformedRowIsRejectedWithTheProblemNamed() {
    assertThatThrownBy(() -> SiteTable.parse("airbase\tX\t\t\t35\t38\tSY\tRaqqa\tA", 3))
        .hasMessageContaining("expected 10 tab-separated fields")
        .hasMessageContaining("found 9");
    assertThatThrownBy(() -> SiteTable.parse("fortress\tX\t\t\t35\t38\tSY\tRaqqa\tA\tn", 3))
        .hasMessageContaining("expected a kind among")
        .hasMessageContaining("found fortress");
    assertThatThrownBy(() -> SiteTable.parse("brigade\tX\t\t\t35\t38\tSY\tRaqqa\tA\tn", 3))
        .hasMessageContaining("expected a unit number");
    assertThatThrownBy(() -> SiteTable.parse("dam\tX\t\t\t95\t38\tSY\tRaqqa\tA\tn", 3))
        .hasMessageContaining("expected a point in degrees");
    assertThatThrownBy(() -> SiteTable.parse("dam\tX\t\t\t35\t38\tSY\tRaqqa\tD\tn", 3))
        .hasMessageContaining("expected confidence A, B or C");
  }

  @Test
  void theBundledTableParsesAndCoversBothCountriesAndEveryKind() throws IOException {
    List<SiteTable.Site> sites = SiteTable.read(TABLE);
    assertThat(sites).hasSizeGreaterThan(300);
    Set<String> codes = new HashSet<>();
    Map<String, Integer> byCountry = new HashMap<>();
    for (SiteTable.Site s : sites) {
      codes.add(s.featureCode());
      byCountry.merge(s.country(), 1, Integer::sum);
      // Syria and Iraq lie within 29-38 N, 35-49 E.
      assertThat(s.lat()).as(s.name()).isBetween(29.0, 38.0);
      assertThat(s.lon()).as(s.name()).isBetween(35.0, 49.0);
    }
    assertThat(byCountry.keySet()).containsExactlyInAnyOrder("SY", "IQ");
    assertThat(byCountry.get("IQ")).isGreaterThan(100);
    assertThat(codes)
        .contains("AIRB", "AIRP", "MILB", "DAM", "LK", "OILF", "GASF", "PRN", "CMP", "PSTB", "MT");
  }

  @Test
  void noTwoSitesOfOneKindShareAName() throws IOException {
    // A shared name would make the resolver guess between two points for one query.
    Map<String, String> seen = new HashMap<>();
    for (SiteTable.Site s : SiteTable.read(TABLE)) {
      for (String n : s.names()) {
        String key = s.country() + " " + s.featureCode() + " " + NameKeys.strict(n);
        String other = seen.putIfAbsent(key, s.name() + " (line " + s.line() + ")");
        if (other != null && !other.startsWith(s.name() + " ")) {
          throw new AssertionError(
              "expected one site named " + n + ", found " + other + " and line " + s.line());
        }
      }
    }
  }
}
