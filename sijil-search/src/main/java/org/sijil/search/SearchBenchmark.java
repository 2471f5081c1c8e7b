package org.sijil.search;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The search benchmark: generates events with {@link EventGenerator}, indexes them in a directory,
 * then times a seeded mix of queries (text, facet filters, date ranges, boxes, circles, facet
 * counts, histograms and combinations) and reports percentiles per kind. Used by {@code sijil bench
 * search}; results are in {@code docs/performance.md}. Not thread-safe.
 */
public final class SearchBenchmark {

  /** What to run. */
  public record Config(int events, int queries, long seed) {
    public Config {
      if (events < 1) {
        throw new IllegalArgumentException("expected at least 1 event, found " + events);
      }
      if (queries < 1) {
        throw new IllegalArgumentException("expected at least 1 query, found " + queries);
      }
    }
  }

  /** The kinds of query in the mix. */
  public enum Kind {
    TEXT,
    FACET_FILTER,
    DATE_RANGE,
    BBOX,
    NEAR,
    FACET_COUNTS,
    COMBINED,
    HISTOGRAM
  }

  /** Latency percentiles of one kind of query, in milliseconds. */
  public record Latency(int count, double p50, double p95, double p99, double max) {
    static Latency of(long[] nanos) {
      long[] s = nanos.clone();
      Arrays.sort(s);
      return new Latency(s.length, pct(s, 50), pct(s, 95), pct(s, 99), s[s.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
      int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
  }

  /**
   * What was measured.
   *
   * @param indexSeconds the time to generate, index and commit the events
   * @param indexBytes the index's size on disk
   * @param latency latencies per kind of query and overall
   */
  public record Result(int events, double indexSeconds, long indexBytes, Measured latency) {
    public double eventsPerSecond() {
      return events / indexSeconds;
    }
  }

  private static final String[] WORDS = {
    "shelled", "killing", "checkpoint", "market", "drone", "convoy", "bakery", "civilians",
    "children", "village", "ambushed", "oil", "bridge", "school", "residents", "protested",
    "farmers", "mosque", "fire", "camps"
  };
  private static final String[] PLACES = {
    "Raqqa", "Hasakah", "Qamishli", "Deir", "Manbij", "Mosul", "Kirkuk", "Idlib", "Homs"
  };
  private static final double[][] CENTRES = {
    {35.95, 39.01}, {36.50, 40.75}, {37.05, 41.23}, {35.34, 40.14}, {36.53, 37.95},
    {36.34, 43.12}, {35.47, 44.39}, {35.93, 36.63}, {34.73, 36.71}, {33.34, 44.40}
  };
  private static final String[] SOURCES = {"SOHR", "Enab Baladi", "Reuters", "Rudaw", "Airwars"};
  private static final String[] ACTORS = {
    "Islamic State", "Syrian Democratic Forces", "Syrian Arab Army", "US-led Coalition"
  };

  private SearchBenchmark() {}

  /**
   * Runs the benchmark in {@code dir} (which it fills with an index), printing progress to {@code
   * out}.
   */
  public static Result run(Config config, Path dir, PrintWriter out) {
    long t0 = System.nanoTime();
    EventGenerator gen = new EventGenerator(config.seed());
    try (SearchIndex index = SearchIndex.open(dir)) {
      List<EventEntry> batch = new ArrayList<>(10_000);
      for (int i = 0; i < config.events(); i++) {
        batch.add(gen.next());
        if (batch.size() == 10_000 || i == config.events() - 1) {
          index.putEvents(batch);
          batch.clear();
          if ((i + 1) % 100_000 == 0) {
            out.printf(Locale.ROOT, "  indexed %,d events%n", i + 1);
            out.flush();
          }
        }
      }
      index.commit();
      double indexSeconds = (System.nanoTime() - t0) / 1e9;
      long bytes = size(dir);
      out.printf(
          Locale.ROOT,
          "indexed %,d events in %.1f s (%,.0f events/s), index %.1f MB%n",
          index.eventCount(),
          indexSeconds,
          config.events() / indexSeconds,
          bytes / 1e6);
      out.flush();

      Measured m = measure(index, config.queries(), config.seed() + 1);
      return new Result(config.events(), indexSeconds, bytes, m);
    }
  }

  /**
   * Latencies per kind and overall: wall-clock, and the CPU time of the querying thread (Lucene
   * runs a search on the calling thread here), which a busy shared machine does not inflate.
   */
  public record Measured(
      Map<Kind, Latency> byKind, Latency overall, Map<Kind, Latency> cpuByKind, Latency cpu) {}

  /** Times {@code queries} queries of the mix on an existing index, after a warm-up. */
  public static Measured measure(SearchIndex index, int queries, long seed) {
    Random random = new Random(seed);
    // Warm-up: JIT compilation and the OS page cache; not measured.
    int warm = Math.max(50, queries / 5);
    for (int i = 0; i < warm; i++) {
      runOne(index, Kind.values()[i % Kind.values().length], random, nanos -> {});
    }
    Map<Kind, List<Long>> times = new EnumMap<>(Kind.class);
    Map<Kind, List<Long>> cpuTimes = new EnumMap<>(Kind.class);
    List<Long> all = new ArrayList<>();
    List<Long> allCpu = new ArrayList<>();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < queries; i++) {
      Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
      long cpu0 = threads.getCurrentThreadCpuTime();
      runOne(
          index,
          kind,
          random,
          nanos -> {
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            times.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos);
            cpuTimes.computeIfAbsent(kind, k -> new ArrayList<>()).add(cpu);
            all.add(nanos);
            allCpu.add(cpu);
          });
    }
    return new Measured(latencies(times), latency(all), latencies(cpuTimes), latency(allCpu));
  }

