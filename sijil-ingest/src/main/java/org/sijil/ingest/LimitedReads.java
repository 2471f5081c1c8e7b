package org.sijil.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads streams whole, refusing to hold more than a limit. Stateless; thread-safe. */
final class LimitedReads {
  private LimitedReads() {}

  /**
   * All of {@code in}, or a failure as soon as it passes {@code maxBytes}; at most {@code maxBytes
   * + 1} bytes are ever read.
   */
  static byte[] readAll(InputStream in, long maxBytes, String what)
      throws IOException, BadInputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf, 0, (int) Math.min(buf.length, maxBytes + 1 - total))) > 0) {
      total += n;
      if (total > maxBytes) {
        throw new BadInputException(
            "too large: expected "
                + what
                + " of at most maxBytes "
                + maxBytes
                + " bytes, found more");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
