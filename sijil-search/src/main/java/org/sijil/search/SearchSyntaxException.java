package org.sijil.search;

/**
 * A user's query text could not be parsed. The message names the query and what is wrong with it; a
 * server answers it with HTTP 400.
 */
public final class SearchSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String query;

  public SearchSyntaxException(String query, String problem, Throwable cause) {
    super("cannot parse the search query \"" + query + "\": " + problem, cause);
    this.query = query;
  }

  /** The query text as the user typed it. */
  public String query() {
    return query;
  }
}
