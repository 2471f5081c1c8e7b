package org.sijil.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.Query;

/**
 * Text analysis and the parsing of users' query text. All text is indexed twice, once with English
 * analysis (Porter stemming) and once with Arabic analysis (normalisation, light stemming), and a
 * query searches both. Both analyzers drop the English and the Arabic stop words, so that a stop
 * word never becomes a required term in only one of the two fields. Thread-safe.
 */
final class Analysis {
  static final String TEXT_EN = "text_en";
  static final String TEXT_AR = "text_ar";

  private final Analyzer analyzer;
  private final Set<String> keywordFields;
  private final java.util.function.BinaryOperator<String> normaliser;

  /**
   * @param keywordFields the fields a user may name in a query ({@code field:value}) whose values
   *     are indexed verbatim
   * @param normaliser maps (field, value) in a user's {@code field:value} to the indexed form
   */
  Analysis(Set<String> keywordFields, java.util.function.BinaryOperator<String> normaliser) {
    CharArraySet stops = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    stops.addAll(ArabicAnalyzer.getDefaultStopSet());
    stops = CharArraySet.unmodifiableSet(stops);
    Map<String, Analyzer> perField = new HashMap<>();
    perField.put(TEXT_EN, new EnglishAnalyzer(stops));
    perField.put(TEXT_AR, new ArabicAnalyzer(stops));
    this.analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    this.keywordFields = Set.copyOf(keywordFields);
    this.normaliser = normaliser;
  }

  Analyzer analyzer() {
    return analyzer;
  }

  /**
   * Parses the user's text (Lucene classic syntax; terms are AND-ed by default).
   *
   * @throws SearchSyntaxException naming the text and the problem
   */
  Query parse(String text) {
    QueryParser parser = new FieldCheckingParser(analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException | TokenMgrError e) {
      throw new SearchSyntaxException(text, firstLine(e.getMessage()), e);
    } catch (IllegalArgumentException e) {
      throw new SearchSyntaxException(text, firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid syntax";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }

  /** Searches both text fields by default and refuses fields the index does not have. */
  private final class FieldCheckingParser extends MultiFieldQueryParser {
    FieldCheckingParser(Analyzer analyzer) {
      super(new String[] {TEXT_EN, TEXT_AR}, analyzer);
    }

    private void check(String field) throws ParseException {
      if (field != null
          && !field.equals(TEXT_EN)
          && !field.equals(TEXT_AR)
          && !keywordFields.contains(field)) {
        throw new ParseException(
            "expected a field among "
                + keywordFields.stream().sorted().toList()
                + ", found \""
                + field
                + "\"");
      }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      check(field);
      if (field != null && keywordFields.contains(field)) {
        return super.getFieldQuery(field, normaliser.apply(field, queryText), quoted);
      }
      return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      check(field);
      return super.getFieldQuery(field, queryText, slop);
    }

    @Override
    protected Query getRangeQuery(
        String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      check(field);
      return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      check(field);
      return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      check(field);
      return super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      check(field);
      return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      check(field);
      return super.getRegexpQuery(field, termStr);
    }
  }

  static List<String> textFields() {
    return List.of(TEXT_EN, TEXT_AR);
  }
}
