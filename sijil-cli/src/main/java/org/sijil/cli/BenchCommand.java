package org.sijil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sijil.ingest.DocumentReader;
import org.sijil.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sijil bench ingest}: measures ingest speed through the same path as {@code sijil ingest}
 * (files read, text extracted, stored in SQLite with synchronous=FULL). Results go in
 * docs/performance.md.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmarks. 'bench ingest' stores N generated reports and prints reports/s;",
      "'bench extract' extracts N generated reports and prints reports/s, tokens/s, cold start and"
          + " heap;",
      "'bench resolve' clusters N generated events into incidents and prints events/s;",
      "'bench search' indexes N generated events and prints query latency percentiles;",
      "'bench time' runs the time recogniser alone over N generated reports on one thread and"
          + " prints reports/s and CPU time per report."
    },
    subcommands = {
      BenchCommand.Ingest.class,
      BenchCommand.Extract.class,
      BenchCommand.Resolve.class,
      BenchCommand.Search.class,
      BenchCommand.Time.class
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description =
          "Generate N reports of W words as .txt files in a temporary directory, then ingest them"
              + " into a fresh store there (storing only, as 'ingest --no-extract'; 'bench"
              + " extract' measures extraction) and print reports/s, MB/s and heap used.")
  static final class Ingest implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin GeneratedReports generated;

    @Option(names = "--keep", description = "Keep the temporary directory.")
    boolean keep;

    @Override
    public Integer call() throws IOException {
      generated.validate();
      int count = generated.count;
      int words = generated.words;
      PrintWriter out = spec.commandLine().getOut();
      Path dir = Files.createTempDirectory("sijil-bench");
      try {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        ReportGenerator gen = new ReportGenerator(generated.seed);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
          byte[] b = gen.report(i, words).getBytes(StandardCharsets.UTF_8);
          bytes += b.length;
          Files.write(reports.resolve(String.format(Locale.ROOT, "r%06d.txt", i)), b);
        }
        out.printf(
            Locale.ROOT,
            "bench ingest: %d reports of %d words (%.1f MB) generated in %s%n",
            count,
            words,
            bytes / 1e6,
            reports);
        System.gc();
        long t0 = System.nanoTime();
        IngestCommand.IngestRun run;
        PrintWriter devNull = new PrintWriter(java.io.Writer.nullWriter());
        try (DocumentStore store = StoreOpener.open(dir.resolve("db"));
            ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), false, "bench")) {
          run =
              new IngestCommand.IngestRun(
                  store, devNull, spec.commandLine().getErr(), true, bar, null);
          DocumentReader.builder().build().read(List.of(reports.toString()), run::accept);
          run.flush();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        out.printf(
            Locale.ROOT,
            "bench ingest: %s in %.2f s: %.0f reports/s, %.1f MB/s, heap used %d MB of max %d MB,"
                + " %d cores%n",
            run.summary(),
            seconds,
            run.stored / seconds,
            bytes / 1e6 / seconds,
            (rt.totalMemory() - rt.freeMemory()) >> 20,
            rt.maxMemory() >> 20,
            rt.availableProcessors());
        return run.failed > 0 ? ExitCode.SOME_INPUTS_FAILED : ExitCode.OK;
      } finally {
        if (!keep) {
          try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
              Files.deleteIfExists(p);
            }
          }
        }
      }
    }
  }

  @Command(
      name = "extract",
      mixinStandardHelpOptions = true,
      description =
          "Extract N generated reports of W words on all cores (after a warm-up of a tenth of"
              + " them) and print reports/s, tokens/s, the cold start to the first result and heap.")
  static final class Extract implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin GeneratedReports generated;

    @Option(names = "--threads", defaultValue = "0", description = "Threads (default: all cores).")
    int threads;

    @Option(
        names = "--warmup",
        defaultValue = "-1",
        description = "Reports extracted before the timed run (default: a tenth of --count).")
    int warmup;

    @Override
    public Integer call() throws Exception {
      generated.validate();
      if (threads < 0) {
        throw new IllegalArgumentException("expected --threads >= 0, found " + threads);
      }
      if (warmup < -1) {
        throw new IllegalArgumentException("expected --warmup >= 0, found " + warmup);
      }
      int count = generated.count;
      int words = generated.words;
      PrintWriter out = spec.commandLine().getOut();
      java.time.LocalDate day = java.time.LocalDate.of(2024, 1, 15);
      long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
      org.sijil.resolve.ReportExtractor extractor = org.sijil.resolve.ReportExtractor.bundled();
      ReportGenerator gen = new ReportGenerator(generated.seed);
      extractor.extract(gen.report(-1, words), day, day);
      long coldMs = System.currentTimeMillis() - jvmStart;
      java.util.List<String> reports = new java.util.ArrayList<>(count);
      long tokens = 0;
      for (int i = 0; i < count; i++) {
        String r = gen.report(i, words);
        tokens += r.split("\\s+").length;
        reports.add(r);
      }
      int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
      java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(n);
      try {
        int warm = warmup >= 0 ? warmup : Math.max(1, count / 10);
        List<String> warmReports = new java.util.ArrayList<>(warm);
        for (int i = 0; i < warm; i++) {
          warmReports.add(reports.get(i % count));
        }
        pool.submit(() -> warmReports.parallelStream().forEach(r -> extractor.extract(r, day, day)))
            .get();
        CpuUse before = CpuUse.now();
        java.util.concurrent.atomic.LongAdder extractCpu =
            new java.util.concurrent.atomic.LongAdder();
        java.lang.management.ThreadMXBean threadCpu =
            java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long events =
            pool.submit(
                    () ->
                        reports.parallelStream()
                            .mapToLong(
                                r -> {
                                  long c0 = threadCpu.getCurrentThreadCpuTime();
                                  int found = extractor.extract(r, day, day).events().size();
                                  extractCpu.add(threadCpu.getCurrentThreadCpuTime() - c0);
                                  return found;
                                })
                            .sum())
                .get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        CpuUse used = CpuUse.now().minus(before);
        Runtime rt = Runtime.getRuntime();
        out.printf(
            Locale.ROOT,
            "bench extract: %d reports of %d words, %d events in %.2f s on %d threads: %.0f"
                + " reports/s, %.0f tokens/s; cold start to first result %d ms; heap used %d MB"
                + " of max %d MB%n",
            count,
            words,
            events,
            seconds,
            n,
            count / seconds,
            tokens / seconds,
            coldMs,
            (rt.totalMemory() - rt.freeMemory()) >> 20,
            rt.maxMemory() >> 20);
        // Wall clock depends on what else runs on the machine; CPU time says where it went.
        out.printf(
            Locale.ROOT,
            "bench extract: CPU a report %.3f ms in extract, %.3f ms for the whole process"
                + " (process busy %.2f of %d cores); during the timed run GC paused %d ms and the"
                + " JIT compiled for %d ms; load average %.2f%n",
            extractCpu.sum() / 1e6 / count,
            used.processNanos() / 1e6 / count,
            used.processNanos() / 1e9 / seconds,
            Runtime.getRuntime().availableProcessors(),
            used.gcMillis(),
            used.jitMillis(),
            java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
      } finally {
        pool.shutdown();
      }
      return ExitCode.OK;
    }
  }

  @Command(
      name = "time",
      mixinStandardHelpOptions = true,
      description =
          "Recognise the time expressions of N generated reports of W words with the time"
              + " recogniser alone, on one thread, after a warm-up over the same reports; print"
              + " reports/s, CPU time per report and expressions found.")
  static final class Time implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin GeneratedReports generated;

    @Option(
        names = "--rounds",
        defaultValue = "3",
        description = "Timed rounds over the reports after one warm-up round (default 3).")
    int rounds;

    @Override
    public Integer call() {
      generated.validate();
      if (rounds < 1) {
        throw new IllegalArgumentException("expected --rounds >= 1, found " + rounds);
      }
      PrintWriter out = spec.commandLine().getOut();
      java.time.LocalDate day = java.time.LocalDate.of(2024, 1, 15);
      org.sijil.nlp.time.RuleTimeExpressionRecognizer recognizer =
          org.sijil.nlp.time.RuleTimeExpressionRecognizer.english();
      ReportGenerator gen = new ReportGenerator(generated.seed);
      java.util.List<String> reports = new java.util.ArrayList<>(generated.count);
      long chars = 0;
      for (int i = 0; i < generated.count; i++) {
        String r = gen.report(i, generated.words);
        chars += r.length();
        reports.add(r);
      }
      long found = 0;
      for (String r : reports) {
        found += recognizer.recognize(r, day).size();
      }
      java.lang.management.ThreadMXBean cpu =
          java.lang.management.ManagementFactory.getThreadMXBean();
      for (int round = 1; round <= rounds; round++) {
        long cpu0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long n = 0;
        for (String r : reports) {
          n += recognizer.recognize(r, day).size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuMs = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e6;
        if (n != found) {
          throw new IllegalStateException(
              "expected the same " + found + " expressions every round, found " + n);
        }
        out.printf(
            Locale.ROOT,
            "bench time: round %d: %d reports of %d words (%d chars), %d expressions in %.2f s on"
                + " 1 thread: %.0f reports/s, %.3f ms CPU a report%n",
            round,
            reports.size(),
            generated.words,
            chars,
            n,
            seconds,
            reports.size() / seconds,
            cpuMs / reports.size());
      }
      return ExitCode.OK;
    }
  }

  @Command(
      name = "resolve",
      mixinStandardHelpOptions = true,
      description =
          "Generate N events (incidents over two years and 2,000 places, each reported one to"
              + " four times), cluster them into incidents in publication order and assemble the"
              + " incidents (sources, figures, grades); print events/s and heap used.")
  static final class Resolve implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--events",
        defaultValue = "100000",
        description = "Events (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--seed", defaultValue = "2026", description = "Generator seed.")
    long seed;

    @Override
    public Integer call() {
      if (events <= 0) {
        throw new IllegalArgumentException("expected --events > 0, found " + events);
      }
      PrintWriter out = spec.commandLine().getOut();
      java.util.List<org.sijil.resolve.incident.ReportedEvent> input =
          org.sijil.resolve.bench.SyntheticEvents.generate(seed, events);
      java.util.Map<String, org.sijil.resolve.incident.ReportingDocument> docs =
          new java.util.HashMap<>();
      for (var e : input) {
        String d = e.key().document();
        docs.put(
            d,
            new org.sijil.resolve.incident.ReportingDocument(
                d, d, "Outlet " + (d.hashCode() & 15), null, e.published(), "", null));
      }
      System.gc();
      Runtime rt = Runtime.getRuntime();
      long heapBefore = rt.totalMemory() - rt.freeMemory();
      long t0 = System.nanoTime();
      var resolver = new org.sijil.resolve.incident.IncidentResolver();
      for (var e : input) {
        resolver.add(e);
      }
      long t1 = System.nanoTime();
      var assembler =
          new org.sijil.resolve.incident.IncidentAssembler(
              org.sijil.resolve.source.SourceRegistry.defaults());
      int incidents = 0;
      int multi = 0;
      for (var g : resolver.groups(java.util.List.of())) {
        var i = assembler.assemble(g, docs);
        incidents++;
        if (i.independentSources() > 1) {
          multi++;
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      long heapAfter = rt.totalMemory() - rt.freeMemory();
      out.printf(
          Locale.ROOT,
          "bench resolve: %d events into %d incidents (%d with two or more sources) in %.2f s"
              + " (clustering %.2f s): %.0f events/s, heap used %d MB (%d MB before), max %d MB,"
              + " %d cores%n",
          events,
          incidents,
          multi,
          seconds,
          (t1 - t0) / 1e9,
          events / seconds,
          heapAfter >> 20,
          heapBefore >> 20,
          rt.maxMemory() >> 20,
          rt.availableProcessors());
      return ExitCode.OK;
    }
  }

  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description =
          "Generate N events (seeded; Syria/Iraq places, 2015-2024), index them in a temporary"
              + " directory, then time a mix of queries (text, facet filters, date ranges, boxes,"
              + " circles, facet counts, histograms, combinations) and print p50/p95/p99/max per"
              + " kind, the index size and the indexing rate.")
  static final class Search implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--events",
        defaultValue = "1000000",
        description = "Events (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(
        names = "--queries",
        defaultValue = "2000",
        description = "Timed queries (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--seed", defaultValue = "2026", description = "Generator seed.")
    long seed;

    @Option(names = "--keep", description = "Keep the temporary directory.")
    boolean keep;

    @Override
    public Integer call() throws IOException {
      if (events <= 0) {
        throw new IllegalArgumentException("expected --events > 0, found " + events);
      }
      if (queries <= 0) {
        throw new IllegalArgumentException("expected --queries > 0, found " + queries);
      }
      PrintWriter out = spec.commandLine().getOut();
      Path dir = Files.createTempDirectory("sijil-bench-search");
      try {
        org.sijil.search.SearchBenchmark.Result r =
            org.sijil.search.SearchBenchmark.run(
                new org.sijil.search.SearchBenchmark.Config(events, queries, seed),
                dir.resolve("index"),
                out);
        Runtime rt = Runtime.getRuntime();
        out.printf(
            Locale.ROOT,
            "bench search: %d events, index %.1f MB, indexing %.0f events/s, %d queries, heap max"
                + " %d MB, %d cores%n",
            r.events(),
            r.indexBytes() / 1e6,
            r.eventsPerSecond(),
            queries,
            rt.maxMemory() >> 20,
            rt.availableProcessors());
        org.sijil.search.SearchBenchmark.print(r, out);
        return ExitCode.OK;
      } finally {
        if (!keep) {
          try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
              Files.deleteIfExists(p);
            }
          }
        } else {
          out.println("kept " + dir);
        }
      }
    }
  }

  /**
   * CPU time of the whole process (-1 where the JVM cannot tell), GC pause time and JIT compile
   * time, as the JVM's management beans count them.
   */
  record CpuUse(long processNanos, long gcMillis, long jitMillis) {
    static CpuUse now() {
      long process = -1;
      if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
          instanceof com.sun.management.OperatingSystemMXBean os) {
        process = os.getProcessCpuTime();
      }
      long gc = 0;
      for (var c : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
        gc += Math.max(0, c.getCollectionTime());
      }
      var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
      long compile =
          jit != null && jit.isCompilationTimeMonitoringSupported()
              ? jit.getTotalCompilationTime()
              : -1;
      return new CpuUse(process, gc, compile);
    }

    CpuUse minus(CpuUse earlier) {
      return new CpuUse(
          processNanos < 0 || earlier.processNanos < 0 ? -1 : processNanos - earlier.processNanos,
          gcMillis - earlier.gcMillis,
          jitMillis < 0 || earlier.jitMillis < 0 ? -1 : jitMillis - earlier.jitMillis);
    }
  }
}
