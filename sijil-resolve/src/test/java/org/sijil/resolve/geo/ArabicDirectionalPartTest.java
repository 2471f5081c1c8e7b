package org.sijil.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.doc.Language;

/**
 * Directions of a governorate in Arabic running text read as that part of it. Every sentence here
 * was written for these tests.
 */
class ArabicDirectionalPartTest {
  private static final Geoparser PARSER = new Geoparser(Gazetteer.bundled());

  private static Toponym only(String text, String name) {
    List<Toponym> ts = PARSER.parse(text, Language.ARABIC);
    return ts.stream()
        .filter(t -> t.text().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "expected " + name + " in " + ts.stream().map(Toponym::text).toList()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // "a drone struck a car in the northern countryside of Aleppo"
        "استهدفت طائرة مسيرة سيارة في ريف حلب الشمالي | حلب | Aleppo | N | true",
        // "clashes broke out in the eastern countryside of Deir ez-Zor at dawn"
        "اندلعت اشتباكات في الريف الشرقي لدير الزور فجر اليوم | دير الزور | Deir ez-Zor | E | true",
        // "a shepherd was killed by a mine east of Homs governorate"
        "قتل راع بانفجار لغم شرق محافظة حمص | حمص | Homs | E | false",
        // "shelling hit two villages in the southern countryside of Idlib"
        "طال القصف قريتين في ريف إدلب الجنوبي | إدلب | Idlib | S | true",
        // "a raid in the north-eastern countryside of Hama"
        "نفذت القوات مداهمة في ريف حماة الشمالي الشرقي | حماة | Hama | NE | true",
        // "cells attacked a checkpoint in the eastern desert of Homs"
        "هاجمت خلايا حاجزا في بادية حمص الشرقية | حمص | Homs | E | true",
        // "a mine exploded in the centre of Homs governorate"
        "انفجر لغم وسط محافظة حمص | حمص | Homs | ALL | false",
      })
  void aDirectionOfAGovernorateIsThatPart(
      String text, String name, String admin1, String part, boolean aroundCapital) {
    Toponym t = only(text, name);
    double[] at =
        DirectionalParts.bundled()
            .point("SY", admin1, DirectionalParts.Part.valueOf(part), aroundCapital);
    assertThat(t.precision()).as(text).isEqualTo(3);
    assertThat(t.place().admin1()).isEqualTo(admin1);
    assertThat(t.place().lat()).as(text).isEqualTo(at[0]);
    assertThat(t.place().lon()).as(text).isEqualTo(at[1]);
    assertThat(PlaceResolver.isDirectionalPart(t.place())).isTrue();
    assertThat(t.candidates().get(0).reason()).startsWith("directional part: ");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // "east of Homs": near the town, not a part of the governorate
        "سقطت قذيفة شرق حمص صباح اليوم | حمص",
        // "the countryside of Aleppo": no direction
        "تواصل القصف على ريف حلب | حلب",
        // "the eastern countryside of Manbij": a town that names no governorate
        "اشتباكات في ريف منبج الشرقي | منبج",
        // "in the city of Aleppo"
        "انفجرت عبوة في مدينة حلب الشرقية | حلب",
        // "in the centre of Homs": downtown
        "تظاهر المئات وسط حمص | حمص",
      })
  void aTownWithADirectionWordStaysNearTheTown(String text, String name) {
    Toponym t = only(text, name);
    assertThat(PlaceResolver.isDirectionalPart(t.place())).as(text).isFalse();
    assertThat(t.place().featureClass()).as(text).isEqualTo("P");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "الريف الشمالي ل | | N | COUNTRYSIDE",
        "وبالريف الجنوبي الغربي ل | | SW | COUNTRYSIDE",
        "في ريف | ' الشرقي' | E | COUNTRYSIDE",
        "بادية | ' الجنوبية الشرقية' | SE | COUNTRYSIDE",
        "شمال شرق محافظة | | NE | ADMIN",
        "في محافظة | ' الغربية' | W | ADMIN",
        "في ريف | ' الأوسط' | ALL | COUNTRYSIDE",
        "وسط محافظة | | ALL | ADMIN",
      })
  void theWordsAroundANameGiveItsDirectionAndKind(
      String before, String after, String part, String kind) {
    String text = before.strip() + " " + "حمص" + (after == null ? "" : after);
    int start = before.strip().length() + 1;
    if (before.strip().endsWith(" ل")) {
      // "لحمص": the preposition is joined to the name and lies outside its span.
      text = before.strip() + "حمص";
      start = before.strip().length();
    }
    assertThat(ArabicDirections.around(text, start, start + "حمص".length()))
        .as(text)
        .isEqualTo(
            new ArabicDirections.Reading(
                DirectionalParts.Part.valueOf(part), DirectionalName.Kind.valueOf(kind)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"شرق ", "في ريف ", "مدينة ", "الريف ل"})
  void wordsWithoutADirectionOfAnAreaGiveNone(String before) {
    String text = before + "حمص" + " اليوم";
    assertThat(ArabicDirections.around(text, before.length(), before.length() + "حمص".length()))
        .as(text)
        .isNull();
  }
}
