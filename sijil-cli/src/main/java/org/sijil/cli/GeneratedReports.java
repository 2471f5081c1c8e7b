package org.sijil.cli;

import picocli.CommandLine.Option;

/** The options of a benchmark over generated reports: how many, how long, which seed. */
final class GeneratedReports {
  @Option(
      names = "--count",
      defaultValue = "10000",
      description = "Reports (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--words",
      defaultValue = "600",
      description = "Words a report (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--seed", defaultValue = "2026", description = "Generator seed.")
  long seed;

  /** Refuses counts that make no benchmark. */
  void validate() {
    if (count <= 0 || words <= 0) {
      throw new IllegalArgumentException(
          "expected --count > 0 and --words > 0, found " + count + " and " + words);
    }
  }
}
