package org.sijil.store;

import java.time.LocalDate;
import org.sijil.model.doc.Language;

/**
 * Which documents to list. Null filters mean "any"; a date bound excludes documents without a
 * publication date. Immutable.
 *
 * @param source the exact source, or null
 * @param publishedFrom the earliest publication date, inclusive, or null
 * @param publishedTo the latest publication date, inclusive, or null
 * @param language the language, or null
 * @param limit at most this many documents; at least 1
 * @param offset skip this many matching documents first; at least 0
 */
public record DocumentQuery(
    String source,
    LocalDate publishedFrom,
    LocalDate publishedTo,
    Language language,
    int limit,
    int offset) {

  public DocumentQuery {
    if (source != null && source.isBlank()) {
      throw new IllegalArgumentException("expected a source name or null, found a blank string");
    }
    if (publishedFrom != null && publishedTo != null && publishedFrom.isAfter(publishedTo)) {
      throw new IllegalArgumentException(
          "expected publishedFrom on or before publishedTo, found "
              + publishedFrom
              + " after "
              + publishedTo);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("expected limit >= 1, found " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("expected offset >= 0, found " + offset);
    }
  }

  /** Every document. */
  public static DocumentQuery all() {
    return new DocumentQuery(null, null, null, null, Integer.MAX_VALUE, 0);
  }

  /** A copy restricted to one source. */
  public DocumentQuery withSource(String newSource) {
    return new DocumentQuery(newSource, publishedFrom, publishedTo, language, limit, offset);
  }

  /** A copy restricted to publication dates in {@code [from, to]}; either may be null. */
  public DocumentQuery withPublished(LocalDate from, LocalDate to) {
    return new DocumentQuery(source, from, to, language, limit, offset);
  }

  /** A copy restricted to one language. */
  public DocumentQuery withLanguage(Language newLanguage) {
    return new DocumentQuery(source, publishedFrom, publishedTo, newLanguage, limit, offset);
  }

  /** A copy returning at most {@code newLimit} documents after skipping {@code newOffset}. */
  public DocumentQuery withPage(int newLimit, int newOffset) {
    return new DocumentQuery(source, publishedFrom, publishedTo, language, newLimit, newOffset);
  }
}
