package org.sijil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityExtractorTest {
  private final Pipeline pipeline = Pipeline.basic();

  private List<Quantity> quantities(String raw) {
    return pipeline.run(raw).get(Layers.QUANTITIES);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Gunmen shot two farmers.|two|2|2|false|false",
        "Police detained 25 men.|25|25|25|false|false",
        "Nearly 200 bodies were found.|Nearly 200|200|200|true|false",
        "At least 15 guards were hurt.|At least 15|15|15|true|false",
        "Dozens of families fled.|Dozens|24|99|true|false",
        "Hundreds of homes burned.|Hundreds|200|999|true|false",
        "A number of shops were looted.|A number of|2|9|true|false",
        "Three to four herders die every day from mines.|Three to four|3|4|false|true",
        "The shelling killed twenty-five people.|twenty-five|25|25|false|false",
        "More than 90 homes were razed.|More than 90|91|91|true|false",
        "Some 1,200 people left.|Some 1,200|1200|1200|true|false",
        "TWO HUNDRED AND FIFTY PRISONERS ESCAPED.|TWO HUNDRED AND FIFTY|250|250|false|false",
        "Between 5 and 7 shells landed.|Between 5 and 7|5|7|true|false",
      })
  void aCountIsReadWithItsRangeAndFlags(
      String text, String span, int min, int max, boolean approximate, boolean recurring) {
    List<Quantity> qs = quantities(text);
    assertThat(qs).hasSize(1);
    Quantity q = qs.get(0);
    assertThat(q.text()).isEqualTo(span);
    assertThat(q.min()).isEqualTo(min);
    assertThat(q.max()).isEqualTo(max);
    assertThat(q.approximate()).isEqualTo(approximate);
    assertThat(q.recurring()).isEqualTo(recurring);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "They paid $4,000 for his release.",
        "The town fell in 2015.",
        "The attack came on June 18 at dawn.",
        "Prices rose 30 percent.",
        "The camp lies 40 km south.",
      })
  void moneyYearsDatesAndMeasuresAreNotCounts(String text) {
    assertThat(quantities(text)).isEmpty();
  }
}
