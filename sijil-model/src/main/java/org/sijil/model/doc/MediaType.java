package org.sijil.model.doc;

/** The kinds of original Sijil stores, with their IANA media type names. */
public enum MediaType {
  TEXT_PLAIN("text/plain"),
  TEXT_MARKDOWN("text/markdown"),
  TEXT_HTML("text/html"),
  APPLICATION_PDF("application/pdf"),
  /** One JSON object of a JSONL dump, stored as its own UTF-8 bytes. */
  APPLICATION_JSON("application/json");

  private final String mime;

  MediaType(String mime) {
    this.mime = mime;
  }

  public String mime() {
    return mime;
  }

  /** The constant for an IANA name. */
  public static MediaType ofMime(String mime) {
    for (MediaType t : values()) {
      if (t.mime.equalsIgnoreCase(mime)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "expected one of text/plain, text/markdown, text/html, application/pdf, application/json,"
            + " found "
            + mime);
  }
}
