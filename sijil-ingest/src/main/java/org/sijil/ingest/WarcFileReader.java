package org.sijil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.sijil.model.doc.DateSource;
import org.sijil.model.doc.MediaType;

/**
 * Streams a WARC or WARC.gz file with jwarc: every {@code response} or {@code resource} record with
 * an HTML or plain-text payload is a document whose original is the payload body (transfer and
 * content encodings removed). Records are named {@code file.warc@OFFSET}, the record's byte offset.
 * Immutable; thread-safe.
 */
final class WarcFileReader {
  private final DocumentAssembler assembler;
  private final long maxBytes;

  WarcFileReader(DocumentAssembler assembler, long maxBytes) {
    this.assembler = assembler;
    this.maxBytes = maxBytes;
  }

  void read(Path path, String name, Consumer<ReadOutcome> sink) throws BadInputException {
    int documents = 0;
    long position = 0;
    try (WarcReader reader = new WarcReader(FileChannel.open(path))) {
      while (true) {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        position = reader.position();
        String origin = name + "@" + position;
        WarcRecord record = next.get();
        if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
          continue; // requests, metadata, warcinfo, revisits: not documents
        }
        documents++;
        try {
          sink.accept(document(record, origin));
        } catch (BadInputException e) {
          sink.accept(new ReadOutcome.Failed(origin, e.getMessage()));
        }
      }
    } catch (IOException e) {
      throw new BadInputException(
          "malformed WARC after byte " + position + ": " + e.getMessage(), e);
    }
    if (documents == 0) {
      sink.accept(
          new ReadOutcome.Skipped(name, "no response or resource records in the WARC file"));
    }
  }

  private ReadOutcome document(WarcRecord record, String origin)
      throws IOException, BadInputException {
    String url;
    org.netpreserve.jwarc.MediaType type;
    MessageBody body;
    String charset;
    if (record instanceof WarcResponse response) {
      url = response.target();
      HttpResponse http;
      try {
        http = response.http();
      } catch (IOException e) {
        throw new BadInputException("malformed HTTP response in WARC record: " + e.getMessage());
      }
      if (http.status() < 200 || http.status() >= 300) {
        return new ReadOutcome.Skipped(origin, "HTTP status " + http.status() + " for " + url);
      }
      type = http.contentType();
      body = http.bodyDecoded();
    } else {
      WarcResource resource = (WarcResource) record;
      url = resource.target();
      type = resource.contentType();
      body = resource.body();
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    charset = type.parameters().get("charset");
    boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
    if (!html && !base.equals("text/plain")) {
      return new ReadOutcome.Skipped(
          origin, "unsupported payload type: expected text/html or text/plain, found " + base);
    }
    byte[] payload;
    try (InputStream in = body.stream()) {
      payload = LimitedReads.readAll(in, maxBytes, "WARC payload");
    }
    Extracted e =
        html
            ? assembler.html(payload, charset, url)
            : assembler.plainText(payload, MediaType.TEXT_PLAIN);
    LocalDate warcDate =
        record.date() == null ? null : LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
    FoundMetadata fromWarc =
        new FoundMetadata(
            null,
            null,
            null,
            warcDate,
            warcDate == null ? null : DateSource.WARC_HEADER,
            null,
            url,
            null);
    // the target URI is where the capture came from; the page's own metadata fills the rest
    FoundMetadata merged = e.found().withUrl(url).orElse(fromWarc);
    return assembler.outcome(origin, e.withFound(merged));
  }
}
