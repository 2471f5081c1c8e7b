package org.sijil.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sijil.extract.EventExtractor;
import org.sijil.extract.ExtractionResult;
import org.sijil.model.event.Event;
import org.sijil.model.event.PlaceRef;
import org.sijil.model.geo.Place;
import org.sijil.model.time.TimeExpression;
import org.sijil.nlp.time.DocumentDateInferer;
import org.sijil.nlp.time.RuleTimeExpressionRecognizer;
import org.sijil.nlp.time.TimeExpressionRecognizer;
import org.sijil.resolve.geo.Gazetteer;
import org.sijil.resolve.geo.Geoparser;
import org.sijil.resolve.geo.LocateHints;
import org.sijil.resolve.geo.PlaceCandidate;
import org.sijil.resolve.geo.PlaceResolver;
import org.sijil.resolve.geo.Toponym;

/**
 * The whole extraction of a report: events (type, actors, counts, attribution, modality) from
 * {@link EventExtractor}, dated by the time recogniser, placed by the geoparser over the bundled
 * gazetteer. This is what {@code sijil extract}, ingest and the evaluation run.
 *
 * <p>Immutable and thread-safe; its resources (gazetteer, lexicons) are built once per JVM, so
 * create one and share it.
 */
public final class ReportExtractor {
  /** Below this score a place named only in an event's clause is left unresolved. */
  private static final double MIN_LOCATE_SCORE = 0.3;

  private final String lexiconVersion;
  private final RuleTimeExpressionRecognizer times;
  private final DocumentDateInferer dateInferer;
  private final Geoparser geoparser;
  private final PlaceResolver places;

  private ReportExtractor(CompletableFuture<Gazetteer> loading) {
    this.times = RuleTimeExpressionRecognizer.english();
    this.lexiconVersion = EventExtractor.english().lexiconVersion();
    this.dateInferer = DocumentDateInferer.english();
    Gazetteer gazetteer;
    try {
      gazetteer = loading.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    this.geoparser = new Geoparser(gazetteer);
    this.places = new PlaceResolver(gazetteer);
  }

  /**
   * The English extractor over the bundled gazetteer.
   *
   * @throws IllegalStateException when the bundled gazetteer cannot be read
   */
  public static ReportExtractor english() {
    // The gazetteer is the larger part of the cold start: it loads on another core while the
    // rules and lexicons are built here.
    return new ReportExtractor(CompletableFuture.supplyAsync(Gazetteer::bundled));
  }

  /** Version string of the resources in use, for provenance of stored results. */
  public String version() {
    return lexiconVersion + ";" + Gazetteer.bundled().version();
  }

  /**
   * Extracts one report.
   *
   * @param text the raw text
   * @param published the publication date, or null when unknown (then it is inferred from the text
   *     where possible, never later than {@code notAfter})
   * @param notAfter the latest date the report can have been written, e.g. when it was retrieved
   */
  public ReportExtraction extract(String text, LocalDate published, LocalDate notAfter) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(notAfter, "notAfter");
    DocumentDate date = documentDate(text, published, notAfter);
    // The event extractor dates events from the same time expressions that the result lists:
    // recognise them once. An extractor is cheap to build (its lexicon is loaded once per JVM).
    RecognizedOnce once = new RecognizedOnce(times, text, date.date());
    ExtractionResult result =
        EventExtractor.builder().timeRecognizer(once).build().extract(text, date.date());
    List<Toponym> toponyms = geoparser.parse(text);
    List<Place> resolved = new ArrayList<>();
    Map<String, Integer> countries = new HashMap<>();
    for (Toponym t : toponyms) {
      if (t.place() != null) {
        resolved.add(t.place());
        countries.merge(t.place().countryCode(), 1, Integer::sum);
      }
    }
    String mainCountry =
        countries.entrySet().stream()
            .filter(e -> !e.getKey().isEmpty())
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(null);
    LocateHints hints = new LocateHints(mainCountry, null, resolved);
    List<Event> located = new ArrayList<>();
    for (Event e : result.events()) {
      located.add(place(e, toponyms, hints));
    }
    List<Event> asideLocated = new ArrayList<>();
    for (Event e : result.setAside()) {
      asideLocated.add(place(e, toponyms, hints));
    }
    return new ReportExtraction(
        located, asideLocated, toponyms, once.recognize(text, date.date()), date);
  }

  /**
   * The expressions of one text, recognised up front: the event extractor and the result ask for
   * the same text's expressions, so they are found once. Other texts go to the recogniser.
   * Immutable; lives for one call.
   */
  private static final class RecognizedOnce implements TimeExpressionRecognizer {
    private final TimeExpressionRecognizer recognizer;
    private final String text;
    private final LocalDate date;
    private final List<TimeExpression> found;

    RecognizedOnce(TimeExpressionRecognizer recognizer, String text, LocalDate date) {
      this.recognizer = recognizer;
      this.text = text;
      this.date = date;
      this.found = recognizer.recognize(text, date);
    }

    @Override
    public List<TimeExpression> recognize(String text, LocalDate documentDate) {
      return text.equals(this.text) && Objects.equals(documentDate, date)
          ? found
          : recognizer.recognize(text, documentDate);
    }
  }

  private DocumentDate documentDate(String text, LocalDate published, LocalDate notAfter) {
    if (published != null) {
      return DocumentDate.published(published);
    }
    Optional<DocumentDateInferer.InferredDate> inferred = dateInferer.infer(text, notAfter);
    return inferred
        .map(
            i ->
                new DocumentDate(
                    i.date(), DocumentDate.Basis.INFERRED, i.confidence(), i.explanation()))
        .orElseGet(DocumentDate::unknown);
  }

  /**
   * Gives an event's place coordinates: the geoparser's reading of the same words when it has one,
   * else a gazetteer lookup of the name with the document's places as context; an event with no
   * place of its own takes the first resolved toponym inside its evidence.
   */
  private Event place(Event e, List<Toponym> toponyms, LocateHints hints) {
    PlaceRef ref = e.location();
    if (ref == null) {
      for (Toponym t : toponyms) {
        if (t.place() != null && e.evidence().contains(t.span())) {
          return e.withLocation(
              toRef(PlaceRef.named(t.text(), t.span()), t.place(), t.precision()));
        }
      }
      return e;
    }
    if (ref.isResolved()) {
      return e;
    }
    if (ref.span() != null) {
      for (Toponym t : toponyms) {
        if (t.place() != null && t.span().overlaps(ref.span())) {
          return e.withLocation(toRef(ref, t.place(), t.precision()));
        }
      }
    }
    List<PlaceCandidate> candidates = places.locate(ref.name(), hints);
    if (!candidates.isEmpty() && candidates.get(0).score() >= MIN_LOCATE_SCORE) {
      Place p = candidates.get(0).place();
      return e.withLocation(toRef(ref, p, p.isRegion() ? 3 : 1));
    }
    return e;
  }

  private static PlaceRef toRef(PlaceRef ref, Place p, int precision) {
    return ref.withCoordinates(
        p.lat(),
        p.lon(),
        p.countryCode().isEmpty() ? null : p.countryCode(),
        p.admin1().isEmpty() ? null : p.admin1(),
        precision);
  }
}
