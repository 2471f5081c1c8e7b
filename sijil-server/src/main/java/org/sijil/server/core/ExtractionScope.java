package org.sijil.server.core;

import java.util.Objects;
import org.sijil.model.doc.Language;

/**
 * Which documents the extraction pipeline reads. Events, places and times have English lexicons and
 * rules only; a document in another language is stored and searchable, but nothing is extracted
 * from it, and every output says so ({@link #notice}) rather than returning an empty result that
 * reads like "no event happened". Documents whose language could not be determined are read as
 * English. Immutable and thread-safe.
 */
public final class ExtractionScope {
  private ExtractionScope() {}

  /** Whether the pipeline has rules for this language. */
  public static boolean covers(Language language) {
    Objects.requireNonNull(language, "language");
    return language.equals(Language.ENGLISH) || language.equals(Language.UNDETERMINED);
  }

  /** What to tell the user about a document the pipeline does not read. */
  public static String notice(Language language) {
    return "no extraction rules for language '"
        + language.code()
        + "' yet (English only): nothing was extracted from this document";
  }
}
