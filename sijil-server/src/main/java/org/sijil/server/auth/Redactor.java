package org.sijil.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces confidential values with {@link #MARKER} wherever they occur: in plain text (error
 * messages, log lines, CSV) and in every string and every object key of a JSON tree (API bodies,
 * search hits, facet values, exports). Matching ignores case, treats any run of whitespace or short
 * markup (a highlighter's {@code <mark>}) between words as a space, and prefers the longest term,
 * so "Karim Haddad" goes whole before "Karim". When redacted keys collide (two confidential facet
 * values), their numbers are added, so counts stay right without naming anyone.
 *
 * <p>Immutable and thread-safe.
 */
public final class Redactor {
  /** What every confidential value becomes. */
  public static final String MARKER = "[redacted]";

  private static final Pattern WORDS = Pattern.compile("\\s+");
  private static final Redactor NONE = new Redactor(null, Set.of());

  private final Pattern pattern; // null when there are no terms
  private final Set<String> terms;

  private Redactor(Pattern pattern, Set<String> terms) {
    this.pattern = pattern;
    this.terms = terms;
  }

  /** A redactor that changes nothing: for callers with clearance. */
  public static Redactor none() {
    return NONE;
  }

  /** A redactor of these terms; blank terms are ignored, others stripped. */
  public static Redactor of(Collection<String> terms) {
    Objects.requireNonNull(terms, "terms");
    Set<String> kept = new LinkedHashSet<>();
    for (String t : terms) {
      String s = Objects.requireNonNull(t, "term").strip();
      if (!s.isEmpty()) {
        kept.add(s);
      }
    }
    if (kept.isEmpty()) {
      return NONE;
    }
    String alternation =
        kept.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Redactor::termPattern)
            .collect(Collectors.joining("|"));
    return new Redactor(
        Pattern.compile(alternation, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
        Set.copyOf(kept));
  }

  private static String termPattern(String term) {
    String[] words = WORDS.split(term);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        // white space, a highlighter's tags, and a space as HTML or a URL writes it
        b.append("(?:\\s|<[^<>]{0,40}>|&nbsp;|%20|\\+)+");
      }
      b.append(Pattern.quote(words[i]));
    }
    return b.toString();
  }

  /** The number of distinct terms. */
  public int size() {
    return terms.size();
  }

  /** The text with every confidential value replaced by the marker. */
  public String redact(String text) {
    if (pattern == null || text == null || text.isEmpty()) {
      return text;
    }
    Matcher m = pattern.matcher(text);
    return m.find() ? m.replaceAll(Matcher.quoteReplacement(MARKER)) : text;
  }

  /** Whether the text holds a confidential value. */
  public boolean leaks(String text) {
    return pattern != null && text != null && pattern.matcher(text).find();
  }

  /** A redacted copy of the tree; the tree given is not changed. */
  public JsonNode redact(JsonNode node) {
    if (pattern == null || node == null) {
      return node;
    }
    if (node.isTextual()) {
      String r = redact(node.textValue());
      return r.equals(node.textValue()) ? node : TextNode.valueOf(r);
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode(node.size());
      for (JsonNode child : node) {
        out.add(redact(child));
      }
      return out;
    }
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = redact(e.getKey());
        JsonNode value = redact(e.getValue());
        JsonNode existing = out.get(key);
        if (existing != null && existing.isNumber() && value.isNumber()) {
          out.put(key, existing.asLong() + value.asLong());
        } else if (existing != null && existing.isArray()) {
          ((ArrayNode) existing).add(value);
        } else if (existing != null) {
          // keep both values under the one redacted key rather than drop one silently
          ArrayNode both = out.putArray(key);
          both.add(existing);
          both.add(value);
        } else {
          out.set(key, value);
        }
      }
      return out;
    }
    return node;
  }

  @Override
  public String toString() {
    return "Redactor[" + terms.size() + " terms]"; // never the terms themselves
  }
}
