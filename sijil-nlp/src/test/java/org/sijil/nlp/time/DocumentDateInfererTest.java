package org.sijil.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentDateInfererTest {

  private static final DocumentDateInferer INFERER = DocumentDateInferer.english();
  private static final LocalDate COLLECTED = LocalDate.of(2026, 1, 1);

  @Test
  void aWeekdayDatePairTakesTheFirstFittingYearFromTheLatestMentionedYear() {
    // June 18 is a Sunday in 2017 and 2023; the text speaks of 2017.
    String text =
        "The offensive that began in 2017 reached the eastern districts on Sunday, June 18,"
            + " when three schools were hit.";
    Optional<DocumentDateInferer.InferredDate> inferred = INFERER.infer(text, COLLECTED);
    assertThat(inferred).isPresent();
    assertThat(inferred.get().date()).isEqualTo(LocalDate.of(2017, 6, 18));
    assertThat(inferred.get().confidence()).isGreaterThan(0.8);
    assertThat(inferred.get().explanation()).contains("2017").contains("Sunday, June 18");
  }

  @Test
  void aMentionedYearThatDoesNotFitMovesToTheNextYearThatDoes() {
    // June 18 is a Monday in 2018 and a Tuesday in 2019, a Sunday again in 2023.
    String text = "After the 2018 ceasefire, shelling resumed on Sunday, June 18.";
    Optional<DocumentDateInferer.InferredDate> inferred = INFERER.infer(text, COLLECTED);
    assertThat(inferred)
        .map(DocumentDateInferer.InferredDate::date)
        .contains(LocalDate.of(2023, 6, 18));
    assertThat(inferred.get().confidence()).isLessThan(0.9);
  }

  @Test
  void withNoYearMentionedTheLatestFittingYearBeforeTheBoundIsTakenWithLowConfidence() {
    String text = "Shelling resumed on Tuesday, 4 March.";
    Optional<DocumentDateInferer.InferredDate> inferred = INFERER.infer(text, COLLECTED);
    // March 4 was a Tuesday in 2025, the latest such year before 2026.
    assertThat(inferred)
        .map(DocumentDateInferer.InferredDate::date)
        .contains(LocalDate.of(2025, 3, 4));
    assertThat(inferred.get().confidence()).isLessThan(0.5);
  }

  @Test
  void severalPairsChooseTheYearMostOfThemFitAndTheLatestDay() {
    String text =
        "Fighting in 2016 spread. On Friday, 3 June the road closed; on Monday, 6 June it"
            + " reopened.";
    Optional<DocumentDateInferer.InferredDate> inferred = INFERER.infer(text, COLLECTED);
    assertThat(inferred)
        .map(DocumentDateInferer.InferredDate::date)
        .contains(LocalDate.of(2016, 6, 6));
  }

  @Test
  void aTextWithoutWeekdayDatePairsInfersNothing() {
    assertThat(INFERER.infer("Clashes continued in 2019 near the river.", COLLECTED)).isEmpty();
    assertThat(INFERER.infer("", COLLECTED)).isEmpty();
  }
}
