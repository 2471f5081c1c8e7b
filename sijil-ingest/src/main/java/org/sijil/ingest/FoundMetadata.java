package org.sijil.ingest;

import java.time.LocalDate;
import org.sijil.model.doc.DateSource;
import org.sijil.model.doc.Language;

/**
 * Metadata found inside one original, each field null when absent. Immutable; {@link
 * DocumentReader} applies the user's overrides and fills the rest.
 */
record FoundMetadata(
    String externalId,
    String title,
    String author,
    LocalDate published,
    DateSource publishedFrom,
    String source,
    String url,
    Language language) {

  static final FoundMetadata NONE =
      new FoundMetadata(null, null, null, null, null, null, null, null);

  FoundMetadata {
    if ((published == null) != (publishedFrom == null)) {
      throw new IllegalArgumentException(
          "expected published and publishedFrom both set or both null, found "
              + published
              + " from "
              + publishedFrom);
    }
  }

  /** A copy with {@code url} in place of this one's. */
  FoundMetadata withUrl(String url) {
    return new FoundMetadata(
        externalId, title, author, published, publishedFrom, source, url, language);
  }

  /** Field by field, this one's value where it has one, else {@code fallback}'s. */
  FoundMetadata orElse(FoundMetadata fallback) {
    boolean ownDate = published != null;
    return new FoundMetadata(
        externalId != null ? externalId : fallback.externalId,
        title != null ? title : fallback.title,
        author != null ? author : fallback.author,
        ownDate ? published : fallback.published,
        ownDate ? publishedFrom : fallback.publishedFrom,
        source != null ? source : fallback.source,
        url != null ? url : fallback.url,
        language != null ? language : fallback.language);
  }
}
