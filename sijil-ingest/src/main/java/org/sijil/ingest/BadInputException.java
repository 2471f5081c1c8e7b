package org.sijil.ingest;

/**
 * An input Sijil cannot read, with a message that names the problem. Becomes a {@link
 * ReadOutcome.Failed}; never escapes {@link DocumentReader}.
 */
final class BadInputException extends Exception {
  BadInputException(String message) {
    super(message, null, false, false); // the message is the report; a stack trace adds nothing
  }

  BadInputException(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}
