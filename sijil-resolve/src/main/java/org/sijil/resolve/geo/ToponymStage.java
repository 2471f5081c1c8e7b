package org.sijil.resolve.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sijil.model.Span;
import org.sijil.model.doc.Language;
import org.sijil.nlp.AnnotatedText;
import org.sijil.nlp.Annotation;
import org.sijil.nlp.LayerKey;
import org.sijil.nlp.Stage;

/**
 * The geoparser as a pipeline {@link Stage}: adds the {@link #TOPONYMS} layer (place names and
 * demonyms with their readings, sorted by span). It reads the raw text itself, so it requires no
 * layer. Immutable and thread-safe.
 */
public final class ToponymStage implements Stage {

  /** A toponym as an annotation: its span and the raw text under it. */
  public record ToponymAnnotation(Toponym toponym) implements Annotation {
    public ToponymAnnotation {
      Objects.requireNonNull(toponym, "toponym");
    }

    @Override
    public Span span() {
      return toponym.span();
    }

    @Override
    public String text() {
      return toponym.text();
    }
  }

  /** Toponyms found in the text, sorted by span. */
  public static final LayerKey<List<ToponymAnnotation>> TOPONYMS =
      LayerKey.listOf("TOPONYMS", ToponymAnnotation.class);

  private final Geoparser geoparser;
  private final Language language;

  /** A stage that reads text as English. */
  public ToponymStage(Geoparser geoparser) {
    this(geoparser, Language.ENGLISH);
  }

  /**
   * A stage that reads text with the rules of {@code language} (see {@link Geoparser#parse(String,
   * Language)}): Arabic has its own recogniser, other languages are read as English.
   */
  public ToponymStage(Geoparser geoparser, Language language) {
    this.geoparser = Objects.requireNonNull(geoparser, "geoparser");
    this.language = Objects.requireNonNull(language, "language");
  }

  @Override
  public String name() {
    return "toponyms";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(TOPONYMS);
  }

  @Override
  public AnnotatedText apply(AnnotatedText in) {
    List<ToponymAnnotation> out = new ArrayList<>();
    for (Toponym t : geoparser.parse(in.raw(), language)) {
      out.add(new ToponymAnnotation(t));
    }
    out.sort(Comparator.comparing(ToponymAnnotation::span));
    return in.with(TOPONYMS, out);
  }
}
