package org.sijil.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sijil.model.doc.Language;
import org.sijil.model.doc.MediaType;

/**
 * Reads files, directories and http(s) URLs into {@link org.sijil.model.doc.IncomingDocument}s: the
 * original bytes as received, their digest, metadata and the extracted text with a map back to byte
 * offsets in the original.
 *
 * <p>Supported: {@code .txt .md .html .htm .pdf .jsonl .warc .warc.gz} and feeds {@code .rss .atom
 * .xml}. Directories are walked recursively in sorted order, hidden entries skipped, unsupported
 * files reported as {@link ReadOutcome.Skipped}. URLs are read by their content type. Bad input
 * never throws: it becomes a {@link ReadOutcome.Failed} naming the input and the problem.
 *
 * <p>Containers yield one document per element: a JSONL line (original: the line's bytes), a WARC
 * response or resource record (original: the HTTP payload body), a feed entry (original: the
 * entry's HTML content, or Atom plain text, as UTF-8). A PDF's text maps to itself, not to bytes:
 * its provenance stage is {@code pdf-text} and says {@code no-byte-offsets}.
 *
 * <p>The size limit applies to every original: a file (or response) larger than {@code maxBytes} is
 * refused before it is read; JSONL and WARC files are streamed, so there it limits each line and
 * each record instead.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class DocumentReader {
  private static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
  private static final Duration DEFAULT_HTTP_TIMEOUT = Duration.ofSeconds(20);

  private final long maxBytes;
  private final DocumentAssembler assembler;
  private final JsonlReader jsonl;
  private final FeedReader feeds;
  private final WarcFileReader warcs;
  private final UrlFetcher fetcher;

  private DocumentReader(Builder b) {
    this.maxBytes = b.maxBytes;
    this.assembler = new DocumentAssembler(b.published, b.source, b.language, b.clock);
    this.jsonl = new JsonlReader(assembler, maxBytes);
    this.feeds = new FeedReader(assembler);
    this.warcs = new WarcFileReader(assembler, maxBytes);
    this.fetcher = new UrlFetcher(b.httpTimeout, maxBytes, b.allowPrivateNetwork);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads every input in order, passing each outcome to {@code sink} as soon as it is known; no
   * more than one original is held at a time (a JSONL line, a WARC record, or a whole file).
   *
   * @param inputs file or directory paths and http(s) URLs
   * @param sink receives one or more outcomes per input; its exceptions propagate
   */
  public void read(List<String> inputs, Consumer<ReadOutcome> sink) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(sink, "sink");
    for (String input : inputs) {
      Objects.requireNonNull(input, "an input is null");
      String lower = input.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        readUrl(input, sink);
      } else {
        readPath(input, sink);
      }
    }
  }

  private void readPath(String input, Consumer<ReadOutcome> sink) {
    Path path;
    try {
      path = Paths.get(input);
    } catch (InvalidPathException e) {
      sink.accept(new ReadOutcome.Failed(input, "bad path: " + e.getMessage()));
      return;
    }
    if (!Files.exists(path)) {
      sink.accept(new ReadOutcome.Failed(input, "no such file or directory"));
      return;
    }
    if (Files.isDirectory(path)) {
      walk(path, sink);
      return;
    }
    Kind kind = Kind.ofName(path.getFileName().toString());
    if (kind == null) {
      sink.accept(new ReadOutcome.Failed(input, unsupported(path)));
      return;
    }
    readFile(path, input, kind, sink);
  }

  private void walk(Path dir, Consumer<ReadOutcome> sink) {
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = new ArrayList<>(list.toList());
    } catch (IOException e) {
      sink.accept(new ReadOutcome.Failed(dir.toString(), "unreadable directory: " + describe(e)));
      return;
    }
    children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path child : children) {
      String name = child.getFileName().toString();
      if (name.startsWith(".")) {
        continue; // hidden
      }
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        walk(child, sink);
      } else if (Files.isSymbolicLink(child) && Files.isDirectory(child)) {
        // following directory links could loop; name it so the user knows
        sink.accept(
            new ReadOutcome.Skipped(
                child.toString(), "symbolic link to a directory, not followed"));
      } else {
        Kind kind = Kind.ofName(name);
        if (kind == null) {
          sink.accept(new ReadOutcome.Skipped(child.toString(), unsupported(child)));
        } else {
          readFile(child, child.toString(), kind, sink);
        }
      }
    }
  }

  private static String unsupported(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return "unsupported extension: expected one of "
        + Kind.EXTENSIONS
        + ", found "
        + (dot < 0 ? "none" : name.substring(dot));
  }

  private void readFile(Path path, String name, Kind kind, Consumer<ReadOutcome> sink) {
    try {
      switch (kind) {
        case JSONL -> {
          try (InputStream in = Files.newInputStream(path)) {
            jsonl.read(in, name, sink);
          }
        }
        case WARC -> warcs.read(path, name, sink);
        default -> {
          long size = Files.size(path);
          if (size > maxBytes) {
            sink.accept(
                new ReadOutcome.Failed(
                    name,
                    "too large: expected at most maxBytes "
                        + maxBytes
                        + " bytes, found "
                        + size
                        + " bytes"));
            return;
          }
          byte[] original;
          try (InputStream in = Files.newInputStream(path)) {
            original = LimitedReads.readAll(in, maxBytes, "a file");
          }
          readBytes(original, kind, null, null, name, sink);
        }
      }
    } catch (NoSuchFileException e) {
      sink.accept(new ReadOutcome.Failed(name, "no such file or directory"));
    } catch (IOException e) {
      sink.accept(new ReadOutcome.Failed(name, "unreadable: " + describe(e)));
    } catch (BadInputException e) {
      sink.accept(new ReadOutcome.Failed(name, e.getMessage()));
    }
  }

  private void readBytes(
      byte[] original,
      Kind kind,
      String charset,
      String url,
      String name,
      Consumer<ReadOutcome> sink)
      throws BadInputException {
    switch (kind) {
      case TEXT ->
          sink.accept(assembler.outcome(name, assembler.plainText(original, MediaType.TEXT_PLAIN)));
      case MARKDOWN ->
          sink.accept(
              assembler.outcome(name, assembler.plainText(original, MediaType.TEXT_MARKDOWN)));
      case HTML ->
          sink.accept(
              assembler.outcome(name, withUrl(assembler.html(original, charset, url), url)));
      case PDF -> sink.accept(assembler.outcome(name, withUrl(assembler.pdf(original), url)));
      case FEED -> feeds.read(original, name, sink);
      case JSONL -> {
        try {
          jsonl.read(new ByteArrayInputStream(original), name, sink);
        } catch (IOException e) {
          throw new IllegalStateException("reading a byte array cannot fail", e);
        }
      }
      case WARC ->
          throw new BadInputException(
              "unsupported: WARC files are read from disk, not from URLs; download it first");
    }
  }

  /** The fetched URL, unless the document names its own canonical one. */
  private static Extracted withUrl(Extracted e, String url) {
    return url == null || e.found().url() != null ? e : e.withFound(e.found().withUrl(url));
  }

  private void readUrl(String input, Consumer<ReadOutcome> sink) {
    try {
      UrlFetcher.Fetched fetched = fetcher.fetch(input);
      ContentType type = ContentType.parse(fetched.contentType());
      Kind kind = Kind.ofMime(type.mime());
      if (kind == null) {
        kind =
            Kind.ofName(fetched.finalUrl().getPath() == null ? "" : fetched.finalUrl().getPath());
      }
      if (kind == null) {
        throw new BadInputException(
            "unsupported content type: expected HTML, PDF, plain text, Markdown or a feed, found "
                + (type.mime().isEmpty() ? "none" : type.mime()));
      }
      readBytes(fetched.body(), kind, type.charset(), fetched.finalUrl().toString(), input, sink);
    } catch (BadInputException e) {
      sink.accept(new ReadOutcome.Failed(input, e.getMessage()));
    }
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
  }

  /** The kinds of input, by file name or media type. */
  enum Kind {
    TEXT,
    MARKDOWN,
    HTML,
    PDF,
    JSONL,
    WARC,
    FEED;

    static final String EXTENSIONS =
        ".txt .md .html .htm .pdf .jsonl .warc .warc.gz .rss .atom .xml";

    static Kind ofName(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.endsWith(".txt")) {
        return TEXT;
      } else if (n.endsWith(".md")) {
        return MARKDOWN;
      } else if (n.endsWith(".html") || n.endsWith(".htm")) {
        return HTML;
      } else if (n.endsWith(".pdf")) {
        return PDF;
      } else if (n.endsWith(".jsonl")) {
        return JSONL;
      } else if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
        return WARC;
      } else if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
        return FEED;
      }
      return null;
    }

    static Kind ofMime(String mime) {
      return switch (mime) {
        case "text/html", "application/xhtml+xml" -> HTML;
        case "application/pdf" -> PDF;
        case "text/plain" -> TEXT;
        case "text/markdown" -> MARKDOWN;
        case "application/rss+xml",
            "application/atom+xml",
            "application/xml",
            "text/xml",
            "application/rdf+xml" ->
            FEED;
        case "application/jsonl", "application/x-ndjson", "application/jsonlines" -> JSONL;
        default -> null;
      };
    }
  }

  /** A Content-Type header's media type (lower case) and charset (or null). */
  record ContentType(String mime, String charset) {
    static ContentType parse(String header) {
      String[] parts = header.split(";");
      String mime = parts[0].strip().toLowerCase(Locale.ROOT);
      String charset = null;
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].strip();
        if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
          charset = p.substring("charset=".length()).replace("\"", "").strip();
        }
      }
      return new ContentType(mime, charset);
    }
  }

  /**
   * Configures a {@link DocumentReader}. Defaults: 50 MB size limit, no overrides, private network
   * addresses refused, 20 s HTTP timeout, the system UTC clock. Not thread-safe.
   */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private LocalDate published;
    private String source;
    private Language language;
    private boolean allowPrivateNetwork;
    private Duration httpTimeout = DEFAULT_HTTP_TIMEOUT;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Largest original read, in bytes; larger inputs are refused before they are read whole. */
    public Builder maxBytes(long maxBytes) {
      this.maxBytes = maxBytes;
      return this;
    }

    /** A publication date for every document, beating any found in them. */
    public Builder published(LocalDate published) {
      this.published = published;
      return this;
    }

    /** An outlet name for every document, beating any found in them. */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** A language for every document, instead of metadata or detection. */
    public Builder language(Language language) {
      this.language = language;
      return this;
    }

    /** Whether URLs may resolve to loopback, link-local, private or multicast addresses. */
    public Builder allowPrivateNetwork(boolean allow) {
      this.allowPrivateNetwork = allow;
      return this;
    }

    /** Connect and request timeout for each HTTP request. */
    public Builder httpTimeout(Duration timeout) {
      this.httpTimeout = timeout;
      return this;
    }

    /** The clock that stamps {@code retrievedAt}. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * @throws IllegalArgumentException when a setting is out of range
     */
    public DocumentReader build() {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("expected maxBytes > 0, found " + maxBytes);
      }
      if (httpTimeout == null || httpTimeout.isNegative() || httpTimeout.isZero()) {
        throw new IllegalArgumentException("expected httpTimeout > 0, found " + httpTimeout);
      }
      Objects.requireNonNull(clock, "clock");
      if (source != null && source.isBlank()) {
        throw new IllegalArgumentException("expected a source name, found a blank string");
      }
      return new DocumentReader(this);
    }
  }
}
