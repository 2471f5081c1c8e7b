package org.sijil.store;

import java.util.Arrays;
import org.sijil.model.OffsetMap;

/**
 * Encodes an {@link OffsetMap} into a compact byte array and back.
 *
 * <p>Format: a format byte ({@code 1}); the count of start anchors within the text as an unsigned
 * LEB128 varint, then each anchor as two varints, its derived and source offsets minus the previous
 * anchor's (the first relative to {@code (0, 0)}); then the count of end anchors and the end
 * anchors the same way. Both coordinates are non-decreasing, so every delta is non-negative, and a
 * typical anchor takes two to four bytes. An identity map takes five bytes. Anchors past the end of
 * the text are not kept: a map for a text is only defined on that text's offsets. Stateless and
 * thread-safe.
 */
final class OffsetMapCodec {
  private static final byte FORMAT = 1;

  private OffsetMapCodec() {}

  /** Encodes the map's anchors on derived offsets {@code 0..textLength}. */
  static byte[] encode(OffsetMap map, int textLength) {
    if (textLength < 0) {
      throw new IllegalArgumentException("expected a text length >= 0, found " + textLength);
    }
    Writer out = new Writer(8 + 4 * map.anchors());
    out.bytes[out.size++] = FORMAT;
    writeAnchors(out, map::forEachAnchor, textLength);
    writeAnchors(out, map::forEachEndAnchor, textLength);
    return Arrays.copyOf(out.bytes, out.size);
  }

  private interface AnchorSource {
    void visit(OffsetMap.AnchorConsumer consumer);
  }

  private static void writeAnchors(Writer out, AnchorSource anchors, int textLength) {
    int[] count = {0};
    anchors.visit((d, s) -> count[0] += d <= textLength ? 1 : 0);
    out.varint(count[0]);
    int[] last = {0, 0};
    anchors.visit(
        (d, s) -> {
          if (d <= textLength) {
            out.varint(d - last[0]);
            out.varint(s - last[1]);
            last[0] = d;
            last[1] = s;
          }
        });
  }

  /** Decodes what {@link #encode} wrote. */
  static OffsetMap decode(byte[] bytes) {
    Reader in = new Reader(bytes);
    if (bytes.length == 0 || bytes[0] != FORMAT) {
      throw new IllegalArgumentException(
          "expected an offset map in format "
              + FORMAT
              + ", found "
              + (bytes.length == 0 ? "no bytes" : "format " + bytes[0]));
    }
    in.position = 1;
    OffsetMap.Builder builder = OffsetMap.builder();
    readAnchors(in, builder::add, true);
    readAnchors(in, builder::addEnd, false);
    if (in.position != bytes.length) {
      throw new IllegalArgumentException(
          "expected the offset map to end at byte "
              + in.position
              + ", found "
              + (bytes.length - in.position)
              + " trailing bytes");
    }
    return builder.build();
  }

  private static void readAnchors(Reader in, OffsetMap.AnchorConsumer sink, boolean starts) {
    long count = in.varint();
    if (starts && count < 1) {
      throw new IllegalArgumentException("expected at least one anchor, found " + count);
    }
    long derived = 0;
    long source = 0;
    for (long i = 0; i < count; i++) {
      long dd = in.varint();
      long ds = in.varint();
      if (dd == 0 && i > 0) {
        throw new IllegalArgumentException(
            "expected anchors at increasing derived offsets, found a repeat at anchor " + i);
      }
      derived += dd;
      source += ds;
      if (derived > Integer.MAX_VALUE || source > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "expected offsets within int range, found (" + derived + "," + source + ")");
      }
      sink.accept((int) derived, (int) source);
    }
  }

  private static final class Writer {
    byte[] bytes;
    int size;

    Writer(int capacity) {
      bytes = new byte[capacity];
    }

    void varint(int value) {
      if (size + 5 > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + 5));
      }
      int v = value;
      while ((v & ~0x7F) != 0) {
        bytes[size++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      bytes[size++] = (byte) v;
    }
  }

  private static final class Reader {
    final byte[] bytes;
    int position;

    Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    long varint() {
      long value = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        if (position >= bytes.length) {
          throw new IllegalArgumentException(
              "expected more bytes in the offset map, found its end at byte " + position);
        }
        int b = bytes[position++];
        value |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          if (value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                "expected a varint within int range, found " + value + " before byte " + position);
          }
          return value;
        }
      }
      throw new IllegalArgumentException(
          "expected a varint of at most 5 bytes, found a longer one before byte " + position);
    }
  }
}
