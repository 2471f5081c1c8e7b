package org.sijil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sijil.store.DocumentQuery;
import org.sijil.store.DocumentStore;
import org.sijil.store.StoredDocument;

/**
 * Prints, for each stored document, the events its stored extraction holds, one line each with the
 * evidence quoted from the text: what {@code sijil demo} shows. Reads back from the store, so it
 * shows what was persisted. Not thread-safe.
 */
final class EventSummary {
  private static final int QUOTE = 110;
  private final PrintWriter out;
  private final ObjectMapper mapper = new ObjectMapper();

  EventSummary(PrintWriter out) {
    this.out = out;
  }

  void print(DocumentStore store) {
    List<StoredDocument> docs = new ArrayList<>();
    store.forEach(DocumentQuery.all(), docs::add);
    for (StoredDocument d : docs) {
      String title = d.metadata().title() != null ? d.metadata().title() : d.metadata().origin();
      out.println(d.id().shortForm() + "  " + title);
      Optional<String> json = store.extraction(d.id(), IngestCommand.PRODUCER);
      if (json.isEmpty()) {
        out.println("    (not extracted)");
        continue;
      }
      JsonNode x;
      try {
        x = mapper.readTree(json.get());
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("stored extraction of " + d.id() + " is not JSON", e);
      }
      if (x.path("events").isEmpty()) {
        out.println("    no event");
      }
      for (JsonNode e : x.path("events")) {
        out.println("    " + line(e));
        out.println("      \"" + quote(d.text(), e.path("evidence")) + "\"");
      }
      for (JsonNode e : x.path("setAside")) {
        out.println("    set aside (" + e.path("certainty").asText() + "): " + line(e));
      }
    }
  }

  private static String line(JsonNode e) {
    StringBuilder sb = new StringBuilder();
    sb.append(e.path("eventType").asText()).append(" / ").append(e.path("subEventType").asText());
    if (!e.path("tags").isEmpty()) {
      sb.append(" ").append(e.path("tags"));
    }
    if (e.path("perpetrator").isObject()) {
      sb.append("; by ").append(e.path("perpetrator").path("name").asText());
    }
    if (e.path("victim").isObject()) {
      sb.append("; on ").append(e.path("victim").path("name").asText());
    }
    JsonNode l = e.path("location");
    if (l.isObject()) {
      sb.append("; at ").append(l.path("name").asText());
      if (l.hasNonNull("lat")) {
        sb.append(
            String.format(" (%.3f, %.3f)", l.path("lat").asDouble(), l.path("lon").asDouble()));
      }
    }
    JsonNode date = e.path("date");
    if (date.isObject() && date.hasNonNull("start")) {
      sb.append("; on ").append(date.path("start").asText());
    }
    e.path("counts")
        .fields()
        .forEachRemaining(
            c -> {
              int min = c.getValue().path("min").asInt();
              int max = c.getValue().path("max").asInt();
              sb.append("; ").append(c.getKey()).append(' ').append(min);
              if (max != min) {
                sb.append('-').append(max);
              }
              if (c.getValue().path("recurring").asBoolean()) {
                sb.append(" (recurring)");
              }
            });
    if (e.path("attribution").isObject()) {
      sb.append("; according to ").append(e.path("attribution").path("source").asText());
    }
    sb.append(String.format("; confidence %.2f", e.path("confidence").asDouble()));
    return sb.toString();
  }

  private static String quote(String text, JsonNode evidence) {
    if (text == null) {
      return "";
    }
    int s = evidence.path("start").asInt();
    int e = Math.min(text.length(), evidence.path("end").asInt());
    String q = text.substring(s, e).replaceAll("\\\\s+", " ").strip();
    return q.length() <= QUOTE ? q : q.substring(0, QUOTE - 1) + "…";
  }
}
