package org.sijil.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.sijil.eval.EvalMain;
import org.sijil.eval.EvalTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sijil eval}: scores the system on a gold file. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score Sijil on a development set: sijil eval TASK FILE; prints a table.",
      "Tasks: events, classify, geo, time, places, headlines, roles (and more, see --list)."
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "TASK", description = "The task.")
  String task;

  @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "The gold file.")
  Path file;

  @picocli.CommandLine.Option(names = "--list", description = "List the tasks.")
  boolean list;

  @Override
  public Integer call() throws IOException {
    if (list || task == null) {
      for (EvalTask t : ServiceLoader.load(EvalTask.class)) {
        spec.commandLine().getOut().printf("%-10s %s%n", t.name(), t.description());
      }
      return task == null && !list ? ExitCode.USAGE : ExitCode.OK;
    }
    if (file == null || !Files.isRegularFile(file)) {
      throw new CommandException(
          ExitCode.SOME_INPUTS_FAILED, "expected a gold file for task " + task + ", found " + file);
    }
    EvalTask t = EvalMain.find(task);
    spec.commandLine().getOut().print(t.evaluate(file).table());
    return ExitCode.OK;
  }
}
