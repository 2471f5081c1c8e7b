package org.sijil.eval.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sijil.eval.EvalReport;
import org.sijil.eval.EvalTask;
import org.sijil.extract.EventExtractor;
import org.sijil.model.event.Event;
import org.sijil.model.incident.EventKey;
import org.sijil.nlp.time.RuleTimeExpressionRecognizer;
import org.sijil.resolve.incident.IncidentResolver;
import org.sijil.resolve.incident.NearDuplicateDetector;
import org.sijil.resolve.incident.ReportedEvent;

/**
 * {@code dedup}: are reports of one incident put together, and reports of different incidents kept
 * apart? Reads JSONL documents (the document format) each with a gold {@code incident} id, runs the
 * event extractor (with dates) and the incident resolver in publication order, and compares the
 * documents' incidents (a document's incident is that of its most salient event; a document with no
 * event stands alone) with the gold: pairwise precision/recall/F1 over document pairs, and B-cubed
 * precision/recall/F1 over documents. Also reports how many syndicated copies the near-duplicate
 * detector linked.
 */
public final class DedupTask implements EvalTask {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String name() {
    return "dedup";
  }

  @Override
  public String description() {
    return "incident resolution across documents: pairwise and B-cubed P/R/F1 against gold"
        + " incident ids";
  }

  @Override
  public EvalReport evaluate(Path goldFile) throws IOException {
    List<String> lines = Files.readAllLines(goldFile, StandardCharsets.UTF_8);
    List<String> gold = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<ReportedEvent> events = new ArrayList<>();
    Map<String, String> firstEventOf = new HashMap<>();
    EventExtractor extractor =
        EventExtractor.builder().timeRecognizer(RuleTimeExpressionRecognizer.english()).build();
    NearDuplicateDetector copies = new NearDuplicateDetector();
    Map<String, String> copyOfDoc = new HashMap<>();
    int linked = 0;
    int linkedRight = 0;
    int goldCopies = 0;
    int n = 0;
    for (String line : lines) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode o;
      try {
        o = MAPPER.readTree(line);
      } catch (IOException e) {
        throw new IllegalArgumentException(
            goldFile + " line " + n + ": expected a JSON object, found: " + e.getMessage(), e);
      }
      String id = field(o, "id", goldFile, n);
      String text = field(o, "text", goldFile, n);
      String incident = field(o, "incident", goldFile, n);
      LocalDate published =
          o.hasNonNull("published") ? LocalDate.parse(o.get("published").asText()) : null;
      ids.add(id);
      gold.add(incident);
      String copyOf = o.hasNonNull("copyOf") ? o.get("copyOf").asText() : null;
      if (copyOf != null) {
        goldCopies++;
      }
      var copy = copies.add(id, text);
      copy.ifPresent(c -> copyOfDoc.put(id, c.original()));
      if (copy.isPresent()) {
        linked++;
        if (copy.get().original().equals(copyOf)) {
          linkedRight++;
        }
      }
      List<Event> es = extractor.extract(text, published).events();
      for (int i = 0; i < es.size(); i++) {
        Event e = es.get(i);
        events.add(
            new ReportedEvent(
                new EventKey(id, i),
                e,
                text.substring(e.evidence().start(), e.evidence().end()),
                published));
      }
    }
    events.sort(
        java.util.Comparator.comparing(
            (ReportedEvent r) -> r.published() == null ? LocalDate.MAX : r.published()));
    IncidentResolver resolver = new IncidentResolver();
    for (ReportedEvent e : events) {
      resolver.add(e, copyOfDoc.get(e.key().document()));
    }
    List<IncidentResolver.Group> groups = resolver.groups(List.of());
    Map<EventKey, Integer> groupOf = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (ReportedEvent e : groups.get(g).events()) {
        groupOf.put(e.key(), g);
      }
    }
    List<String> predicted = new ArrayList<>(ids.size());
    int withoutEvents = 0;
    for (String id : ids) {
      Integer g = groupOf.get(new EventKey(id, 0));
      if (g == null) {
        withoutEvents++;
        predicted.add("alone:" + id);
      } else {
        predicted.add("group:" + g);
      }
    }
    List<EvalReport.Metric> metrics = new ArrayList<>(ClusterScores.pairwise(gold, predicted));
    metrics.addAll(ClusterScores.bcubed(gold, predicted));
    metrics.add(
        new EvalReport.Metric(
            "documents_without_events",
            withoutEvents / (double) Math.max(1, ids.size()),
            withoutEvents + " of " + ids.size()));
    String copyDetail =
        String.format(
            Locale.ROOT, "linked=%d right=%d gold copies=%d", linked, linkedRight, goldCopies);
    metrics.add(
        new EvalReport.Metric(
            "near_duplicate_precision",
            linked == 0 ? 1 : linkedRight / (double) linked,
            copyDetail));
    metrics.add(
        new EvalReport.Metric(
            "near_duplicate_recall",
            goldCopies == 0 ? 1 : linkedRight / (double) goldCopies,
            copyDetail));
    return new EvalReport(name(), goldFile.toString(), ids.size(), metrics);
  }

  private static String field(JsonNode o, String name, Path file, int line) {
    JsonNode v = o.get(name);
    if (v == null || v.isNull() || !(v.isTextual() || v.isNumber())) {
      throw new IllegalArgumentException(
          file + " line " + line + ": expected a field \"" + name + "\", found " + v);
    }
    return v.asText();
  }
}
