package org.sijil.eval.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sijil.eval.EvalReport;
import org.sijil.eval.EvalTask;
import org.sijil.model.Span;
import org.sijil.model.time.TimeExpression;
import org.sijil.nlp.time.RuleTimeExpressionRecognizer;
import org.sijil.nlp.time.TimeExpressionRecognizer;

/**
 * TempEval-3 Task A over TIMEX3 gold ({@code time.tbaq.dev.jsonl}): strict and relaxed span
 * precision/recall/F1, type accuracy on relaxed matches, and value F1 (a value counts when its span
 * matches relaxed and the value string is equal). Matching is one-to-one, in text order. Stateless
 * and thread-safe.
 */
public final class TimeEvalTask implements EvalTask {

  private final TimeExpressionRecognizer recognizer;

  /** The task over the English rule recognizer. */
  public TimeEvalTask() {
    this(RuleTimeExpressionRecognizer.english());
  }

  TimeEvalTask(TimeExpressionRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  @Override
  public String name() {
    return "time";
  }

  @Override
  public String description() {
    return "TempEval-3 Task A: TIMEX3 span, type and value against the document date";
  }

  @Override
  public EvalReport evaluate(Path goldFile) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Counts total = new Counts();
    int lines = 0;
    try (BufferedReader in = Files.newBufferedReader(goldFile, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        Document doc = parse(json, line, number, goldFile);
        lines++;
        total.add(score(doc.gold, recognizer.recognize(doc.text, doc.dct)));
      }
    }
    return total.report(name(), goldFile.toString(), lines);
  }

  /** One gold timex. */
  record Gold(Span span, String type, String value) {}

  private record Document(String text, LocalDate dct, List<Gold> gold) {}

  private static Document parse(ObjectMapper json, String line, int number, Path file) {
    try {
      JsonNode node = json.readTree(line);
      String text = required(node, "text", number).asText();
      JsonNode dctNode = node.get("dct");
      LocalDate dct =
          dctNode == null || dctNode.isNull() ? null : LocalDate.parse(dctNode.asText());
      List<Gold> gold = new ArrayList<>();
      for (JsonNode t : required(node, "timexes", number)) {
        int start = required(t, "start", number).asInt();
        int end = required(t, "end", number).asInt();
        if (end > text.length()) {
          throw new IllegalArgumentException(
              "line "
                  + number
                  + ": expected a timex end <= text length "
                  + text.length()
                  + ", found "
                  + end);
        }
        gold.add(
            new Gold(
                new Span(start, end),
                required(t, "type", number).asText(),
                required(t, "value", number).asText()));
      }
      return new Document(text, dct, gold);
    } catch (IOException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          file + " line " + number + ": expected a time gold line, found: " + e.getMessage(), e);
    }
  }

  private static JsonNode required(JsonNode node, String field, int number) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException(
          "line " + number + ": expected field \"" + field + "\", found none");
    }
    return v;
  }

  /** Scores one document: gold and system lists are each sorted and non-overlapping. */
  static Counts score(List<Gold> gold, List<TimeExpression> system) {
    Counts c = new Counts();
    c.gold = gold.size();
    c.system = system.size();
    boolean[] used = new boolean[gold.size()];
    for (TimeExpression s : system) {
      for (int g = 0; g < gold.size(); g++) {
        Gold gd = gold.get(g);
        if (used[g] || !gd.span().overlaps(s.span())) {
          continue;
        }
        used[g] = true;
        c.relaxed++;
        if (gd.span().equals(s.span())) {
          c.strict++;
        }
        if (gd.type().equals(s.type().name())) {
          c.typeCorrect++;
        }
        if (gd.value().equals(s.value())) {
          c.valueCorrect++;
        }
        break;
      }
    }
    return c;
  }

  /** Match counts, summed over documents. */
  static final class Counts {
    int gold;
    int system;
    int strict;
    int relaxed;
    int typeCorrect;
    int valueCorrect;

    void add(Counts o) {
      gold += o.gold;
      system += o.system;
      strict += o.strict;
      relaxed += o.relaxed;
      typeCorrect += o.typeCorrect;
      valueCorrect += o.valueCorrect;
    }

    EvalReport report(String task, String file, int items) {
      List<EvalReport.Metric> m = new ArrayList<>();
      prf(m, "strict", strict);
      prf(m, "relaxed", relaxed);
      m.add(
          new EvalReport.Metric(
              "type_accuracy",
              ratio(typeCorrect, relaxed),
              String.format(Locale.ROOT, "correct=%d of relaxed=%d", typeCorrect, relaxed)));
      prf(m, "value", valueCorrect);
      return new EvalReport(task, file, items, m);
    }

    private void prf(List<EvalReport.Metric> m, String name, int tp) {
      double p = ratio(tp, system);
      double r = ratio(tp, gold);
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      String d = String.format(Locale.ROOT, "tp=%d system=%d gold=%d", tp, system, gold);
      m.add(new EvalReport.Metric(name + "_precision", p, d));
      m.add(new EvalReport.Metric(name + "_recall", r, d));
      m.add(new EvalReport.Metric(name + "_f1", f, d));
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }
}
