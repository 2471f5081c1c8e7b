package org.sijil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sijil.model.geo.Place;
import org.sijil.resolve.geo.Gazetteer;
import org.sijil.resolve.geo.LocateHints;
import org.sijil.resolve.geo.PlaceCandidate;
import org.sijil.resolve.geo.PlaceResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sijil locate}: ranked gazetteer candidates for a place name, one or a batch. */
@Command(
    name = "locate",
    mixinStandardHelpOptions = true,
    description = {
      "Print ranked gazetteer candidates for a place name with their scores.",
      "Batch form: --input NAMES.jsonl --output OUT.jsonl, input lines {\"id\", \"name\","
          + " \"country\"?, \"admin1\"?, \"admin2\"?}, output lines {\"id\", \"lat\", \"lon\", \"name\","
          + " \"admin1\", \"precision\", \"candidates\"} (no lat/lon when nothing is found)."
    })
final class LocateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "A place name.")
  String name;

  @Option(names = "--country", paramLabel = "CC", description = "ISO 3166-1 alpha-2 hint.")
  String country;

  @Option(names = "--admin1", paramLabel = "NAME", description = "Province/governorate hint.")
  String admin1;

  @Option(
      names = "--admin2",
      paramLabel = "NAME",
      description = "District (or sub-district) hint; Syria, Iraq, Turkey, Lebanon, Jordan.")
  String admin2;

  @Option(names = "--limit", defaultValue = "10", description = "Candidates to show.")
  int limit;

  @Option(names = "--input", paramLabel = "NAMES.jsonl", description = "Batch input.")
  Path input;

  @Option(names = "--output", paramLabel = "OUT.jsonl", description = "Batch output.")
  Path output;

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    if ((input == null) != (output == null)) {
      throw new IllegalArgumentException("expected --input and --output together");
    }
    if ((input == null) == (name == null)) {
      throw new IllegalArgumentException("expected either NAME or --input/--output");
    }
    PlaceResolver resolver = new PlaceResolver(Gazetteer.bundled());
    return input == null ? one(resolver) : batch(resolver);
  }

  private int one(PlaceResolver resolver) {
    PrintWriter out = spec.commandLine().getOut();
    List<PlaceCandidate> candidates =
        resolver.locate(name, LocateHints.of(country, admin1, admin2));
    if (candidates.isEmpty()) {
      out.println("locate: no place matches '" + name + "'");
      return ExitCode.SOME_INPUTS_FAILED;
    }
    int rank = 1;
    for (PlaceCandidate c : candidates.subList(0, Math.min(limit, candidates.size()))) {
      Place p = c.place();
      out.println(
          String.format(
              Locale.ROOT,
              "%2d  %.3f  %-28s %-2s  %-22s %9.4f %9.4f  %-6s pop %-9d %s",
              rank++,
              c.score(),
              p.name(),
              p.countryCode(),
              p.admin1(),
              p.lat(),
              p.lon(),
              p.featureCode(),
              p.population(),
              c.reason()));
    }
    return ExitCode.OK;
  }

  private int batch(PlaceResolver resolver) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".sijil-locate", ".tmp");
    int failed = 0;
    int lineNo = 0;
    int found = 0;
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = mapper.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          failed++;
          err.println(
              "error: "
                  + input
                  + ":"
                  + lineNo
                  + ": expected a JSON object, found "
                  + e.getOriginalMessage());
          continue;
        }
        if (!n.isObject() || !n.path("name").isTextual() || n.path("name").asText().isBlank()) {
          failed++;
          err.println("error: " + input + ":" + lineNo + ": expected a non-empty \"name\"");
          continue;
        }
        String cc = n.path("country").isTextual() ? n.get("country").asText() : null;
        String a1 = n.path("admin1").isTextual() ? n.get("admin1").asText() : null;
        String a2 = n.path("admin2").isTextual() ? n.get("admin2").asText() : null;
        List<PlaceCandidate> cands;
        try {
          cands = resolver.locate(n.get("name").asText(), LocateHints.of(cc, a1, a2));
        } catch (IllegalArgumentException e) {
          failed++;
          err.println("error: " + input + ":" + lineNo + ": " + e.getMessage());
          continue;
        }
        ObjectNode o = mapper.createObjectNode();
        o.set("id", n.get("id"));
        if (!cands.isEmpty()) {
          found++;
          PlaceCandidate best = cands.get(0);
          Place p = best.place();
          o.put("lat", p.lat());
          o.put("lon", p.lon());
          o.put("name", p.name());
          o.put("admin1", p.admin1().isEmpty() ? null : p.admin1());
          o.put("country", p.countryCode().isEmpty() ? null : p.countryCode());
          o.put("precision", best.precision());
        }
        ArrayNode arr = o.putArray("candidates");
        for (PlaceCandidate c : cands.subList(0, Math.min(limit, cands.size()))) {
          ObjectNode cn = arr.addObject();
          cn.put("name", c.place().name());
          cn.put("lat", c.place().lat());
          cn.put("lon", c.place().lon());
          cn.put("country", c.place().countryCode());
          cn.put("admin1", c.place().admin1());
          cn.put("score", c.score());
          cn.put("precision", c.precision());
          cn.put("reason", c.reason());
        }
        w.write(mapper.writeValueAsString(o));
        w.write('\n');
      }
    }
    Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    spec.commandLine()
        .getOut()
        .println("locate: " + found + " located, " + failed + " failed; written to " + output);
    return failed > 0 ? ExitCode.SOME_INPUTS_FAILED : ExitCode.OK;
  }
}
