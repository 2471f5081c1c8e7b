package org.sijil.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sijil.model.OffsetMap;
import org.sijil.model.Span;

/**
 * Splits the normalised text into tokens whose spans point into the raw text. A word is a run of
 * letters, digits and combining marks, kept whole across inner hyphens ({@code al-Rumaila}),
 * apostrophes ({@code don't}; a trailing {@code 's} is its own token), and digit groups ({@code
 * 4,000}, {@code 148.7}); dotted abbreviations ({@code U.S.}) stay one token. Every other non-space
 * character is a token of its own. Immutable and thread-safe.
 */
public final class Tokenizer implements Stage {

  @Override
  public String name() {
    return "tokenizer";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.NORMALIZED);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Layers.TOKENS);
  }

  @Override
  public AnnotatedText apply(AnnotatedText in) {
    return in.with(Layers.TOKENS, tokenize(in.raw(), in.get(Layers.NORMALIZED)));
  }

  /** Tokens of {@code raw}, whose normalised form is {@code norm}. */
  public List<Token> tokenize(String raw, NormalizedText norm) {
    String t = norm.text();
    // Most texts need no normalising (plain ASCII, single spaces): their map is the identity and
    // every token's raw span is its normalised span, with no offsets to look up.
    boolean same = t.equals(raw) && norm.toRaw().equals(OffsetMap.identity());
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = t.length();
    while (i < n) {
      int cp = t.codePointAt(i);
      if (TextNormalizer.isSpace(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int end;
      if (isWordChar(cp)) {
        end = wordEnd(t, i);
      } else if (cp == '\''
          && i > 0
          && isWordChar(t.codePointAt(i - 1))
          && i + 1 < n
          && (t.charAt(i + 1) == 's' || t.charAt(i + 1) == 'S')
          && (i + 2 >= n || !isWordChar(t.codePointAt(i + 2)))) {
        end = i + 2; // possessive 's
      } else {
        end = i + Character.charCount(cp);
      }
      if (same) {
        addSame(out, raw, i, end);
      } else {
        add(out, raw, norm, i, end);
      }
      i = end;
    }
    return out;
  }

  private static void add(List<Token> out, String raw, NormalizedText norm, int s, int e) {
    Span ns = new Span(s, e);
    Span rs = norm.rawSpan(ns);
    if (rs.end() > raw.length()) {
      rs = new Span(Math.min(rs.start(), raw.length()), raw.length());
    }
    if (rs.isEmpty()) {
      return; // text the normaliser invented with no raw extent cannot be evidence
    }
    String t = norm.text();
    if (!out.isEmpty() && out.get(out.size() - 1).span().end() > rs.start()) {
      // One raw character folded into several tokens (e.g. an ellipsis into three dots): keep
      // one token so that raw spans never overlap.
      String form = t.substring(s, e).toLowerCase(Locale.ROOT);
      Token prev = out.remove(out.size() - 1);
      Span u = prev.span().union(rs);
      out.add(new Token(u, u.of(raw), prev.norm() + form, prev.normSpan().union(ns)));
      return;
    }
    String common = CommonWords.instance().lowerCase(t, s, e);
    if (common != null) {
      boolean lower = rs.length() == e - s && raw.regionMatches(rs.start(), common, 0, e - s);
      out.add(new Token(rs, lower ? common : raw.substring(rs.start(), rs.end()), common, ns));
      return;
    }
    String text = raw.substring(rs.start(), rs.end());
    // Most tokens read the same raw and normalised: then one string serves as both, and
    // lower-casing returns it unchanged when it has no capitals.
    String piece =
        text.length() == e - s && t.regionMatches(s, text, 0, e - s) ? text : t.substring(s, e);
    out.add(new Token(rs, text, piece.toLowerCase(Locale.ROOT), ns));
  }

  /**
   * What {@link #add} does when the normalised text is the raw text under the identity map: the raw
   * span is the normalised one, tokens never overlap, and one string is raw and normalised.
   */
  private static void addSame(List<Token> out, String raw, int s, int e) {
    Span span = new Span(s, e);
    // A common word needs no new strings: its shared lower-case instance is the norm, and the
    // text too when written in lower case.
    String common = CommonWords.instance().lowerCase(raw, s, e);
    if (common != null) {
      boolean lower = raw.regionMatches(s, common, 0, e - s);
      out.add(new Token(span, lower ? common : raw.substring(s, e), common, span));
      return;
    }
    String text = raw.substring(s, e);
    out.add(new Token(span, text, text.toLowerCase(Locale.ROOT), span));
  }

  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      // ASCII has no marks: its word characters are its letters and digits
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static int wordEnd(String t, int start) {
    int i = start;
    int n = t.length();
    boolean dotted = false;
    while (i < n) {
      int cp = t.codePointAt(i);
      if (isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      if (i + 1 < n && isWordChar(t.codePointAt(i + 1))) {
        char c = t.charAt(i);
        char prev = t.charAt(i - 1);
        char next = t.charAt(i + 1);
        if (c == '-' || c == '_') {
          i++;
          continue;
        }
        if (c == '\'') {
          // "ISIS's" → ISIS + 's ; "don't" stays whole.
          if ((next == 's' || next == 'S') && (i + 2 >= n || !isWordChar(t.codePointAt(i + 2)))) {
            return i;
          }
          i++;
          continue;
        }
        if ((c == ',' || c == '.') && Character.isDigit(prev) && Character.isDigit(next)) {
          i++;
          continue;
        }
        if (c == '.' && isSingleLetter(t, start, i) && Character.isLetter(next)) {
          // U.S. / U.N.: single letters joined by dots
          dotted = true;
          i++;
          continue;
        }
      }
      break;
    }
    if (dotted && i < n && t.charAt(i) == '.') {
      i++;
    }
    return i;
  }

  /** True when the word character run just before {@code dot} is one letter long. */
  private static boolean isSingleLetter(String t, int start, int dot) {
    int p = dot - 1;
    if (!Character.isLetter(t.charAt(p))) {
      return false;
    }
    return p == start || t.charAt(p - 1) == '.';
  }
}
