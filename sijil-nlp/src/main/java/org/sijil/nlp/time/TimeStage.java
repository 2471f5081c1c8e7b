package org.sijil.nlp.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sijil.model.Span;
import org.sijil.model.time.TimeExpression;
import org.sijil.nlp.AnnotatedText;
import org.sijil.nlp.Annotation;
import org.sijil.nlp.LayerKey;
import org.sijil.nlp.Stage;

/**
 * The time recogniser as a pipeline {@link Stage}: adds the {@link #TIMES} layer (time expressions
 * normalised against the document date, sorted by span). It reads the raw text itself, so it
 * requires no layer. Immutable and thread-safe when its recogniser is.
 */
public final class TimeStage implements Stage {

  /** An expression as an annotation: its span and the raw text under it. */
  public record TimeAnnotation(TimeExpression expression) implements Annotation {
    public TimeAnnotation {
      Objects.requireNonNull(expression, "expression");
    }

    @Override
    public Span span() {
      return expression.span();
    }

    @Override
    public String text() {
      return expression.text();
    }
  }

  /** Time expressions found in the text, sorted by span. */
  public static final LayerKey<List<TimeAnnotation>> TIMES =
      LayerKey.listOf("TIMES", TimeAnnotation.class);

  private final TimeExpressionRecognizer recognizer;
  private final LocalDate documentDate;

  /**
   * @param recognizer the recogniser to run
   * @param documentDate the date relative expressions resolve against, or null when unknown
   */
  public TimeStage(TimeExpressionRecognizer recognizer, LocalDate documentDate) {
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
    this.documentDate = documentDate;
  }

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(TIMES);
  }

  @Override
  public AnnotatedText apply(AnnotatedText in) {
    List<TimeAnnotation> out = new ArrayList<>();
    for (TimeExpression t : recognizer.recognize(in.raw(), documentDate)) {
      out.add(new TimeAnnotation(t));
    }
    out.sort(Comparator.comparing(TimeAnnotation::span));
    return in.with(TIMES, out);
  }
}
