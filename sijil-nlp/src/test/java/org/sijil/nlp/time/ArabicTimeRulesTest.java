package org.sijil.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sijil.model.time.TimeExpression;

/** The Arabic rules, each with a sentence that fires it and one that must not. */
class ArabicTimeRulesTest {

  private static final RuleTimeExpressionRecognizer FAST =
      new RuleTimeExpressionRecognizer(new ArabicTimeRules(), false);
  private static final RuleTimeExpressionRecognizer EVERYWHERE =
      new RuleTimeExpressionRecognizer(new ArabicTimeRules(), true);

  /** Wednesday 15 March 2023. */
  private static final LocalDate WEDNESDAY = LocalDate.of(2023, 3, 15);

  private static List<TimeExpression> find(String text) {
    return FAST.recognize(text, WEDNESDAY);
  }

  private static TimeExpression only(String text) {
    List<TimeExpression> found = find(text);
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest
  @CsvSource({
    "سقطت قذيفة على السوق يوم الأحد, يوم الأحد, 2023-03-12",
    "أصيب رجلان في الهجوم الذي وقع الجمعة الماضية في القرية, الجمعة, 2023-03-10",
    "داهمت دورية المنزل فجر يوم الثلاثاء, فجر يوم الثلاثاء, 2023-03-14TMO",
    "انفجرت عبوة على الطريق أمس, أمس, 2023-03-14",
    "وقعت اشتباكات عنيفة البارحة قرب الجسر, البارحة, 2023-03-14",
    "قصفت الطائرات البلدة الليلة الماضية, الليلة الماضية, 2023-03-14TNI",
    "عثر الأهالي على جثة فجر اليوم, فجر اليوم, 2023-03-15TMO",
    "اعتقلت الدورية شابين قبل يومين, قبل يومين, 2023-03-13",
    "نزحت عائلات من الحي قبل ثلاثة أيام, قبل ثلاثة أيام, 2023-03-12",
    "قتل راعٍ بانفجار لغم الأسبوع الماضي, الأسبوع الماضي, 2023-W10",
    "اختطف تاجر من السوق الشهر الماضي, الشهر الماضي, 2023-02",
    "قتل عنصران في 12 آذار 2019, 12 آذار 2019, 2019-03-12",
    "قتل عنصران في ١٢ كانون الثاني ٢٠٢٠, ١٢ كانون الثاني ٢٠٢٠, 2020-01-12",
    "وقع الانفجار في 3 شباط/فبراير الماضي, 3 شباط/فبراير الماضي, 2023-02-03",
    "جرى الهجوم في 5 تشرين الأول, 5 تشرين الأول, 2022-10-05",
    "سيطرت القوات على المدينة في أيار 2017, أيار 2017, 2017-05",
    "بدأت المعارك عام 2014, عام 2014, 2014",
    "صدر البيان بتاريخ 7/2/2021, 7/2/2021, 2021-02-07",
    "وصل الوفد وبالأمس غادر, الأمس, 2023-03-14",
  })
  void eachRuleReadsItsExpression(String sentence, String expression, String value) {
    TimeExpression e = only(sentence);
    assertThat(e.text()).isEqualTo(expression);
    assertThat(e.value()).isEqualTo(value);
  }

  @Test
  void aWeekdayInAPastReportNeverResolvesIntoTheFuture() {
    // Wednesday's report of "Thursday" means last Thursday, not tomorrow.
    assertThat(only("قتل مدني برصاص قناص يوم الخميس").value()).isEqualTo("2023-03-09");
  }

  @Test
  void aFutureCueTurnsAWeekdayForward() {
    assertThat(only("سوف يعقد الاجتماع يوم الخميس").value()).isEqualTo("2023-03-16");
    assertThat(only("يعقد الاجتماع الخميس المقبل").value()).isEqualTo("2023-03-16");
  }

  @Test
  void theFollowingDayCountsFromThePrecedingDate() {
    List<TimeExpression> found =
        find("هاجم المسلحون الحاجز في 2 آذار 2019 وفي اليوم التالي انسحبوا");
    assertThat(found).extracting(TimeExpression::value).containsExactly("2019-03-02", "2019-03-03");
  }

  @ParameterizedTest
  @CsvSource({
    "قتل أحد المدنيين في القصف",
    "الجمعية الخيرية وزعت المساعدات",
    "كان عدد القتلى 12 شخصا",
    "قتل 45 آذار",
    "الأمسية الشعرية في المركز الثقافي",
    "تعرضت السيارة لإطلاق نار",
  })
  void wordsThatOnlyLookLikeDatesAreNoDates(String sentence) {
    assertThat(find(sentence)).isEmpty();
  }

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 30).boxed();
  }

  private static final String[] FRAGMENTS = {
    "قتل",
    "مدنيون",
    "يوم الأحد",
    "أمس",
    "في",
    "12 آذار",
    "2019",
    "شباط/فبراير",
    "قبل يومين",
    "الأسبوع الماضي",
    "ـ",
    "،",
    ".",
    "\n",
    "٢٠٢١",
    "اليوم",
    "فجر",
    "سوف",
    "الليلة الماضية",
    "وبالأمس",
    "تشرين",
    "الثاني",
    "كانون",
    "عام",
    "/",
    "ً",
  };

  @ParameterizedTest
  @MethodSource("seeds")
  void arabicNoiseGivesSortedSpansInBoundsTheSameForTheFastScanAndTheReference(long seed) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(40);
    for (int i = 0; i < n; i++) {
      if (random.nextInt(8) == 0) {
        sb.appendCodePoint(0x600 + random.nextInt(0x100));
      } else {
        sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      }
      sb.append(random.nextInt(5) == 0 ? "" : " ");
    }
    String text = sb.toString();
    LocalDate date = random.nextBoolean() ? null : WEDNESDAY.minusDays(random.nextInt(5000));
    List<TimeExpression> found = FAST.recognize(text, date);
    int previousEnd = 0;
    for (TimeExpression e : found) {
      assertThat(e.span().start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(e.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(e.span().of(text)).isEqualTo(e.text());
      previousEnd = e.span().end();
    }
    assertThat(EVERYWHERE.recognize(text, date)).isEqualTo(found);
    assertThat(FAST.recognize(text, date)).isEqualTo(found);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomArabicCodePointsNeverMakeItThrow(long seed) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = random.nextInt(3000); i > 0; i--) {
      sb.appendCodePoint(random.nextInt(4) == 0 ? ' ' : 0x600 + random.nextInt(0x100));
    }
    assertThatCode(() -> FAST.recognize(sb.toString(), WEDNESDAY)).doesNotThrowAnyException();
  }
}
