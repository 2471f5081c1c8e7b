package org.sijil.nlp;

import java.text.Normalizer;
import java.util.Set;

/**
 * Folds typographic variation out of a text while keeping a map back to the raw offsets, like
 * Lucene's {@code MappingCharFilter}: curly quotes become straight ones, dashes become {@code -},
 * compatibility characters are folded per code point (NFKC, so ligatures and full-width letters
 * become plain letters), control and format characters are dropped, and whitespace runs collapse to
 * one space, one newline, or a blank line ({@code "\n\n"}) when the run holds two or more line
 * breaks. Letters keep their case. Immutable and thread-safe.
 */
public final class TextNormalizer implements Stage {

  @Override
  public String name() {
    return "normalizer";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Layers.NORMALIZED);
  }

  @Override
  public AnnotatedText apply(AnnotatedText in) {
    return in.with(Layers.NORMALIZED, normalize(in.raw()));
  }

  /** The normalised form of {@code raw}. */
  public NormalizedText normalize(String raw) {
    // Most reports need no folding: said once, they skip the copy and the map building.
    return isNormal(raw)
        ? new NormalizedText(raw, org.sijil.model.OffsetMap.identity())
        : normalizeEach(raw);
  }

  /**
   * True when {@link #normalizeEach} would give {@code raw} back with the identity map: printable
   * ASCII, with whitespace only in runs that fold to themselves (one space, one newline, or two
   * newlines).
   */
  static boolean isNormal(String raw) {
    int n = raw.length();
    int i = 0;
    while (i < n) {
      char c = raw.charAt(i);
      if (c > ' ' && c < 0x7F) {
        i++;
        continue;
      }
      if (c != ' ' && c != '\n') {
        return false;
      }
      int j = i + 1;
      while (j < n && isSpace(raw.charAt(j))) {
        j++;
      }
      int run = j - i;
      if (!(run == 1 || run == 2 && c == '\n' && raw.charAt(i + 1) == '\n')) {
        return false;
      }
      i = j;
    }
    return true;
  }

  /** {@link #normalize} character by character, with no shortcut. */
  NormalizedText normalizeEach(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    org.sijil.model.OffsetMap.Builder map = org.sijil.model.OffsetMap.builder();
    int i = 0;
    int n = raw.length();
    while (i < n) {
      int cp = raw.codePointAt(i);
      int len = Character.charCount(cp);
      if (isSpace(cp)) {
        int j = i;
        int breaks = 0;
        while (j < n && isSpace(raw.codePointAt(j))) {
          char c = raw.charAt(j);
          if (c == '\n' || c == '\u2028' || c == '\u2029' || (c == '\r' && !next(raw, j, '\n'))) {
            breaks++;
          }
          j += Character.charCount(raw.codePointAt(j));
        }
        String ws = breaks >= 2 ? "\n\n" : breaks == 1 ? "\n" : " ";
        emit(out, map, ws, i, j - i);
        i = j;
        continue;
      }
      if (cp < 0x80 && !Character.isISOControl(cp)) {
        // Printable ASCII folds to itself: what emit does with each one-character piece, without
        // the pieces' Strings. Within a run of it, every anchor after the first is implied by the
        // one before (both offsets advance by one), which the builder drops; so one add a run.
        map.add(out.length(), i);
        int j = i + 1;
        while (j < n && raw.charAt(j) > ' ' && raw.charAt(j) < 0x7F) {
          j++;
        }
        out.append(raw, i, j);
        i = j;
        continue;
      }
      String folded = fold(cp);
      emit(out, map, folded, i, len);
      i += len;
    }
    map.add(out.length(), n);
    return new NormalizedText(out.toString(), map.build());
  }

  private static boolean next(String s, int i, char c) {
    return i + 1 < s.length() && s.charAt(i + 1) == c;
  }

  /** Appends {@code piece}, which replaces {@code srcLen} raw units starting at {@code src}. */
  private static void emit(
      StringBuilder out, org.sijil.model.OffsetMap.Builder map, String piece, int src, int srcLen) {
    for (int k = 0; k < piece.length(); k++) {
      // Output units beyond the source's length all map to its last unit, so a span ending
      // inside an expansion still ends at the source character's end.
      map.add(out.length(), src + Math.min(k, srcLen - 1));
      out.append(piece.charAt(k));
    }
    if (piece.isEmpty()) {
      map.add(out.length(), src + srcLen);
    }
  }

  static boolean isSpace(int cp) {
    if (cp < 0x80) {
      // What the tests below answer for ASCII (tab to carriage return, the four separators, the
      // space), without their tables: the tokenizer asks it of every character.
      return cp == ' ' || cp >= '\t' && cp <= '\r' || cp >= 0x1C && cp <= 0x1F;
    }
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u0085';
  }

  private static String fold(int cp) {
    if (cp < 0x80) {
      return Character.isISOControl(cp) ? "" : Character.toString(cp);
    }
    switch (cp) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u0060' -> {
        return "'";
      }
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> {
        return "\"";
      }
      case '\u2010',
          '\u2011',
          '\u2012',
          '\u2013',
          '\u2014',
          '\u2015',
          '\u2212',
          '\uFE58',
          '\uFE63',
          '\uFF0D' -> {
        return "-";
      }
      case '\u2026' -> {
        return "...";
      }
      default -> {}
    }
    int type = Character.getType(cp);
    if (type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE) {
      return ""; // zero-width joiners, BOMs, bidi marks, lone surrogates: invisible noise
    }
    String s = Character.toString(cp);
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    // A few NFKC results are spaces or quotes again (e.g. U+2007 figure space is handled above).
    return n.isEmpty() ? s : n;
  }
}
