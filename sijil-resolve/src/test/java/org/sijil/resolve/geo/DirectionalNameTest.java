package org.sijil.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DirectionalNameTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Eastern Homs Governorate | E | Homs | ADMIN",
        "eastern Homs countryside | E | Homs | COUNTRYSIDE",
        "the eastern countryside of Homs | E | Homs | COUNTRYSIDE",
        "the north-western countryside of Hama province | NW | Hama | ADMIN",
        "east of Homs province | E | Homs | ADMIN",
        "to the south of the Daraa governorate | S | Daraa | ADMIN",
        "Homs' eastern desert | E | Homs | COUNTRYSIDE",
        "Aleppo's northern countryside | N | Aleppo | COUNTRYSIDE",
        "Aleppo northern countryside | N | Aleppo | COUNTRYSIDE",
        "northern rural Idlib | N | Idlib | COUNTRYSIDE",
        "rural southern Idlib | S | Idlib | COUNTRYSIDE",
        "Southeastern Rif Dimashq | SE | Rif Dimashq | BARE",
        "South-Western Daraa | SW | Daraa | BARE",
        "eastern parts of Anbar province | E | Anbar | ADMIN",
        "the western desert of Anbar. | W | Anbar | COUNTRYSIDE",
        "central Homs governorate | ALL | Homs | ADMIN",
        "Hama's central countryside | ALL | Hama | COUNTRYSIDE",
        "the central countryside of Hama | ALL | Hama | COUNTRYSIDE",
        "central Homs | ALL | Homs | BARE",
      })
  void directionWordsAroundAnAreaAreRead(String raw, String part, String area, String kind) {
    DirectionalName d = DirectionalName.parse(raw);
    assertThat(d).isNotNull();
    assertThat(d.part()).isEqualTo(DirectionalParts.Part.valueOf(part));
    assertThat(d.area()).isEqualTo(area);
    assertThat(d.kind()).isEqualTo(DirectionalName.Kind.valueOf(kind));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Homs",
        "Homs governorate",
        "the countryside of Homs",
        "east of Raqqa",
        "near Raqqa",
        "the northern part of northern Aleppo",
        "Eastern",
        "Central",
        "centralised Homs",
        ""
      })
  void namesWithoutADirectionOfAnAreaAreNotRead(String raw) {
    assertThat(DirectionalName.parse(raw)).isNull();
  }

  @Test
  void aBareDirectionAdjectiveIsMarkedBareSoTheResolverCanCheckForATown() {
    assertThat(DirectionalName.parse("eastern Aleppo").kind()).isEqualTo(DirectionalName.Kind.BARE);
  }
}
