package org.sijil.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code sijil} command; it only groups the subcommands. */
@Command(
    name = "sijil",
    mixinStandardHelpOptions = true,
    version = "sijil 0.1.0",
    description = "Sijil: reports of armed conflict turned into a verified record with evidence.",
    subcommands = {
      IngestCommand.class,
      DocsCommand.class,
      ShowCommand.class,
      VerifyCommand.class,
      ExportCommand.class,
      ResolveCommand.class,
      IncidentsCommand.class,
      IncidentCommand.class,
      DemoCommand.class,
      BenchCommand.class,
      ExtractCommand.class,
      LocateCommand.class,
      EvalCommand.class,
      UserCommand.class,
      AuditCommand.class,
      ServeCommand.class,
      SearchCommand.class,
      IndexCommand.class,
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done",
      "  1  some inputs failed (each named on stderr); the others were processed",
      "  2  usage error",
      "  3  verify found an original whose bytes changed",
      "  4  the store or an output file could not be used",
      " 70  internal error (a bug: please report it with the stack trace)"
    })
final class SijilCommand implements Runnable {
  @Mixin GlobalOptions global;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
