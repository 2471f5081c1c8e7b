package org.sijil.search;

import java.time.LocalDate;

/**
 * A search over documents. Every part is optional. Immutable; build one with {@link #builder()}.
 *
 * @param text the user's query text (Lucene classic syntax), or null/blank for none
 * @param source only documents from this outlet, or null
 * @param from only documents published on or after this day, or null
 * @param to only documents published on or before this day, or null
 * @param offset how many hits to skip, {@code >= 0}
 * @param limit how many hits to return, in [0, 10000]
 */
public record DocumentQuery(
    String text, String source, LocalDate from, LocalDate to, int offset, int limit) {

  public DocumentQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    source = source == null || source.isBlank() ? null : source;
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(
          "expected the date range's end on or after its start " + from + ", found " + to);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("expected an offset >= 0, found " + offset);
    }
    if (limit < 0 || limit > EventQuery.MAX_LIMIT) {
      throw new IllegalArgumentException(
          "expected a limit in [0, " + EventQuery.MAX_LIMIT + "], found " + limit);
    }
  }

  /** A builder with no text or filters, offset 0 and limit 20. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DocumentQuery}. Not thread-safe. */
  public static final class Builder {
    private String text;
    private String source;
    private LocalDate from;
    private LocalDate to;
    private int offset;
    private int limit = 20;

    private Builder() {}

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    public Builder source(String source) {
      this.source = source;
      return this;
    }

    public Builder from(LocalDate from) {
      this.from = from;
      return this;
    }

    public Builder to(LocalDate to) {
      this.to = to;
      return this;
    }

    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    public DocumentQuery build() {
      return new DocumentQuery(text, source, from, to, offset, limit);
    }
  }
}
