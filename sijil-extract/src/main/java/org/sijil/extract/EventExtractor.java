package org.sijil.extract;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sijil.model.doc.Language;
import org.sijil.nlp.Pipeline;
import org.sijil.nlp.time.TimeExpressionRecognizer;

/**
 * Reads incidents of political violence and strategic developments from a text into {@link
 * org.sijil.model.event.Event}s coded with ACLED's sub-event types (see {@code docs/ontology.md}).
 *
 * <p>Rules over a lexicon of triggers, actors, weapons and cues (data files under {@code
 * org/sijil/extract/lexicon/en/}): a trigger gives the sub-type and tags; arguments come from the
 * trigger's clause (subject or "by X" for the perpetrator, object or passive subject for the
 * victim, "in X"/"the city of X"/"X countryside" for the place, the count next to the victim); "the
 * group" and "they" refer back to the last named armed actor; negated, hypothetical, future and
 * generic mentions are set aside; mentions of one incident in several sentences are merged.
 *
 * <p>Arabic text is read by its own rules over {@code lexicon/ar/} (docs/ontology.md, "Arabic
 * rules"): {@link #arabic()} or {@code builder().language(Language.ARABIC)}.
 *
 * <p>Immutable and thread-safe: build one and share it. The lexicon is loaded once per JVM.
 */
public final class EventExtractor {

  private static final class EnglishHolder {
    static final Lexicon LEXICON = Lexicon.load("en");
  }

  private static final class ArabicHolder {
    static final Lexicon LEXICON = Lexicon.load("ar");

    /** The lexicon's words and the reader's own: what clitics are stripped to reach. */
    static final Set<String> VOCABULARY = vocabulary();

    private static Set<String> vocabulary() {
      Set<String> v = new HashSet<>(LEXICON.words);
      v.addAll(ArabicReader.ownWords());
      return Set.copyOf(v);
    }
  }

  /** The languages with a lexicon and rules. */
  private static final Set<Language> LANGUAGES = Set.of(Language.ENGLISH, Language.ARABIC);

  private final Language language;
  private final Lexicon lexicon;
  private final Pipeline pipeline;
  private final TimeExpressionRecognizer timeRecognizer;
  private final PlaceResolver placeResolver;

  private EventExtractor(Builder b) {
    this.language = b.language;
    this.lexicon = language.equals(Language.ARABIC) ? ArabicHolder.LEXICON : EnglishHolder.LEXICON;
    this.pipeline = Pipeline.basic();
    this.timeRecognizer = b.timeRecognizer;
    this.placeResolver = b.placeResolver;
  }

  /** The English extractor without date or place resolution. */
  public static EventExtractor english() {
    return builder().build();
  }

  /** The Arabic extractor without date or place resolution. */
  public static EventExtractor arabic() {
    return builder().language(Language.ARABIC).build();
  }

  /**
   * Whether events of {@code language} can be extracted: English and Arabic have lexicons and
   * rules. {@link Language#UNDETERMINED} is not one of them (callers read it as English).
   */
  public static boolean hasRules(Language language) {
    return LANGUAGES.contains(Objects.requireNonNull(language, "language"));
  }

  /** The extractor of {@code language} without date or place resolution, or empty without rules. */
  public static Optional<EventExtractor> forLanguage(Language language) {
    return hasRules(language)
        ? Optional.of(builder().language(language).build())
        : Optional.empty();
  }

  /** The language whose lexicon and rules this extractor reads with. */
  public Language language() {
    return language;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The version of the lexicon in use, for provenance, e.g. {@code lexicon-en@1a2b3c4d}. */
  public String lexiconVersion() {
    return lexicon.version;
  }

  /**
   * The events of {@code text}.
   *
   * @param text the raw text; every span in the result points into it
   * @param documentDate the publication date, or null when unknown; used only by the time
   *     recogniser, when one is configured
   */
  public ExtractionResult extract(String text, LocalDate documentDate) {
    Objects.requireNonNull(text, "text");
    if (language.equals(Language.ARABIC)) {
      return new ArabicReader(lexicon, ArabicHolder.VOCABULARY, text, timeRecognizer, placeResolver)
          .read(documentDate);
    }
    return new DocumentReader(lexicon, pipeline.run(text), timeRecognizer, placeResolver)
        .read(documentDate);
  }

  /** Configures an extractor; not thread-safe. */
  public static final class Builder {
    private Language language = Language.ENGLISH;
    private TimeExpressionRecognizer timeRecognizer;
    private PlaceResolver placeResolver;

    private Builder() {}

    /**
     * Reads with the lexicon and rules of {@code language} (English when not set).
     *
     * @throws IllegalArgumentException when there are none for it ({@link #hasRules})
     */
    public Builder language(Language language) {
      if (!hasRules(language)) {
        throw new IllegalArgumentException(
            "expected a language with an event lexicon (en, ar), found '" + language.code() + "'");
      }
      this.language = language;
      return this;
    }

    /**
     * Dates events from the time expressions of their sentence. Give one for the extractor's
     * language ({@code RuleTimeExpressionRecognizer.forLanguage}).
     */
    public Builder timeRecognizer(TimeExpressionRecognizer recognizer) {
      this.timeRecognizer = Objects.requireNonNull(recognizer, "recognizer");
      return this;
    }

    /** Resolves the places of events to coordinates. */
    public Builder placeResolver(PlaceResolver resolver) {
      this.placeResolver = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    public EventExtractor build() {
      return new EventExtractor(this);
    }
  }
}
