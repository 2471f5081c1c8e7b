package org.sijil.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;
import org.sijil.model.Provenance;
import org.sijil.model.doc.DateSource;
import org.sijil.model.doc.ExtractedText;
import org.sijil.model.doc.Language;
import org.sijil.model.doc.MediaType;

/**
 * Streams a JSONL file (see {@code docs/jsonl-format.md}): one document a line, the line's bytes
 * its original. A bad line becomes a failure named {@code file.jsonl:LINE} and the rest go on; a
 * line longer than the size limit is skipped over without being held. Immutable; thread-safe.
 */
final class JsonlReader {
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final DocumentAssembler assembler;
  private final long maxBytes;

  JsonlReader(DocumentAssembler assembler, long maxBytes) {
    this.assembler = assembler;
    this.maxBytes = maxBytes;
  }

  /** Reads every line of {@code in}; {@code name} is how the input is named in outcomes. */
  void read(InputStream in, String name, Consumer<ReadOutcome> sink) throws IOException {
    byte[] chunk = new byte[64 * 1024];
    byte[] line = new byte[1024];
    int lineLength = 0;
    boolean tooLong = false;
    long lineNumber = 1;
    int n;
    boolean sawAny = false;
    while (true) {
      n = in.read(chunk);
      if (n < 0) {
        break;
      }
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (chunk[i] != '\n') {
          continue;
        }
        int add = i - from;
        if (!tooLong) {
          if (lineLength + (long) add > maxBytes) {
            tooLong = true;
          } else {
            line = append(line, lineLength, chunk, from, add);
            lineLength += add;
          }
        }
        handle(name, lineNumber, line, lineLength, tooLong, sink);
        sawAny = true;
        lineNumber++;
        lineLength = 0;
        tooLong = false;
        from = i + 1;
      }
      int add = n - from;
      if (!tooLong) {
        if (lineLength + (long) add > maxBytes) {
          tooLong = true;
        } else {
          line = append(line, lineLength, chunk, from, add);
          lineLength += add;
        }
      }
    }
    if (lineLength > 0 || tooLong) {
      handle(name, lineNumber, line, lineLength, tooLong, sink);
      sawAny = true;
    }
    if (!sawAny) {
      sink.accept(new ReadOutcome.Failed(name, "empty: expected JSON lines, found 0 bytes"));
    }
  }

  private static byte[] append(byte[] line, int length, byte[] src, int from, int count) {
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(src, from, line, length, count);
    return line;
  }

  private void handle(
      String name,
      long lineNumber,
      byte[] buffer,
      int length,
      boolean tooLong,
      Consumer<ReadOutcome> sink) {
    String origin = name + ":" + lineNumber;
    if (tooLong) {
      sink.accept(
          new ReadOutcome.Failed(
              origin, "line too long: expected at most maxBytes " + maxBytes + " bytes"));
      return;
    }
    int from = lineNumber == 1 ? ByteDecoder.utf8BomLength(buffer, 0) : 0;
    int to = length;
    if (to > from && buffer[to - 1] == '\r') {
      to--;
    }
    if (isBlank(buffer, from, to)) {
      return;
    }
    byte[] original = Arrays.copyOfRange(buffer, from, to);
    try {
      sink.accept(assembler.outcome(origin, parse(original)));
    } catch (BadInputException e) {
      sink.accept(new ReadOutcome.Failed(origin, e.getMessage()));
    }
  }

  private static boolean isBlank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  private Extracted parse(byte[] line) throws BadInputException {
    String id = null;
    String text = null;
    String html = null;
    long textAt = -1;
    long htmlAt = -1;
    String url = null;
    String title = null;
    String source = null;
    String published = null;
    String language = null;
    try (JsonParser p = JSON.createParser(line)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        throw new BadInputException("expected a JSON object, found " + describe(t));
      }
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken v = p.nextToken();
        switch (field) {
          case "id" -> {
            if (v != JsonToken.VALUE_STRING && v != JsonToken.VALUE_NUMBER_INT) {
              throw new BadInputException(
                  "expected \"id\" to be a string or an integer, found " + describe(v));
            }
            id = p.getText();
          }
          case "text" -> {
            text = string(p, field, v);
            textAt = p.currentTokenLocation().getByteOffset();
          }
          case "html" -> {
            html = string(p, field, v);
            htmlAt = p.currentTokenLocation().getByteOffset();
          }
          case "url" -> url = string(p, field, v);
          case "title" -> title = string(p, field, v);
          case "source" -> source = string(p, field, v);
          case "published" -> published = string(p, field, v);
          case "language" -> language = string(p, field, v);
          default -> p.skipChildren(); // unknown fields are allowed and ignored
        }
      }
      if (p.nextToken() != null) {
        throw new BadInputException("expected one JSON object on the line, found more after it");
      }
    } catch (JsonProcessingException e) {
      throw new BadInputException("not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadInputException("not JSON: " + e.getMessage(), e);
    }
    if (id == null || id.isBlank()) {
      throw new BadInputException("missing id: expected a non-empty \"id\" field");
    }
    if (text == null && html == null) {
      throw new BadInputException("expected a \"text\" or an \"html\" field, found neither");
    }
    LocalDate date = null;
    if (published != null) {
      String written = published;
      date =
          PublishedDateParser.parseIso(written)
              .orElseThrow(
                  () ->
                      new BadInputException(
                          "bad date: expected \"published\" as an ISO date or date-time such as"
                              + " 2024-03-05, found \""
                              + written
                              + "\""));
    }
    Language lang = null;
    if (language != null) {
      try {
        lang = Language.parse(language);
      } catch (IllegalArgumentException e) {
        throw new BadInputException("bad language: " + e.getMessage());
      }
    }
    FoundMetadata fields =
        new FoundMetadata(
            id, title, null, date, date == null ? null : DateSource.JSONL_FIELD, source, url, lang);
    // "text" wins when both are given: it is what the producer chose as the reading text.
    if (text != null) {
      DecodedText decoded = literal(line, textAt, text);
      return new Extracted(
          line,
          MediaType.APPLICATION_JSON,
          new ExtractedText(
              decoded.chars(), decoded.charToByte(), new Provenance("jsonl-text", "utf-8")),
          fields);
    }
    DecodedText htmlChars = literal(line, htmlAt, html);
    HtmlTextExtractor.HtmlText extracted = HtmlTextExtractor.extract(htmlChars, url);
    return new Extracted(
        line,
        MediaType.APPLICATION_JSON,
        new ExtractedText(
            extracted.text(),
            extracted.textToByte(),
            new Provenance("jsonl-html", DocumentAssembler.JSOUP)),
        fields.orElse(extracted.metadata()));
  }

  private static DecodedText literal(byte[] line, long at, String expected) {
    int quote = (int) at;
    while (line[quote] != '"') {
      quote++; // Jackson's token location can sit on white space before the literal
    }
    DecodedText decoded = JsonStringDecoder.decode(line, quote);
    if (!decoded.chars().equals(expected)) {
      throw new IllegalStateException(
          "JSON string mapping disagrees with Jackson at byte " + quote + " of a JSONL line");
    }
    return decoded;
  }

  private static String string(JsonParser p, String field, JsonToken v)
      throws IOException, BadInputException {
    if (v == JsonToken.VALUE_NULL) {
      return null;
    }
    if (v != JsonToken.VALUE_STRING) {
      throw new BadInputException(
          "expected \"" + field + "\" to be a string, found " + describe(v));
    }
    return p.getText();
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }
}
