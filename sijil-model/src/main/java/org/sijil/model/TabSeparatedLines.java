package org.sijil.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The data lines of a tab-separated table, the format of the tables Sijil ships beside its code
 * (actors' countries, sources, countries, directional parts): one record a line, fields split at
 * every tab with empty fields kept, blank lines and lines starting with {@code #} skipped. A line
 * with another number of fields than the table has columns fails naming the input and the line, and
 * so does a line the caller's handler refuses: its {@link IllegalArgumentException} (a number or
 * date that does not parse included) is reported as {@code "SOURCE line N: message"}. Stateless and
 * thread-safe.
 */
public final class TabSeparatedLines {
  private TabSeparatedLines() {}

  /**
   * One data line of a table.
   *
   * @param source names the input in error messages (a file or resource name)
   * @param number the line's 1-based number in the input, comments and blank lines counted
   * @param fields the line's fields, as many as the table has columns
   */
  public record Line(String source, int number, List<String> fields) {
    public Line {
      Objects.requireNonNull(source, "source");
      if (number < 1) {
        throw new IllegalArgumentException("expected a line number >= 1, found " + number);
      }
      fields = List.copyOf(fields);
    }

    /** The field in column {@code i} (0-based). */
    public String field(int i) {
      return fields.get(i);
    }

    /** An error naming this line: {@code "SOURCE line N: message"}. */
    public IllegalArgumentException error(String message) {
      return new IllegalArgumentException(prefix() + message);
    }

    private String prefix() {
      return source + " line " + number + ": ";
    }
  }

  /**
   * Hands each data line of {@code in} to {@code handler}, in order.
   *
   * @param source names the input in error messages
   * @param columns the table's column names, for the message when a line has another number of
   *     fields
   * @throws IllegalArgumentException naming the source and line when a line has the wrong number of
   *     fields or the handler refuses it
   */
  public static void read(Reader in, String source, List<String> columns, Consumer<Line> handler)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(handler, "handler");
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("expected at least one column, found none");
    }
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    String text;
    int n = 0;
    while ((text = r.readLine()) != null) {
      n++;
      if (text.isBlank() || text.startsWith("#")) {
        continue;
      }
      String[] f = text.split("\t", -1);
      Line line = new Line(source, n, List.of(f));
      if (f.length != columns.size()) {
        throw line.error(
            "expected "
                + columns.size()
                + " tab-separated fields ("
                + String.join(", ", columns)
                + "), found "
                + f.length);
      }
      try {
        handler.accept(line);
      } catch (IllegalArgumentException | DateTimeException e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof IllegalArgumentException && message.startsWith(line.prefix())) {
          throw e;
        }
        throw new IllegalArgumentException(line.prefix() + message, e);
      }
    }
  }
}
