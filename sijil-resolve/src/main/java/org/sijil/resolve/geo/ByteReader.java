package org.sijil.resolve.geo;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link java.io.DataOutputStream} wrote, from a byte array in memory: the gazetteer is
 * read whole and parsed here, as a stream read value by value costs most of the cold start. Strings
 * of plain ASCII (nearly all keys and names) are made without decoding. Not thread-safe.
 */
final class ByteReader {
  private final byte[] b;
  private int pos;

  ByteReader(byte[] bytes) {
    this.b = bytes;
  }

  private void need(int n) throws EOFException {
    if (pos + n > b.length) {
      throw new EOFException(
          "expected " + n + " more bytes at offset " + pos + ", found " + (b.length - pos));
    }
  }

  int readInt() throws EOFException {
    need(4);
    int v =
        ((b[pos] & 0xFF) << 24)
            | ((b[pos + 1] & 0xFF) << 16)
            | ((b[pos + 2] & 0xFF) << 8)
            | (b[pos + 3] & 0xFF);
    pos += 4;
    return v;
  }

  long readLong() throws EOFException {
    long hi = readInt() & 0xFFFFFFFFL;
    return (hi << 32) | (readInt() & 0xFFFFFFFFL);
  }

  float readFloat() throws EOFException {
    return Float.intBitsToFloat(readInt());
  }

  short readShort() throws EOFException {
    return (short) readUnsignedShort();
  }

  int readUnsignedShort() throws EOFException {
    need(2);
    int v = ((b[pos] & 0xFF) << 8) | (b[pos + 1] & 0xFF);
    pos += 2;
    return v;
  }

  byte readByte() throws EOFException {
    need(1);
    return b[pos++];
  }

  int readUnsignedByte() throws EOFException {
    return readByte() & 0xFF;
  }

  void readFully(byte[] into) throws EOFException {
    need(into.length);
    System.arraycopy(b, pos, into, 0, into.length);
    pos += into.length;
  }

  /** As {@link DataInputStream#readUTF()}: a length, then modified UTF-8. */
  String readUTF() throws IOException {
    int start = pos;
    int len = readUnsignedShort();
    need(len);
    for (int i = pos; i < pos + len; i++) {
      // Modified UTF-8 writes ASCII other than NUL as itself, and only it as one byte below 0x80.
      if (b[i] <= 0) {
        String s = new DataInputStream(new ByteArrayInputStream(b, start, len + 2)).readUTF();
        pos += len;
        return s;
      }
    }
    String s = new String(b, pos, len, StandardCharsets.ISO_8859_1);
    pos += len;
    return s;
  }
}
