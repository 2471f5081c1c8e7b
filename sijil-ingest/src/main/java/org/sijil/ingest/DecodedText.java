package org.sijil.ingest;

import java.util.Objects;
import org.sijil.model.OffsetMap;

/**
 * Characters decoded from bytes, with a map from each character offset back to the byte offset it
 * was decoded from. Immutable.
 *
 * @param chars the decoded characters
 * @param charToByte character offset in {@code chars} to byte offset in the original
 */
record DecodedText(String chars, OffsetMap charToByte) {
  DecodedText {
    Objects.requireNonNull(chars, "chars");
    Objects.requireNonNull(charToByte, "charToByte");
  }
}
