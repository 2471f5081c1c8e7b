package org.sijil.server.core;

import java.util.Objects;
import org.sijil.model.doc.Language;

/**
 * Which documents the extraction pipeline reads, and how far. Events and times have English
 * lexicons and rules only; places are also found in Arabic ({@link #readsPlaces}). A document in
 * another language is stored and searchable, and every output says what was not extracted from it
 * ({@link #notice}) rather than returning an empty result that reads like "no event happened".
 * Documents whose language could not be determined are read as English. Immutable and thread-safe.
 */
public final class ExtractionScope {
  private ExtractionScope() {}

  /** Whether the pipeline has all its rules (events, times, places) for this language. */
  public static boolean covers(Language language) {
    Objects.requireNonNull(language, "language");
    return language.equals(Language.ENGLISH) || language.equals(Language.UNDETERMINED);
  }

  /**
   * Whether the geoparser reads this language: every covered one, and Arabic, whose documents get
   * their places (and no events or times yet).
   */
  public static boolean readsPlaces(Language language) {
    return covers(language) || language.equals(Language.ARABIC);
  }

  /** What to tell the user about a document the pipeline does not fully read. */
  public static String notice(Language language) {
    if (readsPlaces(language) && !covers(language)) {
      return "places only for language '"
          + language.code()
          + "' so far: events and times have English rules only, so none were extracted from"
          + " this document";
    }
    return "no extraction rules for language '"
        + language.code()
        + "' yet (English only): nothing was extracted from this document";
  }
}
