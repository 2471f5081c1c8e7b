package org.sijil.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sijil.ingest.Outcomes.onlyDocument;
import static org.sijil.ingest.Outcomes.onlyFailure;
import static org.sijil.ingest.Outcomes.read;
import static org.sijil.ingest.Outcomes.reader;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.model.doc.DateSource;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.Language;
import org.sijil.model.doc.MediaType;
import org.sijil.model.doc.Sha256;

class PlainTextReadingTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anEmptyFileFails() throws IOException {
    Path p = write("empty.txt", new byte[0]);
    ReadOutcome.Failed f = onlyFailure(read(reader().build(), p.toString()));
    assertThat(f.input()).isEqualTo(p.toString());
    assertThat(f.problem()).startsWith("empty");
  }

  @Test
  void aWhitespaceOnlyFileFails() throws IOException {
    Path p = write("blank.md", " \n\t\r\n  ");
    assertThat(onlyFailure(read(reader().build(), p.toString())).problem()).startsWith("empty");
  }

  @Test
  void binaryJunkNamedTxtFailsAsNotText() throws IOException {
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    Path p = write("junk.txt", junk);
    assertThat(onlyFailure(read(reader().build(), p.toString())).problem()).startsWith("not text");
  }

  @Test
  void controlCharactersWithoutNulAlsoFailAsNotText() throws IOException {
    byte[] b = new byte[200];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    Path p = write("controls.txt", b);
    assertThat(onlyFailure(read(reader().build(), p.toString())).problem()).startsWith("not text");
  }

  @Test
  void invalidUtf8FailsNamingTheByteOffset() throws IOException {
    byte[] b = "Convoy seen near the bridge ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = Arrays.copyOf(b, b.length + 3);
    bad[b.length] = (byte) 0xC3; // a lead byte followed by ASCII is malformed
    bad[b.length + 1] = 'x';
    bad[b.length + 2] = 'y';
    Path p = write("bad.txt", bad);
    String problem = onlyFailure(read(reader().build(), p.toString())).problem();
    assertThat(problem).contains("invalid UTF-8").contains("byte offset " + b.length);
  }

  @Test
  void overlongEncodingsAreInvalidUtf8() throws IOException {
    Path p = write("overlong.txt", new byte[] {'a', 'b', (byte) 0xC0, (byte) 0xAF, 'c'});
    assertThat(onlyFailure(read(reader().build(), p.toString())).problem())
        .contains("byte offset 2");
  }

  @Test
  void textIsKeptAsIsAndItsOffsetsMapToUtf8Bytes() throws IOException {
    String text = "Shelling in الرقة today.\r\n# Heading\n\u00e9t\u00e9 \uD83D\uDE00 end";
    Path p = write("mixed.md", text);
    IncomingDocument doc = onlyDocument(read(reader().build(), p.toString()));
    assertThat(doc.text().text()).isEqualTo(text);
    assertThat(doc.metadata().mediaType()).isEqualTo(MediaType.TEXT_MARKDOWN);
    byte[] original = Files.readAllBytes(p);
    assertThat(doc.original()).isEqualTo(original);
    assertThat(doc.sha256()).isEqualTo(Sha256.of(original));
    for (int i = 0; i <= text.length(); i++) {
      int expected = text.substring(0, i).getBytes(StandardCharsets.UTF_8).length;
      if (i < text.length() && Character.isLowSurrogate(text.charAt(i))) {
        continue; // the middle of a surrogate pair has no byte of its own
      }
      assertThat(doc.text().toOriginalBytes().toSource(i)).as("offset %d", i).isEqualTo(expected);
    }
  }

  @Test
  void aByteOrderMarkIsStrippedAndCountedInTheOffsets() throws IOException {
    byte[] body = "ar: دير الزور".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Path p = write("bom.txt", withBom);
    IncomingDocument doc = onlyDocument(read(reader().build(), p.toString()));
    assertThat(doc.text().text()).isEqualTo("ar: دير الزور");
    assertThat(doc.original()).isEqualTo(withBom);
    assertThat(doc.text().toOriginalBytes().toSource(0)).isEqualTo(3);
    assertThat(doc.text().toOriginalBytes().toSource(4)).isEqualTo(7);
    assertThat(doc.text().toOriginalBytes().toSource(5)).isEqualTo(9);
    Outcomes.assertPlainCharsMapToTheirBytes(doc);
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
    Path p = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(2L * 1024 * 1024 * 1024); // sparse: takes no disk, would take 2 GB of heap
    }
    ReadOutcome.Failed f = onlyFailure(read(reader().maxBytes(1000).build(), p.toString()));
    assertThat(f.problem())
        .startsWith("too large")
        .contains("maxBytes 1000")
        .contains(String.valueOf(2L * 1024 * 1024 * 1024));
    // reading it whole would have failed differently: 2 GB is past the largest Java array
  }

  @Test
  void aFileAtTheLimitIsRead() throws IOException {
    Path p = write("exact.txt", "x".repeat(1000));
    assertThat(onlyDocument(read(reader().maxBytes(1000).build(), p.toString())).original())
        .hasSize(1000);
  }

  @Test
  void aMissingPathFails() {
    String missing = dir.resolve("nowhere/nothing.txt").toString();
    ReadOutcome.Failed f = onlyFailure(read(reader().build(), missing));
    assertThat(f.input()).isEqualTo(missing);
    assertThat(f.problem()).isEqualTo("no such file or directory");
  }

  @Test
  void anUnsupportedFileNamedDirectlyFails() throws IOException {
    Path p = write("report.docx", "x");
    assertThat(onlyFailure(read(reader().build(), p.toString())).problem())
        .contains("unsupported extension")
        .contains("found .docx");
  }

  @Test
  void aDirectoryIsWalkedInSortedOrderSkippingHiddenFilesAndReportingUnsupportedOnes()
      throws IOException {
    write("b/two.txt", "the second report of the day");
    write("a.txt", "the first report of the day");
    write("b/image.png", "not really a picture");
    write(".hidden/secret.txt", "the hidden report");
    write("c/.draft.txt", "the draft report");
    write("d.md", "the third report of the day");
    List<ReadOutcome> out = read(reader().build(), dir.toString());
    assertThat(out)
        .extracting(ReadOutcome::input)
        .containsExactly(
            dir.resolve("a.txt").toString(),
            dir.resolve("b/image.png").toString(),
            dir.resolve("b/two.txt").toString(),
            dir.resolve("d.md").toString());
    assertThat(out.get(1)).isInstanceOf(ReadOutcome.Skipped.class);
    assertThat(out).filteredOn(o -> o instanceof ReadOutcome.Read).hasSize(3);
  }

  @Test
  void inputsAreReadInTheOrderGiven() throws IOException {
    Path b = write("b.txt", "bravo report of the day");
    Path a = write("a.txt", "alpha report of the day");
    assertThat(read(reader().build(), b.toString(), a.toString()))
        .extracting(ReadOutcome::input)
        .containsExactly(b.toString(), a.toString());
  }

  @Test
  void overridesBeatWhatIsFoundAndDetected() throws IOException {
    Path p =
        write(
            "page.html",
            "<html lang=fr><head><meta property='og:site_name' content='Site'>"
                + "<meta property='article:published_time' content='2020-01-01'></head>"
                + "<body><p>The text of the page.</p></body></html>");
    IncomingDocument doc =
        onlyDocument(
            read(
                reader()
                    .published(LocalDate.of(2024, 5, 6))
                    .source("Outlet")
                    .language(Language.ARABIC)
                    .build(),
                p.toString()));
    assertThat(doc.metadata().published()).isEqualTo(LocalDate.of(2024, 5, 6));
    assertThat(doc.metadata().publishedFrom()).isEqualTo(DateSource.COMMAND_LINE);
    assertThat(doc.metadata().source()).isEqualTo("Outlet");
    assertThat(doc.metadata().language()).isEqualTo(Language.ARABIC);
    assertThat(doc.metadata().retrievedAt()).isEqualTo(Outcomes.CLOCK.instant());
    assertThat(doc.metadata().origin()).isEqualTo(p.toString());
  }

  @Test
  void languageIsDetectedFromTheScriptWhenNothingSaysOtherwise() throws IOException {
    Path ar = write("ar.txt", "قصف مدفعي على قرية قرب المدينة صباح اليوم");
    Path en = write("en.txt", "Two people were hurt in the shelling of the village on Monday.");
    Path und = write("und.txt", "Bombardement du village lundi, deux blessés selon la défense.");
    List<ReadOutcome> out = read(reader().build(), ar.toString(), en.toString(), und.toString());
    assertThat(out)
        .extracting(o -> ((ReadOutcome.Read) o).document().metadata().language())
        .containsExactly(Language.ARABIC, Language.ENGLISH, Language.UNDETERMINED);
  }

  @Test
  void theBuilderRefusesANonPositiveLimit() {
    assertThatThrownBy(() -> DocumentReader.builder().maxBytes(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected maxBytes > 0, found -1");
  }

  @Test
  void theBuilderRefusesANonPositiveTimeout() {
    assertThatThrownBy(() -> DocumentReader.builder().httpTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expected httpTimeout > 0");
  }
}
