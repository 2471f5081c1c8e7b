package org.sijil.ingest;

import java.nio.charset.StandardCharsets;
import org.sijil.model.OffsetMap;

/**
 * Decodes one JSON string literal in UTF-8 bytes, mapping each character to the byte where its
 * source begins (for an escape, the backslash). Jackson has already validated the literal, so this
 * walk only has to follow it. Stateless; thread-safe.
 */
final class JsonStringDecoder {
  private JsonStringDecoder() {}

  /**
   * @param b the bytes holding the literal
   * @param quote index of the literal's opening quote
   */
  static DecodedText decode(byte[] b, int quote) {
    if (b[quote] != '"') {
      throw new IllegalArgumentException(
          "expected a '\"' at byte " + quote + ", found 0x" + Integer.toHexString(b[quote] & 0xff));
    }
    StringBuilder out = new StringBuilder();
    OffsetMap.Builder map = OffsetMap.builder();
    int i = quote + 1;
    while (b[i] != '"') {
      int start = i;
      int c = b[i] & 0xff;
      if (c == '\\') {
        char e = (char) b[i + 1];
        map.add(out.length(), start);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' ->
              out.append(
                  (char) Integer.parseInt(new String(b, i + 2, 4, StandardCharsets.US_ASCII), 16));
          default -> out.append(e); // \" \\ \/
        }
        i += e == 'u' ? 6 : 2;
        continue;
      }
      int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      map.add(out.length(), start);
      out.append(new String(b, i, len, StandardCharsets.UTF_8));
      i += len;
    }
    map.add(out.length(), i);
    return new DecodedText(out.toString(), map.build());
  }
}