  private static Map<Kind, Latency> latencies(Map<Kind, List<Long>> times) {
    Map<Kind, Latency> out = new EnumMap<>(Kind.class);
    times.forEach((k, v) -> out.put(k, latency(v)));
    return out;
  }

  private static Latency latency(List<Long> nanos) {
    return Latency.of(nanos.stream().mapToLong(Long::longValue).toArray());
  }

  private static void runOne(SearchIndex index, Kind kind, Random r, LongConsumer took) {
    EventQuery.Builder b = EventQuery.builder().limit(20);
    switch (kind) {
      case TEXT -> b.text(textQuery(r));
      case FACET_FILTER -> {
        b.filter(Facet.SOURCE, SOURCES[r.nextInt(SOURCES.length)]);
        if (r.nextBoolean()) {
          b.filter(Facet.YEAR, Integer.toString(2015 + r.nextInt(10)));
        }
      }
      case DATE_RANGE -> dateRange(b, r);
      case BBOX -> {
        double[] c = CENTRES[r.nextInt(CENTRES.length)];
        double h = 0.1 + r.nextDouble() * 0.5;
        b.box(new BoundingBox(c[0] - h, c[1] - h, c[0] + h, c[1] + h));
      }
      case NEAR -> {
        double[] c = CENTRES[r.nextInt(CENTRES.length)];
        b.near(new Near(c[0], c[1], 5 + r.nextInt(50)));
      }
      case FACET_COUNTS -> {
        if (r.nextBoolean()) {
          b.filter(Facet.COUNTRY, r.nextBoolean() ? "SY" : "IQ");
        }
        b.facet(Facet.values());
      }
      case COMBINED -> {
        if (r.nextBoolean()) {
          b.text(textQuery(r));
        }
        b.filter(Facet.ACTOR, ACTORS[r.nextInt(ACTORS.length)]);
        dateRange(b, r);
        if (r.nextBoolean()) {
          double[] c = CENTRES[r.nextInt(CENTRES.length)];
          b.near(new Near(c[0], c[1], 20 + r.nextInt(80)));
        }
        b.facet(Facet.values());
      }
      case HISTOGRAM -> {
        if (r.nextBoolean()) {
          b.filter(Facet.COUNTRY, "SY");
        }
      }
    }
    EventQuery q = b.build();
    long t = System.nanoTime();
    if (kind == Kind.HISTOGRAM) {
      index.histogram(q, r.nextBoolean() ? Interval.MONTH : Interval.WEEK);
    } else {
      index.searchEvents(q);
    }
    took.accept(System.nanoTime() - t);
  }

  private static String textQuery(Random r) {
    String w = WORDS[r.nextInt(WORDS.length)];
    return switch (r.nextInt(3)) {
      case 0 -> w;
      case 1 -> w + " " + PLACES[r.nextInt(PLACES.length)];
      default -> w + " OR " + WORDS[r.nextInt(WORDS.length)];
    };
  }

  private static void dateRange(EventQuery.Builder b, Random r) {
    LocalDate from = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3500));
    b.from(from).to(from.plusDays(30 + r.nextInt(335)));
  }

  private static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure the index at " + dir, e);
    }
  }

  /** Prints the result as a Markdown table. */
  public static void print(Result r, PrintWriter out) {
    print(r.latency(), out);
  }

  /** Prints latencies as a Markdown table. */
  public static void print(Measured r, PrintWriter out) {
    out.println("| query kind | n | p50 ms | p95 ms | p99 ms | max ms | CPU p50 ms | CPU p95 ms |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    r.byKind()
        .forEach((k, l) -> row(out, k.name().toLowerCase(Locale.ROOT), l, r.cpuByKind().get(k)));
    row(out, "**all**", r.overall(), r.cpu());
    out.flush();
  }

  private static void row(PrintWriter out, String name, Latency l, Latency cpu) {
    out.printf(
        Locale.ROOT,
        "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
        name,
        l.count(),
        l.p50(),
        l.p95(),
        l.p99(),
        l.max(),
        cpu.p50(),
        cpu.p95());
  }
}
