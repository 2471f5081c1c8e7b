package org.sijil.store.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.OffsetMap;
import org.sijil.model.doc.IncomingDocument;

class SyntheticDocumentsTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void everyWordOfTheTextMapsToTheSameWordInTheOriginalBytes(long seed) {
    IncomingDocument doc = SyntheticDocuments.generate(new Random(seed), "k" + seed, 300);
    String text = doc.text().text();

    int words = 0;
    for (int start = 0; start < text.length(); ) {
      int end = start;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      if (end > start) {
        // Offsets, not OffsetMap.toSource(Span): that maps a span's end through its last unit
        // plus one, which cuts a multi-byte last character short.
        OffsetMap map = doc.text().toOriginalBytes();
        String inOriginal =
            new String(
                Arrays.copyOfRange(doc.original(), map.toSource(start), map.toSource(end)),
                StandardCharsets.UTF_8);
        assertThat(inOriginal).isEqualTo(text.substring(start, end));
        words++;
      }
      start = end + 1;
    }
    assertThat(words).isEqualTo(300);
  }

  @ParameterizedTest
  @ValueSource(longs = {7, 8})
  void theSameSeedGivesTheSameDocument(long seed) {
    IncomingDocument a = SyntheticDocuments.generate(new Random(seed), "same", 100);
    IncomingDocument b = SyntheticDocuments.generate(new Random(seed), "same", 100);

    assertThat(a.sha256()).isEqualTo(b.sha256());
    assertThat(a.metadata()).isEqualTo(b.metadata());
  }
}
