package org.sijil.model.doc;

import java.util.regex.Pattern;

/**
 * An ISO 639-1 language code such as {@code en} or {@code ar}, or {@code und} when undetermined.
 *
 * @param code two lower-case letters, or {@code und}
 */
public record Language(String code) {
  private static final Pattern CODE = Pattern.compile("[a-z]{2}|und");

  public static final Language ENGLISH = new Language("en");
  public static final Language ARABIC = new Language("ar");
  public static final Language UNDETERMINED = new Language("und");

  public Language {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "expected an ISO 639-1 code such as en or ar (or und), found " + code);
    }
  }

  /** Parses a code case-insensitively, accepting region suffixes such as {@code en-GB}. */
  public static Language parse(String text) {
    String c = text.trim().toLowerCase(java.util.Locale.ROOT);
    int dash = c.indexOf('-');
    if (dash < 0) {
      dash = c.indexOf('_');
    }
    return new Language(dash > 0 ? c.substring(0, dash) : c);
  }

  @Override
  public String toString() {
    return code;
  }
}
