package org.sijil.cli;

/**
 * The exit codes of every {@code sijil} command, documented in the README. Kept in one place so
 * that scripts can rely on them.
 */
public final class ExitCode {
  /** Everything asked for was done. */
  public static final int OK = 0;

  /** Some inputs failed (each named on stderr); the others were processed. */
  public static final int SOME_INPUTS_FAILED = 1;

  /** The command line was wrong. */
  public static final int USAGE = 2;

  /** {@code verify} found originals whose bytes no longer match their SHA-256. */
  public static final int INTEGRITY_FAILURE = 3;

  /** The store or an input/output file could not be used at all. */
  public static final int STORE_ERROR = 4;

  /** A bug: an unexpected exception; the message and stack trace go to stderr. */
  public static final int INTERNAL_ERROR = 70;

  private ExitCode() {}
}
