package org.sijil.eval;

import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * Runs one evaluation task from the command line: {@code EvalMain TASK FILE}. The CLI's {@code
 * sijil eval} does the same; this entry point serves development builds.
 */
public final class EvalMain {
  private EvalMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: EvalMain TASK FILE");
      System.exit(2);
    }
    EvalTask task = find(args[0]);
    System.out.print(task.evaluate(Path.of(args[1])).table());
  }

  /** The task named {@code name}. */
  public static EvalTask find(String name) {
    StringBuilder known = new StringBuilder();
    for (EvalTask t : ServiceLoader.load(EvalTask.class)) {
      if (t.name().equals(name)) {
        return t;
      }
      known.append(known.length() == 0 ? "" : ", ").append(t.name());
    }
    throw new IllegalArgumentException("expected a task name (" + known + "), found " + name);
  }
}
