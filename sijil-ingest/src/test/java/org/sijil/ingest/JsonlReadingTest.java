package org.sijil.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijil.ingest.Outcomes.onlyDocument;
import static org.sijil.ingest.Outcomes.onlyFailure;
import static org.sijil.ingest.Outcomes.read;
import static org.sijil.ingest.Outcomes.reader;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sijil.model.doc.DateSource;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.Language;
import org.sijil.model.doc.MediaType;

class JsonlReadingTest {
  @TempDir Path dir;

  private Path write(String content) throws IOException {
    Path p = dir.resolve("dump.jsonl");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aJsonlWithOneBadLineReadsTheGoodOnesAndNamesTheBadLine() throws IOException {
    String good1 = "{\"id\":\"a1\",\"text\":\"An airstrike hit a depot.\"}";
    String good2 = "{\"id\":\"a2\",\"text\":\"Two convoys crossed the river.\"}";
    Path p = write(good1 + "\n{\"id\":\"a-bad\",\"text\":\n\n" + good2 + "\n");
    List<ReadOutcome> out = read(reader().build(), p.toString());
    assertThat(out).hasSize(3);
    assertThat(out.get(0)).isInstanceOf(ReadOutcome.Read.class);
    assertThat(out.get(1)).isInstanceOf(ReadOutcome.Failed.class);
    assertThat(out.get(1).input()).isEqualTo(p + ":2");
    assertThat(((ReadOutcome.Failed) out.get(1)).problem()).startsWith("not JSON");
    IncomingDocument second = ((ReadOutcome.Read) out.get(2)).document();
    assertThat(second.metadata().origin()).isEqualTo(p + ":4");
    assertThat(second.metadata().externalId()).isEqualTo("a2");
    assertThat(second.original()).isEqualTo(good2.getBytes(StandardCharsets.UTF_8));
    assertThat(second.text().text()).isEqualTo("Two convoys crossed the river.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          not JSON            | this is not json                                   | not JSON
          an array            | [1,2]                                              | expected a JSON object, found an array
          missing id          | {"text":"words here"}                              | missing id
          neither text nor html | {"id":"x"}                                       | found neither
          bad date            | {"id":"x","text":"t","published":"last Tuesday"}   | bad date
          impossible date     | {"id":"x","text":"t","published":"2024-02-30"}     | bad date
          bad language        | {"id":"x","text":"t","language":"english"}         | bad language
          text not a string   | {"id":"x","text":42}                               | expected "text" to be a string, found a number
          duplicate field     | {"id":"x","id":"y","text":"t"}                     | not JSON
          two objects         | {"id":"x","text":"t"} {"id":"y"}                   | found more after it
          empty text          | {"id":"x","text":"   "}                            | no text
          """)
  void aBadLineFailsWithItsLineNumberAndReason(String what, String line, String reason)
      throws IOException {
    Path p = write("\n" + line + "\n");
    ReadOutcome.Failed f = onlyFailure(read(reader().build(), p.toString()));
    assertThat(f.input()).isEqualTo(p + ":2");
    assertThat(f.problem()).contains(reason);
  }

  @Test
  void fieldsBecomeMetadataAndTextOffsetsPointIntoTheLineBytes() throws IOException {
    String line =
        "{\"url\":\"https://example.org/x\", \"id\": 17, \"title\":\"T\", \"source\":\"S\","
            + " \"published\":\"2024-03-05T23:00:00+03:00\", \"language\":\"ar\","
            + " \"extra\": {\"nested\": [1, {\"text\": \"not this\"}]},"
            + " \"text\": \"Line one\\nقرية \\u0627\\\"q\\\" \\ud83d\\ude00 end\"}";
    Path p = write(line + "\r\n");
    IncomingDocument doc = onlyDocument(read(reader().build(), p.toString()));
    String text = doc.text().text();
    assertThat(text).isEqualTo("Line one\nقرية \u0627\"q\" \uD83D\uDE00 end");
    assertThat(doc.original()).isEqualTo(line.getBytes(StandardCharsets.UTF_8));
    assertThat(doc.metadata().externalId()).isEqualTo("17");
    assertThat(doc.metadata().url()).isEqualTo("https://example.org/x");
    assertThat(doc.metadata().title()).isEqualTo("T");
    assertThat(doc.metadata().source()).isEqualTo("S");
    assertThat(doc.metadata().published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(doc.metadata().publishedFrom()).isEqualTo(DateSource.JSONL_FIELD);
    assertThat(doc.metadata().language()).isEqualTo(Language.ARABIC);
    assertThat(doc.metadata().mediaType()).isEqualTo(MediaType.APPLICATION_JSON);
    byte[] original = doc.original();
    int textField = line.indexOf("\"Line one");
    assertThat(doc.text().toOriginalBytes().toSource(0)).isEqualTo(textField + 1);
    // "\n" in the text maps to the backslash of its escape
    assertThat(original[doc.text().toOriginalBytes().toSource(8)]).isEqualTo((byte) '\\');
    int village = text.indexOf("قرية");
    int at = doc.text().toOriginalBytes().toSource(village);
    assertThat(new String(original, at, 8, StandardCharsets.UTF_8)).isEqualTo("قرية");
    int alef = text.indexOf('\u0627');
    int alefAt = doc.text().toOriginalBytes().toSource(alef);
    assertThat(new String(original, alefAt, 6, StandardCharsets.US_ASCII)).isEqualTo("\\u0627");
    int end = text.indexOf("end");
    assertThat(
            new String(
                original, doc.text().toOriginalBytes().toSource(end), 3, StandardCharsets.UTF_8))
        .isEqualTo("end");
  }

  @Test
  void anHtmlFieldIsReadAsHtmlWithOffsetsIntoTheLine() throws IOException {
    String line =
        "{\"id\":\"h1\",\"html\":\"<html lang=\\\"en\\\"><head><title>Head title</title></head>"
            + "<body><p>First &amp; only <b>paragraph</b>.</p><script>bad()</script></body></html>\"}";
    Path p = write(line + "\n");
    IncomingDocument doc = onlyDocument(read(reader().build(), p.toString()));
    assertThat(doc.text().text()).isEqualTo("First & only paragraph.");
    assertThat(doc.metadata().title()).isEqualTo("Head title");
    assertThat(doc.metadata().language()).isEqualTo(Language.ENGLISH);
    assertThat(doc.text().provenance().stage()).isEqualTo("jsonl-html");
    Outcomes.assertPlainCharsMapToTheirBytes(doc);
  }

  @Test
  void aLineLongerThanTheLimitFailsAndTheNextIsRead() throws IOException {
    String longLine = "{\"id\":\"big\",\"text\":\"" + "x".repeat(500) + "\"}";
    String shortLine = "{\"id\":\"small\",\"text\":\"short words\"}";
    Path p = write(longLine + "\n" + shortLine);
    List<ReadOutcome> out = read(reader().maxBytes(100).build(), p.toString());
    assertThat(out).hasSize(2);
    assertThat(out.get(0)).isInstanceOf(ReadOutcome.Failed.class);
    assertThat(((ReadOutcome.Failed) out.get(0)).problem()).startsWith("line too long");
    assertThat(out.get(1).input()).isEqualTo(p + ":2");
    assertThat(out.get(1)).isInstanceOf(ReadOutcome.Read.class);
  }

  static IntStream seeds() {
    return IntStream.range(0, 25);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void forRandomTextsEveryCharMapsToItsBytesOrItsEscape(int seed) throws IOException {
    Random random = new Random(seed);
    String[] pieces = {
      "a",
      "Z",
      " ",
      "\"",
      "\\",
      "/",
      "\n",
      "\t",
      "\r",
      "\u0001",
      "\u001f",
      "é",
      "قرية",
      "\u00a0",
      "\uD83D\uDE00",
      "\u2028",
      "word",
      "<p>",
      "&amp;",
      "\u0000"
    };
    StringBuilder text = new StringBuilder("x");
    int n = random.nextInt(60);
    for (int i = 0; i < n; i++) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    ObjectMapper mapper = new ObjectMapper();
    if (random.nextBoolean()) {
      mapper.getFactory().enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    }
    String line = mapper.writeValueAsString(Map.of("id", "r" + seed, "text", text.toString()));
    IncomingDocument doc = onlyDocument(read(reader().build(), write(line + "\n").toString()));
    assertThat(doc.text().text()).isEqualTo(text.toString());
    byte[] original = doc.original();
    int previous = 0;
    for (int i = 0; i < text.length(); i++) {
      int at = doc.text().toOriginalBytes().toSource(i);
      assertThat(at).isBetween(previous, original.length - 1);
      previous = at;
      char c = text.charAt(i);
      if (Character.isLowSurrogate(c)) {
        continue;
      }
      String raw = Character.isHighSurrogate(c) ? text.substring(i, i + 2) : String.valueOf(c);
      byte[] expected = raw.getBytes(StandardCharsets.UTF_8);
      boolean same =
          Arrays.equals(
              original,
              at,
              Math.min(original.length, at + expected.length),
              expected,
              0,
              expected.length);
      assertThat(same || original[at] == '\\')
          .as("char %d of %s maps to byte %d", i, line, at)
          .isTrue();
    }
  }

  @Test
  void anEmptyJsonlFails() throws IOException {
    Path p = write("");
    assertThat(onlyFailure(read(reader().build(), p.toString())).problem()).startsWith("empty");
  }
}
