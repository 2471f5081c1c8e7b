package org.sijil.server.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.sijil.model.incident.AnalystOperation;
import org.sijil.model.incident.EventKey;

/** Analyst operations as the JSON kept in the store's operation log, and back. Thread-safe. */
public final class OperationJson {
  private final ObjectMapper mapper = new ObjectMapper();

  public String write(AnalystOperation op) {
    ObjectNode o = mapper.createObjectNode();
    if (op instanceof AnalystOperation.Split s) {
      o.put("op", "split");
      keys(o.putArray("events"), s.events());
    } else if (op instanceof AnalystOperation.Merge m) {
      o.put("op", "merge");
      keys(o.putArray("events"), m.events());
    } else if (op instanceof AnalystOperation.Undo u) {
      o.put("op", "undo");
      o.put("operation", u.operation());
    }
    o.put("analyst", op.analyst());
    o.put("at", op.at().toString());
    try {
      return mapper.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an operation as JSON", e);
    }
  }

  /**
   * The operation written by {@link #write}.
   *
   * @throws IllegalArgumentException naming the JSON when it is not an operation
   */
  public AnalystOperation read(String json) {
    try {
      JsonNode n = mapper.readTree(json);
      String analyst = n.get("analyst").asText();
      Instant at = Instant.parse(n.get("at").asText());
      Set<EventKey> events = new LinkedHashSet<>();
      n.path("events").forEach(k -> events.add(EventKey.parse(k.asText())));
      return switch (n.get("op").asText()) {
        case "split" -> new AnalystOperation.Split(events, analyst, at);
        case "merge" -> new AnalystOperation.Merge(events, analyst, at);
        case "undo" -> new AnalystOperation.Undo(n.get("operation").asInt(), analyst, at);
        default ->
            throw new IllegalArgumentException(
                "expected op split, merge or undo, found " + n.get("op"));
      };
    } catch (JsonProcessingException | NullPointerException | java.time.DateTimeException e) {
      throw new IllegalArgumentException("expected an analyst operation, found " + json, e);
    }
  }

  private static void keys(ArrayNode a, Set<EventKey> keys) {
    keys.stream().sorted().forEach(k -> a.add(k.toString()));
  }
}
