package org.sijil.store;

import java.util.Arrays;
import org.sijil.model.OffsetMap;

/**
 * Encodes an {@link OffsetMap} into a compact byte array and back.
 *
 * <p>Format: a format byte ({@code 1}), the anchor count as an unsigned LEB128 varint, then each
 * anchor as two varints: its derived and source offsets minus the previous anchor's (the first
 * relative to {@code (0, 0)}). Both coordinates are non-decreasing, so every delta is non-negative,
 * and a typical anchor takes two to four bytes. An identity map takes three bytes.
 *
 * <p>{@link OffsetMap} does not expose its anchors, so the encoder recovers them from the mapping
 * itself: derived offset {@code d} starts an anchor exactly when {@code toSource(d) != toSource(d -
 * 1) + 1}. It probes offsets {@code 0..textLength} and stops early once it has found as many
 * anchors as the map holds. The decoded map therefore agrees with the original on every offset of
 * the text, which is all that a map for that text is defined on; anchors past the end of the text
 * are not kept. Stateless and thread-safe.
 */
final class OffsetMapCodec {
  private static final byte FORMAT = 1;

  private OffsetMapCodec() {}

  /** Encodes the map's values on derived offsets {@code 0..textLength}. */
  static byte[] encode(OffsetMap map, int textLength) {
    if (textLength < 0) {
      throw new IllegalArgumentException("expected a text length >= 0, found " + textLength);
    }
    int expected = map.anchors();
    int[] derived = new int[Math.min(expected, textLength + 1)];
    int[] source = new int[derived.length];
    int count = 0;
    int previous = map.toSource(0);
    derived[count] = 0;
    source[count++] = previous;
    for (int d = 1; d <= textLength && count < expected; d++) {
      int s = map.toSource(d);
      if (s != previous + 1) {
        derived[count] = d;
        source[count++] = s;
      }
      previous = s;
    }
    Writer out = new Writer(6 + 4 * count);
    out.bytes[out.size++] = FORMAT;
    out.varint(count);
    out.varint(source[0]);
    int lastDerived = 0;
    int lastSource = source[0];
    for (int i = 1; i < count; i++) {
      out.varint(derived[i] - lastDerived);
      out.varint(source[i] - lastSource);
      lastDerived = derived[i];
      lastSource = source[i];
    }
    return Arrays.copyOf(out.bytes, out.size);
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
    long count = in.varint();
    if (count < 1) {
      throw new IllegalArgumentException("expected at least one anchor, found " + count);
    }
    long derived = 0;
    long source = in.varint();
    OffsetMap.Builder builder = OffsetMap.builder().add(0, (int) source);
    for (long i = 1; i < count; i++) {
      long dd = in.varint();
      long ds = in.varint();
      if (dd == 0) {
        throw new IllegalArgumentException(
            "expected anchors at increasing derived offsets, found a repeat at anchor " + i);
      }
      derived += dd;
      source += ds;
      if (derived > Integer.MAX_VALUE || source > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "expected offsets within int range, found (" + derived + "," + source + ")");
      }
      builder.add((int) derived, (int) source);
    }
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
