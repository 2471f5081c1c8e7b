package org.sijil.resolve.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sijil.model.TabSeparatedLines;
import org.sijil.model.incident.Reliability;
import org.sijil.model.incident.SourceKind;

/**
 * The outlets and organisations Sijil knows, with their kind and reliability grade, read from a
 * tab-separated data file (the default list is {@code sources.tsv} next to this class, documented
 * in {@code docs/sources.md}).
 *
 * <p>Finds a document's publisher by name or web domain, and the original source of a report that
 * only relays another ("PressTV reported", "cited by AFP", "according to SOHR").
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceRegistry {
  private static final String DEFAULT = "sources.tsv";

  /** Cues before a source name that make the text a relay of that source. */
  private static final Pattern CUE_BEFORE =
      Pattern.compile(
          "(?i)(according to|cited by|reported by|quoted by|quoting|told|via|citing|"
              + "data from|figures from|documented by)\\s+(the\\s+)?$");

  /** Cues after a source name that make the text a relay of that source. */
  private static final Pattern CUE_AFTER =
      Pattern.compile(
          "^(?i)('s?)?\\s*(\\([^)]{1,40}\\)\\s*)?(reported|reports|said|says|cited|quoted|"
              + "documented|stated|announced|confirmed|correspondents?|sources?)\\b");

  private final List<Source> sources;
  private final Map<String, Source> byName;
  private final Map<String, Source> byDomain;

  /**
   * Every name and alias by its first word (lower-case), longest first: a text is scanned once,
   * word by word, with no regular expression over all names.
   */
  private final Map<String, List<Name>> byFirstWord;

  /** A name as words; short all-caps aliases must match in exact case. */
  private record Name(List<String> words, boolean exactCase, Source source) {}

  private SourceRegistry(List<Source> sources) {
    this.sources = List.copyOf(sources);
    Map<String, Source> names = new HashMap<>();
    Map<String, Source> domains = new HashMap<>();
    Map<String, List<Name>> first = new HashMap<>();
    for (Source s : sources) {
      for (String n : names(s)) {
        Source prior = names.putIfAbsent(key(n), s);
        if (prior != null && prior != s) {
          throw new IllegalArgumentException(
              "expected source names to be unique, found \""
                  + n
                  + "\" for both "
                  + prior.id()
                  + " and "
                  + s.id());
        }
        // Short all-caps aliases (AP, AA, RT) only match in that exact case, so "ap" or "rt" in
        // running text is never read as an agency.
        boolean exactCase = n.length() <= 4 && n.equals(n.toUpperCase(Locale.ROOT));
        List<String> words = words(n).stream().map(w -> w.text).toList();
        if (!words.isEmpty()) {
          first
              .computeIfAbsent(words.get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
              .add(new Name(words, exactCase, s));
        }
      }
      for (String d : s.domains()) {
        domains.put(d.toLowerCase(Locale.ROOT), s);
      }
    }
    this.byName = Map.copyOf(names);
    this.byDomain = Map.copyOf(domains);
    for (List<Name> ns : first.values()) {
      ns.sort(java.util.Comparator.comparingInt((Name x) -> x.words().size()).reversed());
    }
    this.byFirstWord = Map.copyOf(first);
  }

  /** The default registry shipped with Sijil. */
  public static SourceRegistry defaults() {
    try (InputStream in = SourceRegistry.class.getResourceAsStream(DEFAULT)) {
      if (in == null) {
        throw new IllegalStateException("expected the resource " + DEFAULT + ", found none");
      }
      return read(in, DEFAULT);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT, e);
    }
  }

  /**
   * Reads a registry in the {@code sources.tsv} format.
   *
   * @param name names the input in error messages
   * @throws IllegalArgumentException naming the line when a line is not in the format
   */
  public static SourceRegistry read(InputStream in, String name) throws IOException {
    List<Source> out = new ArrayList<>();
    TabSeparatedLines.read(
        new InputStreamReader(in, StandardCharsets.UTF_8),
        name,
        List.of(
            "id", "name", "aliases", "domains", "kind", "reliability", "graded by", "graded on"),
        f ->
            out.add(
                new Source(
                    f.field(0).strip(),
                    f.field(1).strip(),
                    list(f.field(2)),
                    list(f.field(3)),
                    SourceKind.fromId(f.field(4)),
                    Reliability.fromLetter(f.field(5)),
                    f.field(6).strip(),
                    LocalDate.parse(f.field(7).strip()))));
    return new SourceRegistry(out);
  }

  /** A registry of exactly these sources. */
  public static SourceRegistry of(List<Source> sources) {
    return new SourceRegistry(sources);
  }

  /** Every source, in file order. */
  public List<Source> sources() {
    return sources;
  }

  /** The source with this name or alias (case-insensitive; a leading "the" is optional). */
  public Optional<Source> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String k = key(name);
    Source s = byName.get(k);
    if (s == null && k.startsWith("the ")) {
      s = byName.get(k.substring(4));
    }
    return Optional.ofNullable(s);
  }

  /** The source that publishes on this URL's host (or a parent domain of it). */
  public Optional<Source> byUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String host;
    try {
      host = URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (host == null) {
      return Optional.empty();
    }
    host = host.toLowerCase(Locale.ROOT);
    while (true) {
      Source s = byDomain.get(host);
      if (s != null) {
        return Optional.of(s);
      }
      int dot = host.indexOf('.');
      if (dot < 0 || host.indexOf('.', dot + 1) < 0) {
        return Optional.empty();
      }
      host = host.substring(dot + 1);
    }
  }

  /**
   * The publisher of a document: by its stated source name, else by its URL's domain, else an
   * unknown source named as the document says (or {@code "unknown"}).
   */
  public Source publisher(String sourceName, String url) {
    return byName(sourceName)
        .or(() -> byUrl(url))
        .orElseGet(
            () ->
                Source.unknown(
                    sourceName == null || sourceName.isBlank() ? "unknown" : sourceName.strip()));
  }

  /**
   * The registry source a text relays, if it names one with a relay cue ("according to SOHR", "AFP
   * reported", "cited by Reuters"); the earliest such mention wins. A source named without a cue is
   * not a relay.
   */
  public Optional<Source> relayed(String text) {
    Objects.requireNonNull(text, "text");
    List<Word> ws = words(text);
    for (int i = 0; i < ws.size(); i++) {
      List<Name> candidates = byFirstWord.get(ws.get(i).text.toLowerCase(Locale.ROOT));
      if (candidates == null) {
        continue;
      }
      for (Name n : candidates) {
        int end = matchEnd(n, ws, i);
        if (end < 0) {
          continue;
        }
        int from = ws.get(i).start;
        String before = text.substring(Math.max(0, from - 30), from);
        String after = text.substring(end, Math.min(text.length(), end + 60));
        if (CUE_BEFORE.matcher(before).find() || CUE_AFTER.matcher(after).find()) {
          return Optional.of(n.source());
        }
        break; // the longest name here matched without a cue: not a relay
      }
    }
    return Optional.empty();
  }

  /** The end offset of name {@code n} at word {@code i}, or -1 when it is not there. */
  private static int matchEnd(Name n, List<Word> ws, int i) {
    if (i + n.words().size() > ws.size()) {
      return -1;
    }
    for (int k = 0; k < n.words().size(); k++) {
      String w = ws.get(i + k).text;
      String expected = n.words().get(k);
      if (n.exactCase() ? !w.equals(expected) : !w.equalsIgnoreCase(expected)) {
        return -1;
      }
    }
    return ws.get(i + n.words().size() - 1).end;
  }

  private record Word(String text, int start, int end) {}

  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(new Word(text.substring(start, i), start, i));
      }
    }
    return out;
  }

  private static List<String> names(Source s) {
    List<String> n = new ArrayList<>();
    n.add(s.name());
    n.addAll(s.aliases());
    return n;
  }

  private static List<String> list(String field) {
    return Arrays.stream(field.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
