package org.sijil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sijil.model.doc.IncomingDocument;

/** Test support: runs a reader and collects what it reports. */
final class Outcomes {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  private Outcomes() {}

  static DocumentReader.Builder reader() {
    return DocumentReader.builder().clock(CLOCK);
  }

  static List<ReadOutcome> read(DocumentReader reader, String... inputs) {
    List<ReadOutcome> out = new ArrayList<>();
    reader.read(List.of(inputs), out::add);
    return out;
  }

  static IncomingDocument onlyDocument(List<ReadOutcome> outcomes) {
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Read.class);
    return ((ReadOutcome.Read) outcomes.get(0)).document();
  }

  static ReadOutcome.Failed onlyFailure(List<ReadOutcome> outcomes) {
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Failed.class);
    return (ReadOutcome.Failed) outcomes.get(0);
  }

  /**
   * Asserts that every non-space character of the text maps to the start of that same character in
   * the UTF-8 original, or to the {@code &} of the entity that produced it.
   */
  static void assertPlainCharsMapToTheirBytes(IncomingDocument doc) {
    String text = doc.text().text();
    byte[] original = doc.original();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSurrogate(c)) {
        continue;
      }
      int at = doc.text().toOriginalBytes().toSource(i);
      assertThat(at).as("byte offset of text char %d '%s'", i, c).isBetween(0, original.length - 1);
      byte[] expected = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
      boolean same =
          at + expected.length <= original.length
              && Arrays.equals(original, at, at + expected.length, expected, 0, expected.length);
      assertThat(same || original[at] == '&')
          .as(
              "text char %d '%s' maps to byte %d, which begins neither it nor an entity: %s",
              i, c, at, new String(original, StandardCharsets.UTF_8))
          .isTrue();
    }
  }
}
