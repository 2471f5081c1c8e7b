package org.sijil.model.doc;

/** Where a document's publication date came from, so that users can judge it. */
public enum DateSource {
  /** {@code --published} given on the command line. */
  COMMAND_LINE,
  /** An HTML {@code <meta>} element or {@code <time>} element. */
  HTML_META,
  /** An RSS {@code pubDate} or Atom {@code published}/{@code updated}. */
  FEED_ENTRY,
  /** The {@code published} field of a JSONL line. */
  JSONL_FIELD,
  /** PDF document information. */
  PDF_METADATA,
  /** The WARC record's date or the HTTP {@code Last-Modified} header. */
  WARC_HEADER,
  /** Not known. */
  UNKNOWN
}
