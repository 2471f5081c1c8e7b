package org.sijil.search;

/**
 * A matched term in a snippet: UTF-16 offsets, half-open, into {@link DocumentHit#snippet()}. The
 * snippet is plain text, never HTML; the UI escapes it itself.
 */
public record Highlight(int start, int end) {
  public Highlight {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "expected 0 <= start <= end in a highlight, found [" + start + ", " + end + ")");
    }
  }
}
