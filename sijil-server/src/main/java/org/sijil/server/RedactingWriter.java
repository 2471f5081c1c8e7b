package org.sijil.server;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.sijil.server.auth.Redactor;

/**
 * A writer that redacts confidential values record by record: it holds text until a line break
 * outside CSV double quotes (so a quoted cell's line breaks stay inside its record), then writes
 * the record redacted. JSON lines never hold a raw line break, so each is one record. Not
 * thread-safe.
 */
final class RedactingWriter extends Writer {
  private final Writer out;
  private final Redactor redactor;
  private final StringBuilder record = new StringBuilder();
  private boolean quoted;

  RedactingWriter(Writer out, Redactor redactor) {
    this.out = Objects.requireNonNull(out, "out");
    this.redactor = Objects.requireNonNull(redactor, "redactor");
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      char c = buf[i];
      record.append(c);
      if (c == '"') {
        quoted = !quoted; // a doubled quote inside a cell flips twice
      } else if (c == '\n' && !quoted) {
        emit();
      }
    }
  }

  private void emit() throws IOException {
    out.write(redactor.redact(record.toString()));
    record.setLength(0);
  }

  @Override
  public void flush() throws IOException {
    if (record.length() > 0) {
      emit();
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }
}
