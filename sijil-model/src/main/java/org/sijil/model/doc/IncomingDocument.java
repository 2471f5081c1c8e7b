package org.sijil.model.doc;

import java.util.Objects;

/**
 * A document read by ingest and ready to store: the original bytes exactly as received, its
 * metadata and the extracted text. The byte array is not copied; owners must not modify it after
 * construction.
 *
 * @param original the bytes as received
 * @param sha256 digest of {@code original}
 * @param metadata what is known about it
 * @param text the extracted plain text with its offset map
 */
public record IncomingDocument(
    byte[] original, Sha256 sha256, DocumentMetadata metadata, ExtractedText text) {
  public IncomingDocument {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(text, "text");
  }

  /** Builds one, computing the digest. */
  public static IncomingDocument of(
      byte[] original, DocumentMetadata metadata, ExtractedText text) {
    return new IncomingDocument(original, Sha256.of(original), metadata, text);
  }
}
