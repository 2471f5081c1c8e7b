package org.sijil.ingest;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.sijil.model.doc.DateSource;
import org.sijil.model.doc.Language;
import org.xml.sax.SAXException;

/**
 * Reads the text and document information of a PDF with Apache Tika's PDF parser. A PDF's content
 * streams have no byte positions for its characters, so the text's offset map is the identity over
 * the text itself and its provenance says so. Stateless; thread-safe (a parser per call).
 */
final class PdfTextExtractor {
  record PdfText(String text, FoundMetadata metadata) {}

  private PdfTextExtractor() {}

  static PdfText extract(byte[] original) throws BadInputException {
    BodyContentHandler handler = new BodyContentHandler(-1);
    Metadata metadata = new Metadata();
    try (TikaInputStream in = TikaInputStream.get(original)) {
      new PDFParser().parse(in, handler, metadata, new ParseContext());
    } catch (IOException | SAXException | TikaException e) {
      throw new BadInputException("malformed PDF: " + messageOf(e), e);
    } catch (RuntimeException e) {
      // PDFBox reports some corruptions as unchecked exceptions; they are still bad input.
      throw new BadInputException("malformed PDF: " + messageOf(e), e);
    }
    LocalDate created =
        PublishedDateParser.parseLenient(metadata.get(TikaCoreProperties.CREATED)).orElse(null);
    Language language = LanguageDetector.declared(metadata.get(TikaCoreProperties.LANGUAGE));
    return new PdfText(
        handler.toString().strip(),
        new FoundMetadata(
            null,
            blankToNull(metadata.get(TikaCoreProperties.TITLE)),
            blankToNull(metadata.get(TikaCoreProperties.CREATOR)),
            created,
            created == null ? null : DateSource.PDF_METADATA,
            null,
            null,
            language));
  }

  private static String messageOf(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t && t.getMessage() == null) {
      t = t.getCause();
    }
    return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
