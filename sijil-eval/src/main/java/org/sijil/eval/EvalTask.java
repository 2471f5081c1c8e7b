package org.sijil.eval;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One evaluation task over a gold file in the line formats of {@code ../shared/eval/README.md}.
 * Implementations are found with {@link java.util.ServiceLoader}; each is stateless and
 * thread-safe.
 */
public interface EvalTask {

  /** The task name used on the command line, e.g. {@code geo} or {@code time}. */
  String name();

  /** One line saying what the task measures. */
  String description();

  /**
   * Runs the system over every line of {@code goldFile} and scores it.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when a line is not in the task's format (message names the
   *     line number)
   */
  EvalReport evaluate(Path goldFile) throws IOException;
}
