package org.sijil.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code sijil} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line and returns its exit code; used by tests too. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SijilCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // Errors are turned into messages and exit codes here, in one place.
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("sijil: " + ex.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
          err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return ExitCode.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof CommandException ce) {
            err.println("sijil: " + ce.getMessage());
            return ce.exitCode();
          }
          if (ex instanceof IllegalArgumentException) {
            err.println("sijil: " + ex.getMessage());
            return ExitCode.USAGE;
          }
          err.println("sijil: internal error: " + ex);
          ex.printStackTrace(err);
          return ExitCode.INTERNAL_ERROR;
        });
    try {
      return cl.execute(args);
    } finally {
      // commands may print without a newline; nothing may be lost at System.exit
      out.flush();
      err.flush();
    }
  }
}
