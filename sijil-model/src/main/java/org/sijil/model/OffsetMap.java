package org.sijil.model;

import java.util.Arrays;

/**
 * Maps offsets in a derived text (extracted from HTML, normalised, decoded) back to offsets in the
 * source it was derived from, in the manner of Lucene's {@code BaseCharFilter}.
 *
 * <p>The map is a sorted list of anchors {@code (derived, source)}; between anchors offsets move
 * together, one for one. A derived offset {@code d} maps to {@code s + (d - a)} where {@code (a,
 * s)} is the last anchor with {@code a <= d}. Both coordinates of the anchors are non-decreasing,
 * so the mapping is monotone. Immutable and thread-safe; build with {@link #builder()}.
 */
public final class OffsetMap {

  private static final OffsetMap IDENTITY = new OffsetMap(new int[] {0}, new int[] {0});

  private final int[] derived;
  private final int[] source;

  private OffsetMap(int[] derived, int[] source) {
    this.derived = derived;
    this.source = source;
  }

  /** The map of a text that is its own source. */
  public static OffsetMap identity() {
    return IDENTITY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The source offset that derived offset {@code offset} came from. */
  public int toSource(int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("expected offset >= 0, found " + offset);
    }
    int i = Arrays.binarySearch(derived, offset);
    if (i < 0) {
      i = -i - 2;
    } else {
      // several anchors may share a derived offset (source text removed there): take the last.
      while (i + 1 < derived.length && derived[i + 1] == offset) {
        i++;
      }
    }
    return source[i] + (offset - derived[i]);
  }

  /**
   * The source range a derived span came from. The end maps through the last covered unit, so a
   * span never swallows source text removed right after it (markup, entities).
   */
  public Span toSource(Span span) {
    int s = toSource(span.start());
    if (span.isEmpty()) {
      return new Span(s, s);
    }
    int e = toSource(span.end() - 1) + 1;
    return new Span(s, Math.max(s, e));
  }

  /** Number of anchors; an identity map has one. */
  public int anchors() {
    return derived.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OffsetMap m
        && Arrays.equals(derived, m.derived)
        && Arrays.equals(source, m.source);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(derived) + Arrays.hashCode(source);
  }

  @Override
  public String toString() {
    return "OffsetMap[anchors=" + derived.length + "]";
  }

  /** Accumulates anchors in order. Not thread-safe. */
  public static final class Builder {
    private int[] derived = new int[16];
    private int[] source = new int[16];
    private int size = 1; // anchor (0, 0)

    private Builder() {}

    /**
     * Records that derived offset {@code derivedOffset} corresponds to {@code sourceOffset}. Calls
     * must come in non-decreasing order of both offsets; an anchor implied by the previous one is
     * dropped, and a later anchor at the same derived offset replaces the earlier one.
     */
    public Builder add(int derivedOffset, int sourceOffset) {
      int ld = derived[size - 1];
      int ls = source[size - 1];
      if (derivedOffset < ld || sourceOffset < ls) {
        throw new IllegalArgumentException(
            "expected anchors in non-decreasing order after ("
                + ld
                + ","
                + ls
                + "), found ("
                + derivedOffset
                + ","
                + sourceOffset
                + ")");
      }
      if (sourceOffset - ls == derivedOffset - ld) {
        return this; // implied by the previous anchor
      }
      if (derivedOffset == ld) {
        source[size - 1] = sourceOffset;
        return this;
      }
      if (size == derived.length) {
        derived = Arrays.copyOf(derived, size * 2);
        source = Arrays.copyOf(source, size * 2);
      }
      derived[size] = derivedOffset;
      source[size] = sourceOffset;
      size++;
      return this;
    }

    public OffsetMap build() {
      if (size == 1 && source[0] == 0) {
        return IDENTITY;
      }
      return new OffsetMap(Arrays.copyOf(derived, size), Arrays.copyOf(source, size));
    }
  }
}
