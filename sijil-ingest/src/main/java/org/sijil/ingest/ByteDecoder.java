package org.sijil.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.sijil.model.OffsetMap;

/**
 * Decodes bytes to characters while recording, for every character, the byte offset it began at.
 * Stateless; thread-safe.
 */
final class ByteDecoder {
  private ByteDecoder() {}

  /** Length of a UTF-8 byte order mark at {@code from}, or 0. */
  static int utf8BomLength(byte[] b, int from) {
    return b.length - from >= 3
            && (b[from] & 0xff) == 0xEF
            && (b[from + 1] & 0xff) == 0xBB
            && (b[from + 2] & 0xff) == 0xBF
        ? 3
        : 0;
  }

  /**
   * Decodes UTF-8 in {@code b[from, to)}; offsets in the map are indices into {@code b}.
   *
   * @param strict when true, invalid UTF-8 is an error naming its byte offset; when false, each bad
   *     byte becomes U+FFFD
   */
  static DecodedText utf8(byte[] b, int from, int to, boolean strict) throws BadInputException {
    StringBuilder out = new StringBuilder(to - from);
    OffsetMap.Builder map = OffsetMap.builder();
    int i = from;
    while (i < to) {
      int c = b[i] & 0xff;
      int len;
      int cp;
      if (c < 0x80) {
        len = 1;
        cp = c;
      } else if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1f;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0f;
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
      } else {
        len = -1;
        cp = -1;
      }
      boolean ok = len > 0 && i + len <= to;
      for (int k = 1; ok && k < len; k++) {
        int cc = b[i + k] & 0xff;
        if ((cc & 0xC0) != 0x80) {
          ok = false;
        } else {
          cp = (cp << 6) | (cc & 0x3f);
        }
      }
      // overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
      if (ok
          && ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
              || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))) {
        ok = false;
      }
      map.add(out.length(), i);
      if (!ok) {
        if (strict) {
          throw new BadInputException(
              "invalid UTF-8 at byte offset "
                  + i
                  + ": expected a valid UTF-8 sequence, found byte 0x"
                  + String.format("%02X", c));
        }
        out.append('\uFFFD');
        i++;
        continue;
      }
      out.appendCodePoint(cp);
      i += len;
    }
    map.add(out.length(), to);
    return new DecodedText(out.toString(), map.build());
  }

  /**
   * Decodes {@code b[from, to)} leniently (bad input becomes U+FFFD) in any charset the JDK has;
   * UTF-8 takes the fast path.
   */
  static DecodedText decode(byte[] b, int from, int to, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      try {
        return utf8(b, from, to, false);
      } catch (BadInputException e) {
        throw new AssertionError("lenient decoding cannot fail", e);
      }
    }
    CharsetDecoder dec =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
    CharBuffer one = CharBuffer.allocate(2);
    StringBuilder out = new StringBuilder(to - from);
    OffsetMap.Builder map = OffsetMap.builder();
    // One character per call, so that the input position before the call is where it began.
    while (true) {
      int pos = in.position();
      one.clear();
      one.limit(1);
      dec.decode(in, one, true);
      if (one.position() == 0 && in.hasRemaining()) {
        one.limit(2); // a supplementary character needs both halves at once
        dec.decode(in, one, true);
      }
      if (one.position() == 0) {
        break;
      }
      map.add(out.length(), pos);
      one.flip();
      out.append(one);
    }
    one.clear();
    dec.flush(one);
    one.flip();
    out.append(one);
    map.add(out.length(), to);
    return new DecodedText(out.toString(), map.build());
  }
}
