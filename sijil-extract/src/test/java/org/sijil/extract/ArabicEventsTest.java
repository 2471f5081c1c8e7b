package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.doc.Language;
import org.sijil.model.event.Attribution;
import org.sijil.model.event.Certainty;
import org.sijil.model.event.Count;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;
import org.sijil.model.event.SubEventType;
import org.sijil.model.event.Tag;
import org.sijil.nlp.time.RuleTimeExpressionRecognizer;

/**
 * The Arabic rules (docs/ontology.md, "Arabic rules"), each with a sentence that fires it and one
 * that must not. Every sentence was written for this test.
 */
class ArabicEventsTest {

  private static final EventExtractor EXTRACTOR =
      EventExtractor.builder()
          .language(Language.ARABIC)
          .timeRecognizer(RuleTimeExpressionRecognizer.arabic())
          .build();

  /** Wednesday 15 March 2023. */
  private static final LocalDate WEDNESDAY = LocalDate.of(2023, 3, 15);

  private static List<Event> events(String text) {
    return EXTRACTOR.extract(text, WEDNESDAY).events();
  }

  private static Event single(String text) {
    List<Event> es = events(text);
    assertThat(es).as("events of %s", text).hasSize(1);
    return es.get(0);
  }

  private static Count count(Event e, CountKind kind) {
    return e.counts().get(kind);
  }

  // ------------------------------------------------------------------ building

  @Test
  void theArabicExtractorReadsWithTheArabicLexicon() {
    assertThat(EventExtractor.arabic().lexiconVersion()).startsWith("lexicon-ar@");
    assertThat(EventExtractor.arabic().language()).isEqualTo(Language.ARABIC);
    assertThat(EventExtractor.forLanguage(Language.ARABIC)).isPresent();
    assertThat(EventExtractor.hasRules(Language.ENGLISH)).isTrue();
  }

  @Test
  void aLanguageWithoutALexiconIsRefusedWhenTheExtractorIsBuilt() {
    assertThat(EventExtractor.forLanguage(new Language("fr"))).isEmpty();
    assertThatThrownBy(() -> EventExtractor.builder().language(new Language("fr")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found 'fr'");
  }

  // ------------------------------------------------------------------ the typical report

  @Test
  void aTypicalMonitorsSentenceGivesEveryArgumentWithSpansIntoTheRawText() {
    String text =
        "قتل أربعة مدنيين بينهم امرأة برصاص مسلحين مجهولين في قرية الكسرة بريف دير الزور"
            + " الغربي يوم الأحد، بحسب شبكة محلية.";
    Event e = single(text);
    assertThat(e.subType()).isEqualTo(SubEventType.ATTACK);
    assertThat(e.tags()).contains(Tag.SHOOTING);
    assertThat(e.trigger().of(text)).isEqualTo("قتل");
    assertThat(e.perpetrator().actorId()).isEqualTo("unidentified");
    assertThat(e.perpetrator().span().of(text)).isEqualTo("مسلحين مجهولين");
    assertThat(e.victim().actorId()).isEqualTo("civilians");
    Count killed = count(e, CountKind.KILLED);
    assertThat(killed.min()).isEqualTo(4);
    assertThat(killed.max()).isEqualTo(4);
    assertThat(killed.span().of(text)).isEqualTo("أربعة");
    assertThat(e.location().name()).isEqualTo("الكسرة");
    assertThat(e.location().span().of(text)).isEqualTo("الكسرة");
    assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 3, 12));
    assertThat(e.attribution().kind()).isEqualTo(Attribution.Kind.REPORT);
    assertThat(e.attribution().source()).isEqualTo("شبكة محلية");
    assertThat(e.certainty()).isEqualTo(Certainty.REPORTED);
    assertThat(e.evidence().of(text)).isEqualTo(text);
  }

  // ------------------------------------------------------------------ clitics and spelling

