package org.sijil.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sijil.store.DocumentStore;
import org.sijil.store.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sijil verify}: recomputes every original's SHA-256. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Recompute the SHA-256 of every stored original and report any mismatch.",
      "Exit code 3 when a mismatch is found."
    })
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand SijilCommand parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (DocumentStore store = StoreOpener.open(parent.global.db());
        ProgressBar bar = new ProgressBar(err, parent.global.progressEnabled(), "verify")) {
      VerifyReport report = store.verify(bar::update);
      for (VerifyReport.Mismatch m : report.mismatches()) {
        out.println("MISMATCH " + m.id() + ": now hashes to " + m.actualSha() + " " + m.detail());
      }
      if (report.mismatches().isEmpty()) {
        out.println("verify: " + report.checked() + " originals checked, every SHA-256 matches");
        return ExitCode.OK;
      }
      out.println(
          "verify: "
              + report.checked()
              + " originals checked, "
              + report.mismatches().size()
              + " do not match their SHA-256");
      return ExitCode.INTEGRITY_FAILURE;
    }
  }
}
