package org.sijil.store;

import java.util.Objects;
import org.sijil.model.doc.Sha256;

/**
 * A stored link from a near-duplicate document to the original of its family.
 *
 * @param copy the later document
 * @param original the first document of the family
 * @param similarity the estimated Jaccard similarity of their word shingles, in [0, 1]
 */
public record NearDuplicate(Sha256 copy, Sha256 original, double similarity) {
  public NearDuplicate {
    Objects.requireNonNull(copy, "copy");
    Objects.requireNonNull(original, "original");
    if (copy.equals(original)) {
      throw new IllegalArgumentException("expected a copy of another document, found " + copy);
    }
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("expected a similarity in [0,1], found " + similarity);
    }
  }
}