  @ParameterizedTest
  @CsvSource({
    "وبقصف مدفعي لقوات النظام قتل مزارع في قرية البوليل, Shelling/artillery/missile attack",
    "فاغتال مسلحون مجهولون مختار قرية الجرذي, Attack",
    "اعدم عناصر التنظيم راعيا في بادية الشولا, Attack",
    "قُتِلَ ثلاثةُ رعاةٍ بانفجار لغمٍ في بادية السخنة, Remote explosive/landmine/IED",
    "قـتـل شابان بانفجار عبوة ناسفة في مدينة الطبقة, Remote explosive/landmine/IED",
  })
  void triggersAreSeenThroughCliticsSpellingVariantsTatweelAndHarakat(String text, String sub) {
    assertThat(single(text).subType().label()).isEqualTo(sub);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "أفرج عن الموقوفين لعدم وجود أدلة ضدهم في مدينة الرقة",
        "عقد المجلس المحلي اجتماعا في بلدة الشحيل لبحث الخدمات",
        "افتتحت بلدية المدينة مدرسة جديدة في حي الرميلة",
      })
  void wordsThatOnlyShareLettersWithATriggerMakeNoEvent(String text) {
    assertThat(events(text)).isEmpty();
  }

  // ------------------------------------------------------------------ perpetrators

  @ParameterizedTest
  @CsvSource({
    "قتل شاب على يد عناصر داعش في بلدة ذيبان, isis",
    "اعتقل ثلاثة شبان من قبل الأسايش في مدينة القامشلي, asayish",
    "أصيب طفلان برصاص الجيش التركي قرب مدينة رأس العين, turkey",
    "قتل مدنيان بقصف للطائرات الروسية على قرية في ريف إدلب, russia",
    "قتلت قوات النظام ثلاثة مدنيين في بلدة الميادين, syria_gov",
    "قصفت القوات التركية قرية تل جمعة بقذائف الهاون, turkey",
  })
  void thePerpetratorIsReadFromItsCueOrFromVerbSubjectOrder(String text, String actor) {
    assertThat(single(text).perpetrator().actorId()).isEqualTo(actor);
  }

  @Test
  void aMemberOfAGroupKilledIsTheVictimNotThePerpetrator() {
    Event e = single("قتل عنصران من قوات النظام بانفجار لغم في بادية حمص");
    assertThat(e.perpetrator()).isNull();
    assertThat(e.victim().actorId()).isEqualTo("syria_gov");
    assertThat(count(e, CountKind.KILLED).min()).isEqualTo(2);
  }

  @Test
  void beforeInATimeExpressionIsNoPerpetratorCue() {
    Event e = single("قتل مدني قبل يومين بانفجار لغم في ريف منبج");
    assertThat(e.perpetrator()).isNull();
    assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 3, 13));
  }

  @Test
  void clashesBetweenTwoGroupsMakeTheSecondTheOtherSide() {
    Event e = single("اندلعت اشتباكات بين قسد والجيش الوطني في محيط قرية الدندنية");
    assertThat(e.subType()).isEqualTo(SubEventType.ARMED_CLASH);
    assertThat(e.perpetrator().actorId()).isEqualTo("sdf");
    assertThat(e.victim().actorId()).isEqualTo("sna");
  }

  // ------------------------------------------------------------------ counts

  @ParameterizedTest
  @CsvSource({
    "قتل 12 مدنيا بقصف جوي على بلدة في ريف إدلب, 12, 12, false",
    "قتل ١٢ مدنيا بقصف جوي على بلدة في ريف إدلب, 12, 12, false",
    "قتل سبعة مدنيين بقصف جوي على بلدة في ريف إدلب, 7, 7, false",
    "قتل طفلين بقصف جوي على بلدة في ريف إدلب, 2, 2, false",
    "قتل مدنيين اثنين بقصف جوي على بلدة في ريف إدلب, 2, 2, false",
    "قتل طفل بقصف جوي على بلدة في ريف إدلب, 1, 1, false",
    "قتل عشرات المدنيين بقصف جوي على بلدة في ريف إدلب, 20, 99, true",
    "قتل نحو 15 مدنيا بقصف جوي على بلدة في ريف إدلب, 15, 15, true",
    "قتل ما لا يقل عن 9 مدنيين بقصف جوي على بلدة في ريف إدلب, 9, 9, true",
    "قتل أكثر من 30 مدنيا بقصف جوي على بلدة في ريف إدلب, 30, 30, true",
  })
  void countsAreReadFromDigitsWordsDualsVagueAmountsAndHedges(
      String text, int min, int max, boolean approximate) {
    Count c = count(single(text), CountKind.KILLED);
    assertThat(c.min()).isEqualTo(min);
    assertThat(c.max()).isEqualTo(max);
    assertThat(c.approximate()).isEqualTo(approximate);
  }

  @ParameterizedTest
  @CsvSource({
    "قتل أحد عشر شخصا بانفجار عبوة ناسفة في سوق بلدة الكرامة, 11",
    "قتل اثنا عشر شخصا بانفجار عبوة ناسفة في سوق بلدة الكرامة, 12",
    "قتل سبعة عشر شخصا بانفجار عبوة ناسفة في سوق بلدة الكرامة, 17",
    "قتل أربعة وثلاثون شخصا بانفجار عبوة ناسفة في سوق بلدة الكرامة, 34",
    "قتل تسعة وتسعين شخصا بانفجار عبوة ناسفة في سوق بلدة الكرامة, 99",
    "قتل مئة وعشرون شخصا بانفجار عبوة ناسفة في سوق بلدة الكرامة, 120",
    "قتل مائتان وستة أشخاص بانفجار عبوة ناسفة في سوق بلدة الكرامة, 206",
    "قتل ثلاثمائة وثمانية وأربعون شخصا بانفجار عبوة ناسفة في سوق بلدة الكرامة, 348",
    "قتل مئة وأحد عشر شخصا بانفجار عبوة ناسفة في سوق بلدة الكرامة, 100",
    "انفجرت عبوة ناسفة في سوق بلدة الكرامة ما أسفر عن ستة عشر قتيلا, 16",
    "انفجرت عبوة ناسفة في سوق بلدة الكرامة ما أسفر عن واحد وعشرين قتيلا, 21",
  })
  void compoundNumberWordsAreReadWhole(String text, int killed) {
    Count c = count(single(text), CountKind.KILLED);
    assertThat(c.min()).isEqualTo(killed);
    assertThat(c.max()).isEqualTo(killed);
    assertThat(c.approximate()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "أصيب ثالث بجروح بقصف مدفعي على قرية في ريف الباب",
        "قصفت القوات التركية قرية في ريف الباب للمرة الرابعة خلال الشهر",
        "قتل الخامس من عناصر الحاجز بقصف مدفعي على قرية في ريف الباب",
        "قتل أحد المدنيين بقصف مدفعي على قرية في ريف الباب",
      })
  void anOrdinalOrAHeadOfATeenAloneIsNoCount(String text) {
    assertThat(events(text)).isNotEmpty().allSatisfy(e -> assertThat(e.counts()).isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
    "قتل رجل وزوجته وطفلهما بغارة جوية على منزلهم في بلدة سرمين, 3",
    "قتل طفلان وامرأة بغارة جوية على منزلهم في بلدة سرمين, 3",
    "قتل رجل وامرأة بغارة جوية على منزلهما في بلدة سرمين, 2",
    "قتلت امرأة وطفلاها بغارة جوية على منزلهم في بلدة سرمين, 3",
    "قتل شاب واحد وشقيقه بغارة جوية على منزلهما في بلدة سرمين, 2",
  })
  void coordinatedVictimsAreSummed(String text, int killed) {
    Count c = count(single(text), CountKind.KILLED);
    assertThat(c.min()).isEqualTo(killed);
    assertThat(c.max()).isEqualTo(killed);
  }

  @Test
  void aCoordinatedListStopsAtAnotherVerbOrADefiniteNoun() {
    Event e = single("قتل شاب وأصيب طفل بغارة جوية على بلدة سرمين");
    assertThat(count(e, CountKind.KILLED).min()).isEqualTo(1);
    assertThat(count(e, CountKind.INJURED).min()).isEqualTo(1);
    assertThat(count(single("قتل رجل والطفل بغارة جوية على بلدة سرمين"), CountKind.KILLED).min())
        .isEqualTo(1);
  }

  @Test
  void aCoordinatedPluralOfUnknownSizeLeavesNoFigure() {
    assertThat(single("قتل رجل وأطفاله بغارة جوية على منزلهم في بلدة سرمين").counts())
        .doesNotContainKey(CountKind.KILLED);
  }

  // ------------------------------------------------------------------ round 3: counted nouns

  @ParameterizedTest
  @CsvSource({
    "قتل ثلاثة أطفال وامرأتان بقصف مدفعي على قرية المشيرفة, 5",
    "قتل ثلاثة أطفال وامرأة بقصف مدفعي على قرية المشيرفة, 4",
    "قتل 4 مدنيين وطفل بقصف مدفعي على قرية المشيرفة, 5",
    "قتل خمسة رعاة وأربعة عناصر من قوات النظام بانفجار لغم في بادية السخنة, 9",
  })
  void aCountedNounTakesThePeopleCoordinatedAfterIt(String text, int killed) {
    Count c = count(single(text), CountKind.KILLED);
    assertThat(c.min()).isEqualTo(killed);
    assertThat(c.max()).isEqualTo(killed);
  }

  @ParameterizedTest
  @CsvSource({
    // a hedged figure stays as it is
    "قتل نحو عشرين مدنيا وطفلان بقصف مدفعي على قرية المشيرفة, 20",
    // things are no people
    "قتل ثلاثة أطفال وخمس سيارات بقصف مدفعي على قرية المشيرفة, 3",
    // another verb starts another figure
    "قتل ثلاثة أطفال وأصيب خمسة آخرون بقصف مدفعي على قرية المشيرفة, 3",
    // a definite noun is someone already counted
    "قتل ثلاثة أطفال والرجل بقصف مدفعي على قرية المشيرفة, 3",
  })
  void aCountedNounStopsAtAHedgeAThingAVerbOrADefiniteNoun(String text, int killed) {
    assertThat(count(single(text), CountKind.KILLED).min()).isEqualTo(killed);
  }

  // ------------------------------------------------------------------ round 3: sufferers

  @ParameterizedTest
  @CsvSource({
    "قتلت قوات النظام المعتقلين في سجن حماة المركزي, المعتقلين, syria_gov",
    "أعدم عناصر التنظيم المخطوف في بادية الشولا, المخطوف, isis",
    "عثر الأهالي على جثة المخطوف في قرية الجزرة بعد اختطافه على يد مسلحين مجهولين,"
        + " المخطوف, unidentified",
  })
  void aDefinitePassiveParticipleIsTheVictimAndNeverThePerpetrator(
      String text, String victim, String perp) {
    Event e = single(text);
    assertThat(e.victim()).isNotNull();
    assertThat(e.victim().name()).isEqualTo(victim);
    assertThat(e.victim().category().label()).isEqualTo("Civilians");
    assertThat(e.perpetrator()).isNotNull();
    assertThat(e.perpetrator().actorId()).isEqualTo(perp);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // "in front of" is written as "imam" once hamza is folded (and often without it): a
        // place, never a victim.
        "فرقت قوات الأمن بالقوة تظاهرة أمام مبنى المحافظة في مدينة الحسكة",
        "انفجرت عبوة ناسفة أمام منزل في مدينة الرقة، ما أدى إلى مقتل رجل",
        "انفجرت سيارة مفخخة امام مسجد في بلدة الشحيل",
      })
  void inFrontOfIsNeverTheVictim(String text) {
    Event e = single(text);
    if (e.victim() != null) {
      assertThat(e.victim().name()).doesNotContain("مام");
    }
  }

  @Test
  void theWoundedNamedWithTheArticleAreNoNewCasualtiesButAFigureOfThemIs() {
    // "الجرحى" after a preposition are people hurt before: no outcome, and the shooters stay
    // the perpetrators rather than becoming the victims
    assertThat(events("أطلق مسلحون مجهولون النار على الجرحى في مستشفى بلدة الكشكية"))
        .noneSatisfy(e -> assertThat(e.victim()).isNotNull());
    Event e = single("ارتفع عدد الجرحى إلى سبعة جراء قصف قوات النظام على بلدة الهبيط");
    assertThat(count(e, CountKind.INJURED).min()).isEqualTo(7);
    assertThat(e.perpetrator().actorId()).isEqualTo("syria_gov");
  }

  @Test
  void aParticipleWithoutTheArticleStaysACasualtyFigure() {
    Event e = single("أسفر القصف المدفعي على بلدة الهبيط عن سقوط 5 جرحى");
    assertThat(count(e, CountKind.INJURED).min()).isEqualTo(5);
    assertThat(e.victim()).isNull();
  }

  @Test
  void aProtestDemandingTheDetaineesHasNoVictim() {
    Event e = single("خرجت مظاهرة في مدينة الرقة يوم الخميس للمطالبة بالإفراج عن المعتقلين");
    assertThat(e.subType()).isEqualTo(SubEventType.PEACEFUL_PROTEST);
    assertThat(e.victim()).isNull();
  }

  // ------------------------------------------------------------------ round 3: two sentences

  @Test
  void anInterventionInTheNextSentenceJoinsTheProtest() {
    String text = "خرجت مظاهرة في مدينة شهبا للمطالبة بتحسين الخدمات. فرّقتها قوات الأمن بالقوة.";
    Event e = single(text);
    assertThat(e.subType()).isEqualTo(SubEventType.PROTEST_WITH_INTERVENTION);
    assertThat(e.location().name()).isEqualTo("شهبا");
    assertThat(e.perpetrator().actorId()).isEqualTo("state");
    assertThat(e.evidence().of(text)).startsWith("خرجت مظاهرة").endsWith("بالقوة.");
  }

  @Test
  void lethalForceInTheNextSentenceMakesTheJoinedProtestExcessiveForce() {
    Event e =
        single(
            "تظاهر العشرات في بلدة الجيزة احتجاجا على الاعتقالات. وفرقتهم قوات الأمن بالرصاص"
                + " الحي ما أدى إلى مقتل شاب.");
    assertThat(e.subType()).isEqualTo(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
    assertThat(e.location().name()).isEqualTo("الجيزة");
    assertThat(count(e, CountKind.KILLED).min()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // the pronoun points back to no protest
        "خرجت مظاهرة في مدينة شهبا. ثم فرّقتهم الحرب.",
        "قصفت قوات النظام بلدة الجيزة. ثم فرّقتهم الحرب.",
      })
  void aDispersalVerbWithAPronounAndNoProtestBeforeItIsNoIntervention(String text) {
    assertThat(events(text))
        .noneSatisfy(
            e -> assertThat(e.subType()).isEqualTo(SubEventType.PROTEST_WITH_INTERVENTION));
  }

  @Test
  void aDispersalWithNoForceNamedLeavesTheProtestAsItWas() {
    Event e = single("خرجت مظاهرة في مدينة شهبا يوم الأحد. ثم فرّقتهم الأمطار.");
    assertThat(e.subType()).isEqualTo(SubEventType.PEACEFUL_PROTEST);
    assertThat(e.location().name()).isEqualTo("شهبا");
  }

  @Test
  void anInterventionElsewhereInTheNextSentenceLeavesTheProtestApart() {
    List<Event> es =
        events(
            "خرجت مظاهرة في مدينة شهبا يوم الأحد. وفرقت قوات الأمن مظاهرة أخرى في مدينة"
                + " الصنمين.");
    assertThat(es)
        .extracting(e -> e.subType())
        .contains(SubEventType.PROTEST_WITH_INTERVENTION, SubEventType.PEACEFUL_PROTEST);
  }

  @ParameterizedTest
  @CsvSource({
    "خرجت مظاهرة في بلدة الصور بريف دير الزور يوم الخميس, Peaceful protest",
    "نظم طلاب الجامعة وقفة احتجاجية في مدينة الحسكة يوم الأحد, Peaceful protest",
    "فرقت الشرطة العسكرية مظاهرة في مدينة الباب بالقوة, Protest with intervention",
    "أطلقت قوات الأمن الغاز المسيل للدموع على المحتجين في مدينة السويداء,"
        + " Protest with intervention",
    "اندلعت أعمال شغب في مدينة المالكية يوم السبت, Violent demonstration",
  })
  void protestsAreReadWithTheirSubType(String text, String sub) {
    assertThat(single(text).subType().label()).isEqualTo(sub);
  }

  @Test
  void aProtestAndLethalForceOnItInOneSentenceAreOneExcessiveForceEvent() {
    Event e =
        single(
            "خرجت مظاهرة في بلدة الشحيل فأطلقت قوات الأمن الرصاص الحي على المتظاهرين"
                + " ما أدى إلى مقتل شابين");
    assertThat(e.subType()).isEqualTo(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
    assertThat(count(e, CountKind.KILLED).min()).isEqualTo(2);
    assertThat(e.location().name()).isEqualTo("الشحيل");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "أطلقت قوات النظام الرصاص على سيارة مدنية في ريف درعا",
        "استخدمت الشرطة خراطيم المياه لإطفاء الحريق في مدينة الرقة",
      })
  void forceWordsWithoutAProtestAreNoProtest(String text) {
    assertThat(events(text))
        .noneSatisfy(e -> assertThat(e.subType().type().label()).isEqualTo("Protests"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "قتل الطفل بقصف جوي على بلدة في ريف إدلب يوم الأحد",
        "قتل مدنيون بسقوط 3 قذائف على بلدة في ريف إدلب يوم الأحد",
        "قتل مدنيون بقصف جوي على بلدة في ريف إدلب عام 2019",
      })
  void aDefiniteNounADateOrAWeaponCountIsNoCasualtyFigure(String text) {
    assertThat(single(text).counts()).doesNotContainKey(CountKind.KILLED);
  }

  @Test
  void killedAndInjuredEachTakeTheirOwnFigure() {
    Event e = single("انفجرت سيارة مفخخة في مدينة جرابلس ما أدى إلى مقتل 6 أشخاص وإصابة 14 آخرين");
    assertThat(e.tags()).contains(Tag.CAR_BOMB);
    assertThat(count(e, CountKind.KILLED).min()).isEqualTo(6);
    assertThat(count(e, CountKind.INJURED).min()).isEqualTo(14);
  }

  // ------------------------------------------------------------------ attribution and claims

  @Test
  void aReportingVerbNamesTheSource() {
    Event e = single("أفاد ناشطون محليون بأن مسلحين اختطفوا طبيبا في مدينة الباب");
    assertThat(e.subType()).isEqualTo(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
    assertThat(e.attribution().source()).isEqualTo("ناشطون محليون");
    assertThat(e.attribution().kind()).isEqualTo(Attribution.Kind.REPORT);
  }

  @Test
  void aClaimInTheNextSentenceNamesThePerpetrator() {
    Event e =
        single(
            "انفجرت عبوة ناسفة بسيارة عسكرية في ريف الحسكة ما أدى إلى مقتل جنديين."
                + " وأعلن تنظيم داعش مسؤوليته عن الهجوم.");
    assertThat(e.perpetrator().actorId()).isEqualTo("isis");
    assertThat(e.attribution().kind()).isEqualTo(Attribution.Kind.CLAIM);
  }

  @Test
  void withoutASourceThereIsNoAttribution() {
    assertThat(single("قتل مزارع بانفجار لغم في ريف الرقة").attribution()).isNull();
  }

  // ------------------------------------------------------------------ modality

  @ParameterizedTest
  @CsvSource({
    "لم تقصف قوات النظام بلدة الهبيط خلال اليومين الماضيين, NEGATED",
    "ستقصف القوات التركية قرى ريف تل تمر إذا استمر التصعيد, FUTURE",
    "سوف تقصف القوات التركية قرى ريف تل تمر, FUTURE",
    "لو قصفت الطائرات السوق لقتل العشرات, HYPOTHETICAL",
    "يخشى الأهالي قصف قوات النظام لبلدتهم في ريف إدلب, GENERIC",
  })
  void negatedFutureHypotheticalAndGenericMentionsAreSetAside(String text, Certainty certainty) {
    ExtractionResult r = EXTRACTOR.extract(text, WEDNESDAY);
    assertThat(r.events()).isEmpty();
    assertThat(r.setAside()).extracting(Event::certainty).contains(certainty);
  }

  @Test
  void aNegationInAnEarlierClauseDoesNotNegateTheEvent() {
    Event e =
        single("لم تعرف هوية الضحايا حتى الآن، وقتل خمسة مدنيين بقصف لقوات النظام في بلدة كفرنبل");
    assertThat(e.certainty()).isEqualTo(Certainty.ASSERTED);
  }

  @Test
  void aHedgedReportIsUncertain() {
    assertThat(single("يعتقد أن مسلحين مجهولين قتلوا راعيين في بادية الرصافة").certainty())
        .isEqualTo(Certainty.UNCERTAIN);
  }

  // ------------------------------------------------------------------ places and dates

  @ParameterizedTest
  @CsvSource({
    "قتل مزارع بانفجار لغم في مدينة الشدادي, الشدادي",
    "قتل مزارع بانفجار لغم بريف دير الزور الشرقي, دير الزور",
    "قتل مزارع بانفجار لغم في بلدة تل حميس, تل حميس",
  })
  void thePlaceIsTheNameAfterAPlaceNoun(String text, String place) {
    assertThat(single(text).location().name()).isEqualTo(place);
  }

  @Test
  void aPlaceNounWithTheArticleNamesNoPlace() {
    assertThat(single("قتل مزارع بانفجار لغم في المدينة يوم السبت").location()).isNull();
  }

  @Test
  void theEventTakesTheDateOfItsSentence() {
    Event e = single("في 3 شباط 2021 قتل مزارع بانفجار لغم في ريف الرقة");
    assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 2, 3));
  }

  // ------------------------------------------------------------------ sub-type decisions

  @Test
  void aDetentionByAGroupWithoutAuthorityIsAnAbduction() {
    Event e = single("احتجز مسلحون مجهولون خمسة عمال في مدينة الباب");
    assertThat(e.subType()).isEqualTo(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
    assertThat(count(e, CountKind.ABDUCTED).min()).isEqualTo(5);
  }

  @Test
  void anArrestByAnAuthorityStaysAnArrest() {
    Event e = single("اعتقلت الأسايش خمسة شبان في مدينة الحسكة");
    assertThat(e.subType()).isEqualTo(SubEventType.ARRESTS);
    assertThat(count(e, CountKind.DETAINED).min()).isEqualTo(5);
  }

  @Test
  void stateForcesTakingAPlaceRegainTerritory() {
    Event e = single("سيطرت قوات النظام على بلدة معرة النعمان بعد معارك عنيفة");
    assertThat(e.subType()).isEqualTo(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
    assertThat(single("سيطرت هيئة تحرير الشام على قرية كفرتعال بعد معارك").subType())
        .isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
  }

  @Test
  void aDeathByDrowningWithNoDoerIsNoEvent() {
    assertThat(events("توفي طفل غرقا في نهر الفرات قرب مدينة الرقة يوم الجمعة")).isEmpty();
  }

  @Test
  void displacementCausedByShellingIsOneDisplacementEvent() {
    Event e = single("نزحت عشرات العائلات من قرى ريف منبج بسبب القصف التركي");
    assertThat(e.subType()).isEqualTo(SubEventType.OTHER);
    assertThat(e.tags()).contains(Tag.DISPLACEMENT);
    assertThat(count(e, CountKind.DISPLACED).approximate()).isTrue();
  }

  @Test
  void aDefusedMineIsADisruption() {
    Event e = single("فككت فرق الهندسة التابعة لقسد لغما أرضيا في بلدة الصور");
    assertThat(e.subType()).isEqualTo(SubEventType.DISRUPTED_WEAPONS_USE);
  }

  @Test
  void twoMentionsOfOneIncidentAreMerged() {
    List<Event> es =
        events(
            "قتل ثلاثة مدنيين بقصف لقوات النظام على بلدة النيرب يوم الأحد."
                + " وكان القصف قد استهدف بلدة النيرب بعدة قذائف.");
    assertThat(es).hasSize(1);
  }

  // ------------------------------------------------------------------ noise

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 40).boxed();
  }

  private static final String[] WORDS = {
    "قتل",
    "وبقصف",
    "لقوات",
    "النظام",
    "مدنيين",
    "ثلاثة",
    "١٢",
    "عشرات",
    "في",
    "بلدة",
    "بريف",
    "دير",
    "الزور",
    "يوم",
    "الأحد",
    "،",
    ".",
    "بحسب",
    "المرصد",
    "لم",
    "ستقصف",
    "على",
    "يد",
    "داعش",
    "أعلن",
    "مسؤوليته",
    "ـ",
    "ً",
    "نحو",
    "ما",
    "لا",
    "يقل",
    "عن",
    "\n",
    "بين",
    "و",
    "قسد",
    "اشتباكات",
    "سيطرت",
    "اعتقلت",
    "الأسايش",
  };

  @ParameterizedTest
  @MethodSource("seeds")
  void arabicScriptNoiseGivesEventsWhoseSpansLieInTheTextAndRunsAgree(long seed) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = random.nextInt(120); i > 0; i--) {
      int kind = random.nextInt(10);
      if (kind == 0) {
        sb.appendCodePoint(0x600 + random.nextInt(0x100));
      } else if (kind == 1) {
        sb.appendCodePoint(0xFB50 + random.nextInt(0x300));
      } else {
        sb.append(WORDS[random.nextInt(WORDS.length)]);
      }
      sb.append(random.nextInt(6) == 0 ? "" : " ");
    }
    String text = sb.toString();
    LocalDate date = random.nextBoolean() ? null : WEDNESDAY;
    ExtractionResult first = EXTRACTOR.extract(text, date);
    for (Event e : first.events()) {
      assertThat(e.evidence().end()).isLessThanOrEqualTo(text.length());
      assertThat(e.evidence().contains(e.trigger())).isTrue();
      for (var span :
          Stream.of(
                  e.perpetrator() == null ? null : e.perpetrator().span(),
                  e.victim() == null ? null : e.victim().span(),
                  e.location() == null ? null : e.location().span())
              .filter(s -> s != null)
              .toList()) {
        assertThat(span.end()).isLessThanOrEqualTo(text.length());
      }
      e.counts()
          .values()
          .forEach(c -> assertThat(c.span().end()).isLessThanOrEqualTo(text.length()));
    }
    assertThat(EXTRACTOR.extract(text, date)).isEqualTo(first);
  }

  @Test
  void englishTextGivesNoArabicEventsAndNoFailure() {
    assertThatCode(() -> EXTRACTOR.extract("Gunmen killed two civilians in Raqqa.", null))
        .doesNotThrowAnyException();
  }
}
