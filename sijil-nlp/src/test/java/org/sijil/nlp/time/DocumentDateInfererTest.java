package org.sijil.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentDateInfererTest {

  private static final DocumentDateInferer INFERER = DocumentDateInferer.english();
  private static final DocumentDateInferer ARABIC = DocumentDateInferer.arabic();
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

  @Test
  void anArabicWeekdayWithDayAndMonthTakesTheYearTheTextMentions() {
    // 18 June is a Sunday in 2017 and 2023; the text speaks of 2017.
    String text = "بدأت الحملة في عام 2017، ووصلت إلى الأحياء الشرقية يوم الأحد 18 حزيران.";
    Optional<DocumentDateInferer.InferredDate> inferred = ARABIC.infer(text, COLLECTED);
    assertThat(inferred)
        .map(DocumentDateInferer.InferredDate::date)
        .contains(LocalDate.of(2017, 6, 18));
    assertThat(inferred.get().confidence()).isGreaterThan(0.8);
    assertThat(inferred.get().explanation()).contains("الأحد 18 حزيران");
  }

  @Test
  void arabicIndicDigitsTheOtherMonthNameAndAlMuwafiqAreRead() {
    // 7 October is a Sunday in 2012 and 2018; the text speaks of 2018.
    String text =
        "وفي صيف ٢٠١٨ عاد التوتر، ثم قصفت المدفعية القرية الأحد الموافق ٧ تشرين الأول/أكتوبر.";
    assertThat(ARABIC.infer(text, COLLECTED))
        .map(DocumentDateInferer.InferredDate::date)
        .contains(LocalDate.of(2018, 10, 7));
  }

  @Test
  void withNoYearMentionedAnArabicPairTakesTheLatestFittingYearWithLowConfidence() {
    // 4 March was a Tuesday in 2025, the latest such year before 2026.
    Optional<DocumentDateInferer.InferredDate> inferred =
        ARABIC.infer("تجدد القصف على البلدة يوم الثلاثاء 4 آذار.", COLLECTED);
    assertThat(inferred)
        .map(DocumentDateInferer.InferredDate::date)
        .contains(LocalDate.of(2025, 3, 4));
    assertThat(inferred.get().confidence()).isLessThan(0.5);
  }

  @Test
  void anArabicDateWithItsYearOrWithoutAWeekdayInfersNothing() {
    assertThat(ARABIC.infer("قصفت الطائرات البلدة يوم الأحد 18 حزيران 2017.", COLLECTED)).isEmpty();
    assertThat(ARABIC.infer("قصفت الطائرات البلدة في 18 حزيران.", COLLECTED)).isEmpty();
    assertThat(ARABIC.infer("Shelling resumed on Tuesday, 4 March.", COLLECTED)).isEmpty();
  }

  @Test
  void theEnglishInfererDoesNotReadArabicPairs() {
    assertThat(INFERER.infer("تجدد القصف على البلدة يوم الثلاثاء 4 آذار.", COLLECTED)).isEmpty();
  }
}
