package org.sijil.nlp.time;

import java.time.LocalDate;
import java.util.List;
import org.sijil.model.time.TimeExpression;

/** Finds and normalises temporal expressions. Implementations are immutable and thread-safe. */
public interface TimeExpressionRecognizer {

  /**
   * The temporal expressions of {@code text}, sorted by span, not overlapping.
   *
   * @param text the raw text
   * @param documentDate the publication date that relative expressions resolve against, or null
   *     when unknown (then relative expressions get no {@code start}/{@code end})
   */
  List<TimeExpression> recognize(String text, LocalDate documentDate);
}
