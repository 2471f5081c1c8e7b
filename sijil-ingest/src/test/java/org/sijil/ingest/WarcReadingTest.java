package org.sijil.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijil.ingest.Outcomes.read;
import static org.sijil.ingest.Outcomes.reader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.model.doc.DateSource;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.MediaType;

class WarcReadingTest {
  @TempDir Path dir;

  static byte[] record(String type, String uri, String date, String contentType, byte[] block) {
    String header =
        "WARC/1.0\r\n"
            + "WARC-Type: "
            + type
            + "\r\n"
            + "WARC-Record-ID: <urn:uuid:"
            + UUID.nameUUIDFromBytes(block)
            + ">\r\n"
            + "WARC-Date: "
            + date
            + "\r\n"
            + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
            + "Content-Type: "
            + contentType
            + "\r\n"
            + "Content-Length: "
            + block.length
            + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static byte[] httpResponse(int status, String contentType, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("HTTP/1.1 "
                + status
                + " X\r\nContent-Type: "
                + contentType
                + "\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(body);
    return out.toByteArray();
  }

  static final byte[] PAGE =
      ("<html><head><title>Captured page</title></head><body><p>Captured text about the"
              + " crossing.</p></body></html>")
          .getBytes(StandardCharsets.UTF_8);

  static final byte[] DATED_PAGE =
      ("<html><head><meta name='date' content='2019-10-09'></head><body><p>A dated capture of"
              + " the report.</p></body></html>")
          .getBytes(StandardCharsets.UTF_8);

  private static List<byte[]> records() {
    return List.of(
        record(
            "warcinfo",
            null,
            "2024-05-01T00:00:00Z",
            "application/warc-fields",
            "software: test\r\n".getBytes(StandardCharsets.UTF_8)),
        record(
            "request",
            "https://site.example/page",
            "2024-05-01T00:00:00Z",
            "application/http; msgtype=request",
            "GET /page HTTP/1.1\r\nHost: site.example\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
        record(
            "response",
            "https://site.example/page",
            "2024-05-01T12:00:00Z",
            "application/http; msgtype=response",
            httpResponse(200, "text/html; charset=utf-8", PAGE)),
        record(
            "response",
            "https://site.example/logo.png",
            "2024-05-01T12:00:01Z",
            "application/http; msgtype=response",
            httpResponse(200, "image/png", new byte[] {1, 2, 3})),
        record(
            "response",
            "https://site.example/missing",
            "2024-05-01T12:00:02Z",
            "application/http; msgtype=response",
            httpResponse(404, "text/html", "<p>gone</p>".getBytes(StandardCharsets.UTF_8))),
        record(
            "resource",
            "https://site.example/dated",
            "2024-05-02T00:00:00Z",
            "text/html",
            DATED_PAGE));
  }

  private void assertRecordsRead(Path p) {
    List<ReadOutcome> out = read(reader().build(), p.toString());
    assertThat(out).hasSize(4);
    IncomingDocument page = ((ReadOutcome.Read) out.get(0)).document();
    assertThat(page.original()).isEqualTo(PAGE);
    assertThat(page.text().text()).isEqualTo("Captured text about the crossing.");
    assertThat(page.metadata().url()).isEqualTo("https://site.example/page");
    assertThat(page.metadata().title()).isEqualTo("Captured page");
    assertThat(page.metadata().published()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(page.metadata().publishedFrom()).isEqualTo(DateSource.WARC_HEADER);
    assertThat(page.metadata().mediaType()).isEqualTo(MediaType.TEXT_HTML);
    assertThat(page.metadata().origin()).startsWith(p + "@");
    Outcomes.assertPlainCharsMapToTheirBytes(page);
    assertThat(out.get(1)).isInstanceOf(ReadOutcome.Skipped.class);
    assertThat(((ReadOutcome.Skipped) out.get(1)).reason()).contains("image/png");
    assertThat(out.get(2)).isInstanceOf(ReadOutcome.Skipped.class);
    assertThat(((ReadOutcome.Skipped) out.get(2)).reason()).contains("404");
    IncomingDocument dated = ((ReadOutcome.Read) out.get(3)).document();
    assertThat(dated.original()).isEqualTo(DATED_PAGE);
    assertThat(dated.metadata().published()).isEqualTo(LocalDate.of(2019, 10, 9));
    assertThat(dated.metadata().publishedFrom()).isEqualTo(DateSource.HTML_META);
    assertThat(out).extracting(ReadOutcome::input).doesNotHaveDuplicates();
  }

  @Test
  void responseAndResourceRecordsWithHtmlBecomeDocuments() throws IOException {
    Path p = dir.resolve("crawl.warc");
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    records().forEach(all::writeBytes);
    Files.write(p, all.toByteArray());
    assertRecordsRead(p);
    long pageOffset = records().get(0).length + records().get(1).length;
    assertThat(read(reader().build(), p.toString()).get(0).input()).isEqualTo(p + "@" + pageOffset);
  }

  @Test
  void aGzippedWarcIsReadTheSameWay() throws IOException {
    Path p = dir.resolve("crawl.warc.gz");
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] r : records()) {
      ByteArrayOutputStream member = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
        gz.write(r); // one gzip member a record, as WARC writers do
      }
      all.writeBytes(member.toByteArray());
    }
    Files.write(p, all.toByteArray());
    assertRecordsRead(p);
  }

  @Test
  void aFileThatIsNotAWarcFails() throws IOException {
    Path p = dir.resolve("fake.warc");
    Files.writeString(p, "this is not a web archive at all\r\n\r\n");
    List<ReadOutcome> out = read(reader().build(), p.toString());
    assertThat(out).hasSize(1);
    assertThat(out.get(0)).isInstanceOf(ReadOutcome.Failed.class);
    assertThat(((ReadOutcome.Failed) out.get(0)).problem()).startsWith("malformed WARC");
  }
}
