package org.sijil.cli;

/**
 * A failure that ends a command with a message for the user and a chosen exit code; {@link Main}
 * maps it to stderr and the exit status in one place.
 */
final class CommandException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  CommandException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  CommandException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
