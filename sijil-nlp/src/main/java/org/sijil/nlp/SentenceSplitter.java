package org.sijil.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sijil.model.Span;

/**
 * Splits tokens into sentences. A sentence ends at {@code . ! ?} (and any closing quotes or
 * brackets after it) when the next token does not start in lower case and the period does not close
 * a known abbreviation or an initial ({@code J. Smith}); at a blank line; and at a line break,
 * except in hard-wrapped text (many long lines without final punctuation), where a line break ends
 * a sentence only after final punctuation or after a headline (the document's first line, or a
 * short line that follows a finished sentence, that does not end in a comma or a function word).
 * Case-insensitive, so ALL-CAPS text splits the same way. Immutable and thread-safe.
 */
public final class SentenceSplitter implements Stage {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "st",
          "mt", "jr", "sr", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "gov", "sen", "rep", "rev",
          "brig", "adm", "cmdr", "approx", "al", "no", "dept", "lieut", "pres", "pvt");

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
          "but", "that", "which", "who", "as", "is", "are", "was", "were", "be", "been", "has",
          "have", "had", "its", "their", "his", "her", "this", "these", "those", "into", "than",
          "not", "no", "so", "it", "they", "he", "she", "we", "will", "would", "can", "could",
          "after", "before", "since", "while", "about", "between", "under", "over", "all", "both",
          "during", "through", "against", "near", "also");

  @Override
  public String name() {
    return "sentences";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.NORMALIZED, Layers.TOKENS);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Layers.SENTENCES);
  }

  @Override
  public AnnotatedText apply(AnnotatedText in) {
    return in.with(
        Layers.SENTENCES, split(in.raw(), in.get(Layers.NORMALIZED).text(), in.get(Layers.TOKENS)));
  }

  /** Sentences of the tokens of {@code raw}, whose normalised text is {@code norm}. */
  public List<Sentence> split(String raw, String norm, List<Token> tokens) {
    List<Sentence> out = new ArrayList<>();
    if (tokens.isEmpty()) {
      return out;
    }
    boolean wrapped = isHardWrapped(norm);
    int start = 0;
    boolean lineStartsParagraph = true; // the current line follows a finished sentence
    int lineFirstToken = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean last = i + 1 == tokens.size();
      boolean boundary = last;
      if (!last) {
        Token next = tokens.get(i + 1);
        int gapStart = t.normSpan().end();
        int gapEnd = next.normSpan().start();
        int breaks = countBreaks(norm, gapStart, gapEnd);
        if (breaks >= 2) {
          boundary = true;
        } else if (isTerminal(tokens, i)
            && !(gapStart == gapEnd && isCloser(next.norm()))
            && !startsLower(next)
            && !abbreviationBefore(tokens, i)) {
          boundary = true;
        } else if (breaks == 1) {
          boolean finished = endsFinished(tokens, i);
          if (!wrapped || finished) {
            boundary = true;
          } else {
            boolean isHeadline =
                (lineFirstToken == 0 || lineStartsParagraph)
                    && (lineFirstToken == 0 || i + 1 - lineFirstToken <= 8)
                    && !FUNCTION_WORDS.contains(t.norm())
                    && !t.norm().equals(",")
                    && !startsLower(next);
            boundary = isHeadline;
          }
        }
        if (breaks >= 1) {
          lineStartsParagraph = boundary;
          lineFirstToken = i + 1;
        }
      }
      if (boundary) {
        Span s = new Span(tokens.get(start).span().start(), t.span().end());
        out.add(new Sentence(s, s.of(raw), start, i + 1));
        start = i + 1;
      }
    }
    return out;
  }

  /** Line breaks in {@code norm[from, to)}, counted in place: most gaps are one space. */
  private static int countBreaks(String norm, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (norm.charAt(k) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** Token i is final punctuation, or a closing quote/bracket right after final punctuation. */
  private static boolean isTerminal(List<Token> tokens, int i) {
    // Every closer and every final punctuation ends in one of these: most tokens, words, do not.
    String own = tokens.get(i).norm();
    if (own.isEmpty() || ".!?\"')]".indexOf(own.charAt(own.length() - 1)) < 0) {
      return false;
    }
    int j = i;
    while (j > 0 && isCloser(tokens.get(j).norm())) {
      j--;
    }
    String n = tokens.get(j).norm();
    return n.equals(".") || n.equals("!") || n.equals("?") || n.endsWith("...");
  }

  private static boolean isCloser(String n) {
    return n.equals("\"") || n.equals("'") || n.equals(")") || n.equals("]");
  }

  private static boolean endsFinished(List<Token> tokens, int i) {
    return isTerminal(tokens, i) || tokens.get(i).norm().equals(":");
  }

  private static boolean startsLower(Token t) {
    return !t.text().isEmpty() && Character.isLowerCase(t.text().codePointAt(0));
  }

  /** The period at i closes an abbreviation or an initial rather than a sentence. */
  private static boolean abbreviationBefore(List<Token> tokens, int i) {
    if (!tokens.get(i).norm().equals(".") || i == 0) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    if (prev.span().end() != tokens.get(i).span().start()) {
      return false;
    }
    String p = prev.norm();
    if (ABBREVIATIONS.contains(p)) {
      return true;
    }
    return p.length() == 1 && Character.isLetter(p.charAt(0)) && prev.isCapitalized();
  }

  /** Many long lines that end without final punctuation: the text was wrapped at a width. */
  static boolean isHardWrapped(String norm) {
    int lines = 0;
    int wrappedLike = 0;
    int from = 0;
    while (from <= norm.length()) {
      int nl = norm.indexOf('\n', from);
      int end = nl < 0 ? norm.length() : nl;
      String line = norm.substring(from, end).strip();
      boolean followedByText = nl >= 0 && nl + 1 < norm.length() && norm.charAt(nl + 1) != '\n';
      if (!line.isEmpty()) {
        lines++;
        char last = line.charAt(line.length() - 1);
        if (line.length() >= 40
            && line.length() <= 100
            && followedByText
            && ".!?:\"".indexOf(last) < 0) {
          wrappedLike++;
        }
      }
      if (nl < 0) {
        break;
      }
      from = nl + 1;
    }
    return wrappedLike >= 3 && wrappedLike * 2 >= lines;
  }
}
