package org.sijil.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijil.ingest.Outcomes.onlyDocument;
import static org.sijil.ingest.Outcomes.onlyFailure;
import static org.sijil.ingest.Outcomes.read;
import static org.sijil.ingest.Outcomes.reader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.model.OffsetMap;
import org.sijil.model.doc.DateSource;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.Language;
import org.sijil.model.doc.MediaType;

class PdfReadingTest {
  @TempDir Path dir;

  private static byte[] pdf(String title, String author, Calendar created, String... lines)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        for (String line : lines) {
          content.showText(line);
          content.newLineAtOffset(0, -16);
        }
        content.endText();
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(title);
      info.setAuthor(author);
      info.setCreationDate(created);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aGeneratedPdfIsReadWithItsDocumentInformation() throws IOException {
    Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    created.clear();
    created.set(2023, Calendar.JULY, 14, 9, 30, 0);
    byte[] bytes =
        pdf(
            "Weekly bulletin",
            "Monitoring desk",
            created,
            "The weekly bulletin lists the incidents of the week.",
            "It was compiled by the monitoring desk.");
    Path p = dir.resolve("bulletin.pdf");
    Files.write(p, bytes);
    IncomingDocument doc = onlyDocument(read(reader().build(), p.toString()));
    assertThat(doc.text().text())
        .contains("The weekly bulletin lists the incidents of the week.")
        .contains("It was compiled by the monitoring desk.");
    assertThat(doc.original()).isEqualTo(bytes);
    assertThat(doc.metadata().mediaType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(doc.metadata().title()).isEqualTo("Weekly bulletin");
    assertThat(doc.metadata().author()).isEqualTo("Monitoring desk");
    assertThat(doc.metadata().published()).isEqualTo(LocalDate.of(2023, 7, 14));
    assertThat(doc.metadata().publishedFrom()).isEqualTo(DateSource.PDF_METADATA);
    assertThat(doc.metadata().language()).isEqualTo(Language.ENGLISH);
    assertThat(doc.text().toOriginalBytes()).isEqualTo(OffsetMap.identity());
    assertThat(doc.text().provenance().stage()).isEqualTo("pdf-text");
    assertThat(doc.text().provenance().resourceVersion()).contains("no-byte-offsets");
  }

  @Test
  void aMalformedPdfFails() throws IOException {
    Path p = dir.resolve("broken.pdf");
    Files.write(
        p,
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ngarbage"
            .getBytes(StandardCharsets.US_ASCII));
    ReadOutcome.Failed f = onlyFailure(read(reader().build(), p.toString()));
    assertThat(f.input()).isEqualTo(p.toString());
    assertThat(f.problem()).startsWith("malformed PDF");
  }

  @Test
  void aTruncatedPdfFails() throws IOException {
    byte[] whole = pdf("t", "a", Calendar.getInstance(), "Some words on the page.");
    Path p = dir.resolve("truncated.pdf");
    Files.write(p, Arrays.copyOf(whole, whole.length / 3));
    assertThat(onlyFailure(read(reader().build(), p.toString())).problem())
        .startsWith("malformed PDF");
  }
}
