package org.sijil.model.doc;

import java.util.Objects;
import org.sijil.model.OffsetMap;
import org.sijil.model.Provenance;

/**
 * The plain text read out of an original, with a map from text offsets (UTF-16 code units) back to
 * byte offsets in the original. Immutable.
 *
 * @param text the plain text that extraction and search work on
 * @param toOriginalBytes text offset to byte offset in the stored original
 * @param provenance the stage (and library version) that extracted it
 */
public record ExtractedText(String text, OffsetMap toOriginalBytes, Provenance provenance) {
  public ExtractedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(toOriginalBytes, "toOriginalBytes");
    Objects.requireNonNull(provenance, "provenance");
  }
}
