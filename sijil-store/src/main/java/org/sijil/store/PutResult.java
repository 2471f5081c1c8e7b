package org.sijil.store;

import java.util.Objects;
import org.sijil.model.doc.Sha256;

/** What {@link DocumentStore#put} did with a document. Immutable. */
public sealed interface PutResult {

  /** The document's content address. */
  Sha256 id();

  /** Stored for the first time, with no earlier version. */
  record Stored(Sha256 id) implements PutResult {
    public Stored {
      Objects.requireNonNull(id, "id");
    }
  }

  /** These exact bytes were already stored; nothing was written. */
  record AlreadyStored(Sha256 id) implements PutResult {
    public AlreadyStored {
      Objects.requireNonNull(id, "id");
    }
  }

  /** Stored as a new version of the latest document with the same url or external id. */
  record NewVersion(Sha256 id, Sha256 previous) implements PutResult {
    public NewVersion {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(previous, "previous");
      if (id.equals(previous)) {
        throw new IllegalArgumentException(
            "expected a new version to differ from its previous one, found both " + id);
      }
    }
  }
}
