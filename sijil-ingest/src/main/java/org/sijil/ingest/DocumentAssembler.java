package org.sijil.ingest;

import java.time.Clock;
import java.time.LocalDate;
import org.apache.tika.parser.pdf.PDFParser;
import org.jsoup.Jsoup;
import org.sijil.model.OffsetMap;
import org.sijil.model.Provenance;
import org.sijil.model.doc.DateSource;
import org.sijil.model.doc.DocumentMetadata;
import org.sijil.model.doc.ExtractedText;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.Language;
import org.sijil.model.doc.MediaType;

/**
 * Turns originals of the single-document kinds (text, Markdown, HTML, PDF) into {@link Extracted}
 * values, and those into {@link ReadOutcome}s with the user's overrides applied. Immutable;
 * thread-safe.
 */
final class DocumentAssembler {
  static final String JSOUP = "jsoup-" + versionOf(Jsoup.class);
  static final String TIKA = "tika-" + versionOf(PDFParser.class);

  private final LocalDate published;
  private final String source;
  private final Language language;
  private final Clock clock;

  DocumentAssembler(LocalDate published, String source, Language language, Clock clock) {
    this.published = published;
    this.source = source;
    this.language = language;
    this.clock = clock;
  }

  private static String versionOf(Class<?> type) {
    String v = type.getPackage().getImplementationVersion();
    return v == null ? "unknown" : v;
  }

  /** Plain text or Markdown, strict UTF-8. */
  Extracted plainText(byte[] original, MediaType mediaType) throws BadInputException {
    DecodedText text = PlainTextReader.read(original);
    String stage = mediaType == MediaType.TEXT_MARKDOWN ? "markdown-text" : "plain-text";
    return new Extracted(
        original,
        mediaType,
        new ExtractedText(text.chars(), text.charToByte(), new Provenance(stage, "utf-8")),
        FoundMetadata.NONE);
  }

  /** HTML; {@code transportCharset} and {@code baseUrl} may be null. */
  Extracted html(byte[] original, String transportCharset, String baseUrl) {
    HtmlTextExtractor.HtmlText html =
        HtmlTextExtractor.extract(HtmlTextExtractor.decode(original, transportCharset), baseUrl);
    return new Extracted(
        original,
        MediaType.TEXT_HTML,
        new ExtractedText(html.text(), html.textToByte(), new Provenance("html-text", JSOUP)),
        html.metadata());
  }

  /** PDF; the offset map is the identity over the text (no byte positions exist for it). */
  Extracted pdf(byte[] original) throws BadInputException {
    PdfTextExtractor.PdfText pdf = PdfTextExtractor.extract(original);
    return new Extracted(
        original,
        MediaType.APPLICATION_PDF,
        new ExtractedText(
            pdf.text(),
            OffsetMap.identity(),
            new Provenance("pdf-text", TIKA + ";no-byte-offsets")),
        pdf.metadata());
  }

  /**
   * The document, or a failure when there is no text in it. Overrides beat found metadata; the
   * language falls back to detection from the text.
   */
  ReadOutcome outcome(String origin, Extracted e) {
    String text = e.text().text();
    if (text.isBlank()) {
      return new ReadOutcome.Failed(
          origin,
          "no text: expected some visible text in the " + e.mediaType().mime() + ", found none");
    }
    FoundMetadata f = e.found();
    LocalDate date = published != null ? published : f.published();
    DateSource from =
        published != null
            ? DateSource.COMMAND_LINE
            : f.published() != null ? f.publishedFrom() : DateSource.UNKNOWN;
    Language lang =
        language != null
            ? language
            : f.language() != null ? f.language() : LanguageDetector.detect(text);
    DocumentMetadata metadata =
        new DocumentMetadata(
            f.externalId(),
            source != null ? source : f.source(),
            f.url(),
            origin,
            f.title(),
            f.author(),
            date,
            from,
            clock.instant(),
            lang,
            e.mediaType());
    return new ReadOutcome.Read(IncomingDocument.of(e.original(), metadata, e.text()));
  }
}
