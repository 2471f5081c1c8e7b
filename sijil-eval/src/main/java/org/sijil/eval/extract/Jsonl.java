package org.sijil.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads gold JSONL files; every error names the file and line. */
final class Jsonl {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Jsonl() {}

  static List<JsonNode> read(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(MAPPER.readTree(line));
      } catch (IOException e) {
        throw new IllegalArgumentException(
            file + " line " + n + ": expected a JSON object, found: " + e.getMessage(), e);
      }
    }
    return out;
  }

  static String text(JsonNode node, String field, Path file, int line) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(
          file + " line " + line + ": expected a string field \"" + field + "\", found " + v);
    }
    return v.asText();
  }

  static LocalDate date(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : LocalDate.parse(v.asText());
  }

  static List<String> strings(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isTextual()) {
      out.add(v.asText());
    } else {
      v.forEach(x -> out.add(x.asText()));
    }
    return out;
  }
}
