package org.sijil.ingest;

import java.util.Objects;
import org.sijil.model.doc.ExtractedText;
import org.sijil.model.doc.MediaType;

/**
 * One original with its text and the metadata found in it, before the user's overrides apply.
 * Immutable; the byte array is not copied.
 */
record Extracted(byte[] original, MediaType mediaType, ExtractedText text, FoundMetadata found) {
  Extracted {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(found, "found");
  }

  /** A copy with {@code found} in place of this one's. */
  Extracted withFound(FoundMetadata found) {
    return new Extracted(original, mediaType, text, found);
  }
}
