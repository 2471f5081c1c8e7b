package org.sijil.nlp;

import java.util.Set;

/**
 * One step of a {@link Pipeline}: reads the layers it {@link #requires()} and adds the layers it
 * {@link #produces()}. Implementations are immutable and thread-safe; {@link #apply} is a pure
 * function of its input and never throws for any raw text (a {@code null} text is not a text).
 */
public interface Stage {

  /** A short name for messages and provenance, e.g. {@code tokenizer}. */
  String name();

  /** Layers that must be present before this stage runs. */
  Set<LayerKey<?>> requires();

  /** Layers this stage adds. */
  Set<LayerKey<?>> produces();

  /** The input with this stage's layers added. */
  AnnotatedText apply(AnnotatedText in);
}
