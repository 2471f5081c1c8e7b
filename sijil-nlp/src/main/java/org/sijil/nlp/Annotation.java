package org.sijil.nlp;

import org.sijil.model.Span;

/**
 * Something a stage found in a document: a span of the raw text and the text it covers.
 *
 * <p>Invariant for every implementation: {@code text().equals(span().of(rawText))}. The stage
 * contract test checks it for every stage.
 */
public interface Annotation {

  /** Where it is, in the raw text. */
  Span span();

  /** The covered raw text, the evidence. */
  String text();
}
