package org.sijil.store;

import java.time.Instant;
import java.util.Objects;
import org.sijil.model.OffsetMap;
import org.sijil.model.doc.DocumentMetadata;
import org.sijil.model.doc.Sha256;

/**
 * A document as the store holds it. Immutable. The original's bytes are read separately with {@link
 * DocumentStore#original(Sha256)}.
 *
 * @param id the original's SHA-256
 * @param metadata the metadata it was first stored with
 * @param text the extracted text, or null where a listing omits it
 * @param offsets text offsets to byte offsets in the original; never null
 * @param previousVersion the version this one replaces, or null for a first version
 * @param version 1 for a first version, one more than {@code previousVersion}'s otherwise
 * @param storedAt when it was stored
 */
public record StoredDocument(
    Sha256 id,
    DocumentMetadata metadata,
    String text,
    OffsetMap offsets,
    Sha256 previousVersion,
    int version,
    Instant storedAt) {

  public StoredDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(offsets, "offsets");
    Objects.requireNonNull(storedAt, "storedAt");
    if (version < 1) {
      throw new IllegalArgumentException("expected version >= 1, found " + version);
    }
    if ((previousVersion == null) != (version == 1)) {
      throw new IllegalArgumentException(
          "expected a previous version exactly when version > 1, found version "
              + version
              + " with previous "
              + previousVersion);
    }
  }

  /** Whether this copy carries its text (lists omit it). */
  public boolean hasText() {
    return text != null;
  }
}
