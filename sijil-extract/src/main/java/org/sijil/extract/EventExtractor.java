package org.sijil.extract;

import java.time.LocalDate;
import java.util.Objects;
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
 * <p>Immutable and thread-safe: build one and share it. The lexicon is loaded once per JVM.
 */
public final class EventExtractor {

  private static final class EnglishHolder {
    static final Lexicon LEXICON = Lexicon.load("en");
  }

  private final Lexicon lexicon;
  private final Pipeline pipeline;
  private final TimeExpressionRecognizer timeRecognizer;
  private final PlaceResolver placeResolver;

  private EventExtractor(Builder b) {
    this.lexicon = EnglishHolder.LEXICON;
    this.pipeline = Pipeline.basic();
    this.timeRecognizer = b.timeRecognizer;
    this.placeResolver = b.placeResolver;
  }

  /** The English extractor without date or place resolution. */
  public static EventExtractor english() {
    return builder().build();
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
    return new DocumentReader(lexicon, pipeline.run(text), timeRecognizer, placeResolver)
        .read(documentDate);
  }

  /** Configures an extractor; not thread-safe. */
  public static final class Builder {
    private TimeExpressionRecognizer timeRecognizer;
    private PlaceResolver placeResolver;

    private Builder() {}

    /** Dates events from the time expressions of their sentence. */
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
