package org.sijil.server.core;

import java.util.Objects;
import org.sijil.model.doc.Language;
import org.sijil.resolve.ReportExtractor;
import org.sijil.resolve.geo.Geoparser;

/**
 * Which documents the extraction pipeline reads, and how far. Events, times and places have English
 * and Arabic rules ({@link ReportExtractor#covers}); a language whose places alone can be read gets
 * those ({@link #readsPlaces}). A document in another language is stored and searchable, and every
 * output says what was not extracted from it ({@link #notice}) rather than returning an empty
 * result that reads like "no event happened". Documents whose language could not be determined are
 * read as English. Immutable and thread-safe.
 */
public final class ExtractionScope {
  private ExtractionScope() {}

  /** Whether the pipeline has all its rules (events, times, places) for this language. */
  public static boolean covers(Language language) {
    Objects.requireNonNull(language, "language");
    return ReportExtractor.covers(language);
  }

  /** Whether the geoparser reads this language's running text (every covered one at least). */
  public static boolean readsPlaces(Language language) {
    return covers(language) || Geoparser.readsRunningText(language);
  }

  /** What to tell the user about a document the pipeline does not fully read. */
  public static String notice(Language language) {
    if (readsPlaces(language) && !covers(language)) {
      return "places only for language '"
          + language.code()
          + "' so far: events and times have no rules for it, so none were extracted from"
          + " this document";
    }
    return "no extraction rules for language '"
        + language.code()
        + "' yet (English and Arabic only): nothing was extracted from this document";
  }
}
