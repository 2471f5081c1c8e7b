package org.sijil.eval.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sijil.resolve.geo.Gazetteer;
import org.sijil.resolve.geo.Geoparser;

/**
 * The geoparser's speed: {@code GeoBenchmark ROUNDS FILE...} where each file is plain text (one
 * document) or JSONL with a {@code text} field per line. Prints the gazetteer's cold load time
 * (meaningful on the first call in a fresh JVM only), the heap after loading, and parse throughput
 * over the remaining rounds after one warm-up round.
 */
public final class GeoBenchmark {
  private GeoBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: GeoBenchmark ROUNDS FILE...");
      System.exit(2);
    }
    int rounds = Integer.parseInt(args[0]);
    List<String> docs = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (int i = 1; i < args.length; i++) {
      Path p = Path.of(args[i]);
      if (p.toString().endsWith(".jsonl")) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          JsonNode n = json.readTree(line);
          if (n != null && n.hasNonNull("text")) {
            docs.add(n.get("text").asText());
          }
        }
      } else {
        docs.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    long t0 = System.nanoTime();
    Gazetteer g = Gazetteer.bundled();
    long t1 = System.nanoTime();
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
    Geoparser parser = new Geoparser(g);
    long chars = docs.stream().mapToLong(String::length).sum();
    long firstStart = System.nanoTime();
    int toponyms = 0;
    for (String d : docs) {
      toponyms += parser.parse(d).size();
    }
    long firstEnd = System.nanoTime();
    long start = System.nanoTime();
    for (int r = 1; r < rounds; r++) {
      for (String d : docs) {
        parser.parse(d);
      }
    }
    double secs = (System.nanoTime() - start) / 1e9;
    int timed = Math.max(1, rounds - 1);
    System.out.printf(
        Locale.ROOT,
        "gazetteer %s: %d places, cold load %.0f ms, heap after load %d MB%n"
            + "%d docs, %d chars, %d toponyms; first round %.0f ms; %d timed rounds: %.1f docs/s,"
            + " %.0f kchars/s%n",
        g.version(),
        g.size(),
        (t1 - t0) / 1e6,
        heapMb,
        docs.size(),
        chars,
        toponyms,
        (firstEnd - firstStart) / 1e6,
        rounds - 1,
        rounds > 1 ? docs.size() * timed / secs : 0,
        rounds > 1 ? chars * timed / secs / 1000 : 0);
  }
}
