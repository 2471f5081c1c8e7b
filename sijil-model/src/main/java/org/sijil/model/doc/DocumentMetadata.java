package org.sijil.model.doc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about an original besides its bytes. Immutable.
 *
 * @param externalId the id it arrived with (a JSONL {@code id}), or null
 * @param source the outlet or organisation that published it, or null
 * @param url where it was published or fetched from, or null
 * @param origin where Sijil read it (a file path, a URL, {@code file.jsonl:12}); never null
 * @param title the title, or null
 * @param author the author, or null
 * @param published the publication date, or null when unknown
 * @param publishedFrom where {@code published} came from; {@link DateSource#UNKNOWN} when null
 * @param retrievedAt when Sijil read it
 * @param language the document's language
 * @param mediaType the original's media type
 */
public record DocumentMetadata(
    String externalId,
    String source,
    String url,
    String origin,
    String title,
    String author,
    LocalDate published,
    DateSource publishedFrom,
    Instant retrievedAt,
    Language language,
    MediaType mediaType) {

  public DocumentMetadata {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(publishedFrom, "publishedFrom");
    Objects.requireNonNull(retrievedAt, "retrievedAt");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(mediaType, "mediaType");
    if ((published == null) != (publishedFrom == DateSource.UNKNOWN)) {
      throw new IllegalArgumentException(
          "expected publishedFrom UNKNOWN exactly when published is null, found published="
              + published
              + " publishedFrom="
              + publishedFrom);
    }
  }

  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }

  /** A copy with the publication date set (or cleared with null and UNKNOWN). */
  public DocumentMetadata withPublished(LocalDate date, DateSource from) {
    return new DocumentMetadata(
        externalId,
        source,
        url,
        origin,
        title,
        author,
        date,
        from,
        retrievedAt,
        language,
        mediaType);
  }
}
