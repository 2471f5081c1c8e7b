package org.sijil.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Cuts a plain-text snippet around a query's matches and reports the matched words' offsets in it.
 * The text is analysed with the same analyzers as at index time, so "killing" in the text is
 * highlighted for the query "killed". Immutable once built; thread-safe.
 */
final class Snippets {
  static final int LENGTH = 240;
  private static final int LEAD = 60;

  private final Analyzer analyzer;
  private final List<String> fields;
  private final Set<Term> terms = new HashSet<>();
  private final List<FieldAutomaton> automata = new ArrayList<>();

  private record FieldAutomaton(String field, ByteRunAutomaton automaton) {}

  Snippets(Analyzer analyzer, List<String> fields, Query query) {
    this.analyzer = analyzer;
    this.fields = fields;
    if (query != null) {
      query.visit(
          new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... ts) {
              terms.addAll(List.of(ts));
            }

            @Override
            public void consumeTermsMatching(
                Query q, String field, Supplier<ByteRunAutomaton> automaton) {
              automata.add(new FieldAutomaton(field, automaton.get()));
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
              return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
          });
    }
  }

  /** A snippet of the text with highlights; the start of the text when nothing matches. */
  DocumentHitParts cut(String text) {
    List<int[]> marks = marks(text);
    if (marks.isEmpty()) {
      int end = wordEnd(text, Math.min(text.length(), LENGTH));
      return new DocumentHitParts(text.substring(0, end), List.of());
    }
    // The window that holds the most matches, starting a little before one of them.
    int bestStart = 0;
    int bestCount = -1;
    for (int i = 0; i < marks.size(); i++) {
      int from = Math.max(0, marks.get(i)[0] - LEAD);
      int count = 0;
      for (int j = i; j < marks.size() && marks.get(j)[1] <= from + LENGTH; j++) {
        count++;
      }
      if (count > bestCount) {
        bestCount = count;
        bestStart = from;
      }
    }
    int start = wordStart(text, bestStart);
    int end = wordEnd(text, Math.min(text.length(), start + LENGTH));
    String snippet = text.substring(start, end);
    List<Highlight> highlights = new ArrayList<>();
    for (int[] m : marks) {
      if (m[0] >= start && m[1] <= end) {
        highlights.add(new Highlight(m[0] - start, m[1] - start));
      }
    }
    return new DocumentHitParts(snippet, highlights);
  }

  record DocumentHitParts(String snippet, List<Highlight> highlights) {}

  /** Matched token offsets, sorted and without overlaps. */
  private List<int[]> marks(String text) {
    List<int[]> marks = new ArrayList<>();
    if (terms.isEmpty() && automata.isEmpty()) {
      return marks;
    }
    for (String field : fields) {
      try (TokenStream ts = analyzer.tokenStream(field, text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          if (matches(field, term.toString())) {
            marks.add(new int[] {offset.startOffset(), offset.endOffset()});
          }
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    marks.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<int[]> merged = new ArrayList<>();
    for (int[] m : marks) {
      if (!merged.isEmpty() && m[0] < merged.get(merged.size() - 1)[1]) {
        int[] last = merged.get(merged.size() - 1);
        last[1] = Math.max(last[1], m[1]);
      } else {
        merged.add(m.clone());
      }
    }
    return merged;
  }

  private boolean matches(String field, String token) {
    if (terms.contains(new Term(field, token))) {
      return true;
    }
    BytesRef b = new BytesRef(token);
    for (FieldAutomaton a : automata) {
      if (a.field().equals(field) && a.automaton().run(b.bytes, b.offset, b.length)) {
        return true;
      }
    }
    return false;
  }

  private static int wordStart(String text, int i) {
    if (i <= 0) {
      return 0;
    }
    int j = i;
    while (j > 0 && j > i - 20 && !Character.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    return Character.isWhitespace(text.charAt(Math.max(0, j - 1))) || j == 0 ? j : i;
  }

  private static int wordEnd(String text, int i) {
    if (i >= text.length()) {
      return text.length();
    }
    int j = i;
    while (j < text.length() && j < i + 20 && !Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j;
  }
}
