package org.sijil.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in a document's raw text.
 *
 * <p>This is the one span type in Sijil: every extracted field points into the text it was read
 * from with a {@code Span}, so that {@code text.substring(span.start(), span.end())} is the
 * evidence. Instances are immutable and thread-safe.
 *
 * @param start first code unit, inclusive, {@code >= 0}
 * @param end last code unit, exclusive, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("expected start >= 0, found " + start);
    }
    if (end < start) {
      throw new IllegalArgumentException("expected end >= start (" + start + "), found end " + end);
    }
  }

  /** The number of code units covered. */
  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** True when {@code other} lies entirely inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** True when the two spans share at least one code unit. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /**
   * The covered text.
   *
   * @throws IndexOutOfBoundsException when the span does not fit {@code text}
   */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException(
          "expected span end <= text length " + text.length() + ", found " + this);
    }
    return text.subSequence(start, end).toString();
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
