package org.sijil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the gold JSONL files of the evaluation tasks, one JSON object a line, blank lines skipped;
 * every error names the file and the line. Stateless and thread-safe.
 */
public final class GoldLines {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GoldLines() {}

  /**
   * One line of a gold file.
   *
   * @param node the parsed object
   * @param number the line number in the file, from 1
   */
  public record Line(JsonNode node, int number) {}

  /**
   * Every non-blank line of {@code file}, parsed.
   *
   * @throws IllegalArgumentException naming the file and line when a line is not JSON
   */
  public static List<Line> read(Path file) throws IOException {
    List<Line> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(new Line(MAPPER.readTree(line), n));
      } catch (IOException e) {
        throw new IllegalArgumentException(
            file + " line " + n + ": expected a JSON object, found: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** A required string field, or an error naming the file and line. */
  public static String text(JsonNode node, String field, Path file, int line) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(
          file + " line " + line + ": expected a string field \"" + field + "\", found " + v);
    }
    return v.asText();
  }

  /** An optional ISO date field, null when absent. */
  public static LocalDate date(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : LocalDate.parse(v.asText());
  }

  /** A string or an array of strings, as a list; empty when absent. */
  public static List<String> strings(JsonNode node, String field) {
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
