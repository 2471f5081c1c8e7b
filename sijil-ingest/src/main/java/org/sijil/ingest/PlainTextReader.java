package org.sijil.ingest;

/**
 * Reads plain text and Markdown: strict UTF-8, a leading byte order mark skipped (the map accounts
 * for it), binary content and blank files refused. The text is kept exactly as decoded. Stateless;
 * thread-safe.
 */
final class PlainTextReader {
  /** Share of control bytes above which a file is taken for binary. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  /** How far into a file the binary check looks; junk shows itself early. */
  private static final int SNIFF_BYTES = 64 * 1024;

  private PlainTextReader() {}

  static DecodedText read(byte[] original) throws BadInputException {
    if (original.length == 0) {
      throw new BadInputException("empty: expected some text, found 0 bytes");
    }
    refuseBinary(original);
    DecodedText decoded =
        ByteDecoder.utf8(original, ByteDecoder.utf8BomLength(original, 0), original.length, true);
    if (decoded.chars().isBlank()) {
      throw new BadInputException("empty: expected some text, found only whitespace");
    }
    return decoded;
  }

  /** Fails with "not text" when the bytes hold NUL or many control characters. */
  static void refuseBinary(byte[] b) throws BadInputException {
    int n = Math.min(b.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        throw new BadInputException("not text: found a NUL byte at offset " + i);
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) {
        control++;
      }
    }
    if (n > 0 && control > n * MAX_CONTROL_SHARE) {
      throw new BadInputException(
          "not text: expected at most "
              + (int) (MAX_CONTROL_SHARE * 100)
              + "% control characters, found "
              + control
              + " in the first "
              + n
              + " bytes");
    }
  }
}
