package org.sijil.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sijil.eval.EvalReport;
import org.sijil.eval.EvalReport.Metric;
import org.sijil.eval.EvalTask;
import org.sijil.eval.GoldLines;
import org.sijil.model.Span;
import org.sijil.model.doc.Language;
import org.sijil.model.event.Count;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;
import org.sijil.nlp.Layers;
import org.sijil.nlp.Pipeline;
import org.sijil.nlp.Sentence;
import org.sijil.resolve.ReportExtractor;

/**
 * {@code events}: the seed reports' gold events (seeds.gold.jsonl). A predicted event matches a
 * gold one when one of the gold sub-types is its sub-type and its evidence overlaps the sentence(s)
 * of the gold evidence; matching is one-to-one, required gold first. Recall over required events;
 * precision with matches to optional events neutral; field accuracy over matched required events.
 * Place accuracy (within 25 km) needs coordinates and is n/a (NaN) until predicted places have
 * them.
 */
public final class SeedEventsTask implements EvalTask {

  private static final Pipeline SENTENCES = Pipeline.basic();

  @Override
  public String name() {
    return "events";
  }

  @Override
  public String description() {
    return "seed reports: required-event recall, precision (optional neutral), field accuracy";
  }

  @Override
  public EvalReport evaluate(Path goldFile) throws IOException {
    EventSystem system = EventSystem.current();
    List<JsonNode> docs = GoldLines.read(goldFile).stream().map(GoldLines.Line::node).toList();
    int required = 0;
    int found = 0;
    int predicted = 0;
    int neutral = 0;
    int perpN = 0;
    int perpOk = 0;
    int countN = 0;
    int countOk = 0;
    int dateN = 0;
    int dateOk = 0;
    int placeN = 0;
    int placeResolved = 0;
    int placeOk = 0;
    int violentInCommentary = 0;
    int line = 0;
    for (JsonNode doc : docs) {
      line++;
      String text = GoldLines.text(doc, "text", goldFile, line);
      LocalDate published = GoldLines.date(doc, "published");
      List<Event> events = system.events(text, language(doc, goldFile, line), published);
      predicted += events.size();
      List<Sentence> sentences = SENTENCES.run(text).get(Layers.SENTENCES);
      List<JsonNode> gold = new ArrayList<>();
      doc.get("events").forEach(gold::add);
      // required gold first, so that optional events cannot take a required event's match
      gold.sort((x, y) -> Boolean.compare(!req(x), !req(y)));
      Set<Integer> used = new HashSet<>();
      boolean anyRequired = false;
      for (JsonNode g : gold) {
        boolean isRequired = req(g);
        anyRequired |= isRequired;
        required += isRequired ? 1 : 0;
        Span evidence = locate(text, GoldLines.text(g, "evidence", goldFile, line));
        if (evidence == null) {
          throw new IllegalArgumentException(
              goldFile + " line " + line + ": expected the evidence in the text, found none");
        }
        Span scope = evidence;
        for (Sentence s : sentences) {
          if (s.span().overlaps(evidence)) {
            scope = scope.union(s.span());
          }
        }
        List<String> subTypes = GoldLines.strings(g, "subTypes");
        int match = -1;
        for (int i = 0; i < events.size(); i++) {
          Event e = events.get(i);
          if (!used.contains(i)
              && subTypes.contains(e.subType().label())
              && e.evidence().overlaps(scope)) {
            match = i;
            break;
          }
        }
        if (match < 0) {
          continue;
        }
        used.add(match);
        if (!isRequired) {
          neutral++;
          continue;
        }
        found++;
        Event e = events.get(match);
        if (g.hasNonNull("perpetrator")) {
          perpN++;
          String gp = g.get("perpetrator").asText();
          if (e.perpetrator() != null
              && (e.perpetrator().name().equalsIgnoreCase(gp)
                  || Scores.headMatch(e.perpetrator().name(), gp))) {
            perpOk++;
          }
        }
        if (g.hasNonNull("counts")) {
          countN++;
          boolean ok = true;
          var it = g.get("counts").fields();
          while (it.hasNext()) {
            var f = it.next();
            CountKind kind = CountKind.valueOf(f.getKey().toUpperCase(Locale.ROOT));
            Count c = e.counts().get(kind);
            int v = f.getValue().asInt();
            ok &= c != null && c.min() <= v && v <= c.max();
          }
          countOk += ok ? 1 : 0;
        }
        if (g.hasNonNull("date")) {
          dateN++;
          LocalDate start = LocalDate.parse(g.get("date").get("start").asText());
          if (e.date() != null
              && !start.isBefore(e.date().start())
              && !start.isAfter(e.date().end())) {
            dateOk++;
          }
        }
        if (g.hasNonNull("location")) {
          placeN++;
          JsonNode loc = g.get("location");
          if (e.location() != null && e.location().isResolved()) {
            placeResolved++;
            double d =
                Scores.km(
                    e.location().lat(),
                    e.location().lon(),
                    loc.get("lat").asDouble(),
                    loc.get("lon").asDouble());
            placeOk += d <= 25 ? 1 : 0;
          }
        }
      }
      if (!anyRequired) {
        violentInCommentary += (int) events.stream().filter(e -> e.type().isViolent()).count();
      }
    }
    int tp = found;
    int fp = predicted - found - neutral;
    List<Metric> m = new ArrayList<>();
    m.add(new Metric("required_recall", Scores.ratio(found, required), found + "/" + required));
    m.add(
        new Metric(
            "precision",
            Scores.ratio(tp, tp + fp),
            String.format(Locale.ROOT, "tp=%d fp=%d neutral=%d", tp, fp, neutral)));
    m.add(new Metric("perpetrator_acc", Scores.ratio(perpOk, perpN), perpOk + "/" + perpN));
    m.add(new Metric("counts_acc", Scores.ratio(countOk, countN), countOk + "/" + countN));
    m.add(new Metric("date_acc", Scores.ratio(dateOk, dateN), dateOk + "/" + dateN));
    m.add(
        placeResolved == 0
            ? new Metric("place_25km_acc", Double.NaN, "n/a: no predicted place has coordinates")
            : new Metric(
                "place_25km_acc",
                Scores.ratio(placeOk, placeN),
                placeOk + "/" + placeN + " (resolved " + placeResolved + ")"));
    m.add(
        new Metric(
            "violent_events_in_docs_without_required_events",
            violentInCommentary,
            "count; should be 0"));
    return new EvalReport(name(), goldFile.toString(), docs.size(), m);
  }

  private static boolean req(JsonNode g) {
    return g.path("required").asBoolean(false);
  }

  /** Finds a quote in the text with whitespace runs matching any whitespace run. */
  static Span locate(String text, String quote) {
    String[] parts = quote.trim().split("\\s+");
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      re.append(i > 0 ? "\\s+" : "").append(java.util.regex.Pattern.quote(parts[i]));
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(re.toString()).matcher(text);
    return m.find() ? new Span(m.start(), m.end()) : null;
  }

  /**
   * The optional {@code language} of a gold line (ISO 639-1, e.g. "ar"); English when absent. A
   * language the pipeline has no rules for is an error naming the file and line.
   */
  private static Language language(JsonNode doc, Path file, int line) {
    JsonNode v = doc.get("language");
    if (v == null || v.isNull()) {
      return Language.ENGLISH;
    }
    Language l =
        v.isTextual() && v.asText().matches("[a-z]{2,3}") ? new Language(v.asText()) : null;
    if (l == null || !ReportExtractor.covers(l)) {
      throw new IllegalArgumentException(
          file
              + " line "
              + line
              + ": expected a language with extraction rules (en, ar), found "
              + v);
    }
    return l;
  }
}
