package org.sijil.model;

import java.util.Arrays;

/**
 * Maps offsets in a derived text (extracted from HTML, normalised, decoded) back to offsets in the
 * source it was derived from, in the manner of Lucene's {@code BaseCharFilter}.
 *
 * <p>The map is a sorted list of anchors {@code (derived, source)}; between anchors offsets move
 * together, one for one. A derived offset {@code d} maps to {@code s + (d - a)} where {@code (a,
 * s)} is the last anchor with {@code a <= d}. Both coordinates of the anchors are non-decreasing,
 * so the mapping is monotone.
 *
 * <p>Where source text was removed between two derived characters (markup, an entity's tail), the
 * source position right after the first character differs from the one right before the second. A
 * span ending there must end at the first, so the builder also takes <em>end anchors</em> ({@link
 * Builder#addEnd}); {@link #toSourceEnd} uses an end anchor at exactly that offset and otherwise
 * falls back to {@link #toSource(int)}. Maps whose source units are wider than one derived unit
 * (characters to UTF-8 bytes) need an anchor at every character whose width differs, and then map
 * ends correctly with no end anchors. Immutable and thread-safe; build with {@link #builder()}.
 */
public final class OffsetMap {

  private static final int[] NONE = new int[0];
  private static final OffsetMap IDENTITY = new OffsetMap(new int[] {0}, new int[] {0}, NONE, NONE);

  private final int[] derived;
  private final int[] source;
  private final int[] endDerived;
  private final int[] endSource;

  private OffsetMap(int[] derived, int[] source, int[] endDerived, int[] endSource) {
    this.derived = derived;
    this.source = source;
    this.endDerived = endDerived;
    this.endSource = endSource;
  }

  /** Receives anchors in order. */
  @FunctionalInterface
  public interface AnchorConsumer {
    void accept(int derivedOffset, int sourceOffset);
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
   * The source offset where a derived span ending at {@code offset} ends: the end anchor at exactly
   * that offset if there is one, else {@link #toSource(int)}.
   */
  public int toSourceEnd(int offset) {
    int i = Arrays.binarySearch(endDerived, offset);
    return i >= 0 ? endSource[i] : toSource(offset);
  }

  /**
   * The source range a derived span came from; it never swallows source text removed right after it
   * when the map has the end anchors for it.
   */
  public Span toSource(Span span) {
    int s = toSource(span.start());
    if (span.isEmpty()) {
      return new Span(s, s);
    }
    return new Span(s, Math.max(s, toSourceEnd(span.end())));
  }

  /** Number of (start) anchors; an identity map has one. */
  public int anchors() {
    return derived.length;
  }

  /** Visits every (start) anchor in order, the first being {@code (0, s)}. */
  public void forEachAnchor(AnchorConsumer consumer) {
    for (int i = 0; i < derived.length; i++) {
      consumer.accept(derived[i], source[i]);
    }
  }

  /** Visits every end anchor in order. */
  public void forEachEndAnchor(AnchorConsumer consumer) {
    for (int i = 0; i < endDerived.length; i++) {
      consumer.accept(endDerived[i], endSource[i]);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OffsetMap m
        && Arrays.equals(derived, m.derived)
        && Arrays.equals(source, m.source)
        && Arrays.equals(endDerived, m.endDerived)
        && Arrays.equals(endSource, m.endSource);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(derived) + Arrays.hashCode(source))
        + Arrays.hashCode(endSource);
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
    private int[] endDerived = NONE;
    private int[] endSource = NONE;
    private int endSize;

    private Builder() {}

    /**
     * Records that a derived span ending at {@code derivedOffset} ends at {@code sourceOffset} in
     * the source (used where source text was removed right after a derived character). Calls must
     * come in increasing order of {@code derivedOffset}; a repeat replaces the earlier one.
     */
    public Builder addEnd(int derivedOffset, int sourceOffset) {
      if (derivedOffset < 0 || sourceOffset < 0) {
        throw new IllegalArgumentException(
            "expected non-negative end anchor, found (" + derivedOffset + "," + sourceOffset + ")");
      }
      if (endSize > 0) {
        int ld = endDerived[endSize - 1];
        if (derivedOffset < ld || sourceOffset < endSource[endSize - 1]) {
          throw new IllegalArgumentException(
              "expected end anchors in increasing order after ("
                  + ld
                  + ","
                  + endSource[endSize - 1]
                  + "), found ("
                  + derivedOffset
                  + ","
                  + sourceOffset
                  + ")");
        }
        if (derivedOffset == ld) {
          endSource[endSize - 1] = sourceOffset;
          return this;
        }
      }
      if (endSize == endDerived.length) {
        endDerived = Arrays.copyOf(endDerived, Math.max(8, endSize * 2));
        endSource = Arrays.copyOf(endSource, Math.max(8, endSize * 2));
      }
      endDerived[endSize] = derivedOffset;
      endSource[endSize] = sourceOffset;
      endSize++;
      return this;
    }

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
      if (size == 1 && source[0] == 0 && endSize == 0) {
        return IDENTITY;
      }
      return new OffsetMap(
          Arrays.copyOf(derived, size),
          Arrays.copyOf(source, size),
          Arrays.copyOf(endDerived, endSize),
          Arrays.copyOf(endSource, endSize));
    }
  }
}
