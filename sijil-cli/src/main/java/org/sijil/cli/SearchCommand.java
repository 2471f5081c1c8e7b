package org.sijil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sijil.search.BoundingBox;
import org.sijil.search.DocumentHit;
import org.sijil.search.DocumentQuery;
import org.sijil.search.DocumentResults;
import org.sijil.search.EventEntry;
import org.sijil.search.EventQuery;
import org.sijil.search.EventResults;
import org.sijil.search.Facet;
import org.sijil.search.FacetCount;
import org.sijil.search.Near;
import org.sijil.search.SearchIndex;
import org.sijil.server.core.NearSpec;
import org.sijil.server.core.RecordIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sijil search}: searches the index of events (or, with --documents, of documents). */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search events by text, facets, dates and place; newest first, or by relevance when there"
          + " is query text. Values of one facet option are OR-ed, different options AND-ed.",
      "QUERY uses Lucene syntax: words (all required), \"a phrase\", OR, NOT, -word, word*,"
          + " and field:value for type, subtype, tag, actor, country, admin1, source, grade,"
          + " year, incident. English and Arabic words match their other forms (see"
          + " docs/search.md). The index is kept by ingest/resolve; 'sijil index rebuild' remakes"
          + " it."
    })
final class SearchCommand implements Callable<Integer> {
  @ParentCommand SijilCommand parent;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Query text (joined by spaces).")
  List<String> query = List.of();

  @Option(names = "--type", paramLabel = "TYPE", description = "Event type, e.g. BATTLES.")
  List<String> types = List.of();

  @Option(names = "--subtype", paramLabel = "SUB", description = "Sub-type, e.g. AIR_DRONE_STRIKE.")
  List<String> subtypes = List.of();

  @Option(names = "--tag", paramLabel = "TAG", description = "Tag id, e.g. kidnapping.")
  List<String> tags = List.of();

  @Option(names = "--actor", paramLabel = "NAME", description = "Actor name.")
  List<String> actors = List.of();

  @Option(names = "--country", paramLabel = "CC", description = "Country code, e.g. SY.")
  List<String> countries = List.of();

  @Option(names = "--admin1", paramLabel = "NAME", description = "Province.")
  List<String> admin1 = List.of();

  @Option(names = "--source", paramLabel = "OUTLET", description = "Outlet.")
  List<String> sources = List.of();

  @Option(names = "--grade", paramLabel = "GRADE", description = "Incident grade, e.g. fair.")
  List<String> grades = List.of();

  @Option(names = "--year", paramLabel = "YYYY", description = "Year of the event's start.")
  List<String> years = List.of();

  @Option(names = "--from", paramLabel = "DATE", description = "Events ending on or after DATE.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Events starting on or before DATE.")
  String to;

  @Option(names = "--bbox", paramLabel = "S,W,N,E", description = "Only events inside this box.")
  String bbox;

  @Option(
      names = "--near",
      paramLabel = "PLACE[:KM]",
      description =
          "Only events within KM (default 25) of a place: a name looked up in the gazetteer, or"
              + " LAT,LON.")
  String near;

  @Option(names = "--facets", description = "Also print counts per facet value.")
  boolean facets;

  @Option(names = "--documents", description = "Search documents instead of events.")
  boolean documents;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "Show at most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String text = String.join(" ", query);
    java.nio.file.Path db = parent.global.db();
    if (!java.nio.file.Files.isDirectory(db.resolve(RecordIndex.DIRECTORY))) {
      throw new CommandException(
          ExitCode.STORE_ERROR,
          "no search index in "
              + db.resolve(RecordIndex.DIRECTORY)
              + "; ingest documents or run 'sijil index rebuild'");
    }
    try (RecordIndex records = RecordIndex.open(db)) {
      SearchIndex index = records.index();
      if (documents) {
        printDocuments(out, index.searchDocuments(documentQuery(text)));
      } else {
        printEvents(out, index.searchEvents(eventQuery(text)));
      }
    } catch (IllegalStateException e) {
      throw new CommandException(ExitCode.STORE_ERROR, e.getMessage(), e);
    }
    return ExitCode.OK;
  }

  private DocumentQuery documentQuery(String text) {
    if (sources.size() > 1) {
      throw new IllegalArgumentException(
          "expected at most one --source with --documents, found " + sources.size());
    }
    return DocumentQuery.builder()
        .text(text)
        .source(sources.isEmpty() ? null : sources.get(0))
        .from(date("--from", from))
        .to(date("--to", to))
        .limit(limit)
        .build();
  }

  EventQuery eventQuery(String text) {
    EventQuery.Builder b =
        EventQuery.builder()
            .text(text)
            .from(date("--from", from))
            .to(date("--to", to))
            .limit(limit);
    Map<Facet, List<String>> filters =
        Map.of(
            Facet.EVENT_TYPE, types,
            Facet.SUB_EVENT_TYPE, subtypes,
            Facet.TAG, tags,
            Facet.ACTOR, actors,
            Facet.COUNTRY, countries,
            Facet.ADMIN1, admin1,
            Facet.SOURCE, sources,
            Facet.GRADE, grades,
            Facet.YEAR, years);
    filters.forEach((f, v) -> b.filter(f, java.util.Set.copyOf(v)));
    if (bbox != null) {
      b.box(BoundingBox.parse(bbox));
    }
    if (near != null) {
      b.near(near(near));
    }
    if (facets) {
      b.facet(EnumSet.allOf(Facet.class).toArray(new Facet[0]));
    }
    return b.build();
  }

  private static LocalDate date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "expected " + option + " as YYYY-MM-DD, found \"" + value + "\"", e);
    }
  }

  /** PLACE[:KM] or LAT,LON[:KM]. */
  static Near near(String spec) {
    try {
      return NearSpec.parse(spec);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--near: " + e.getMessage(), e);
    }
  }

  private void printEvents(PrintWriter out, EventResults r) {
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode o = mapper.createObjectNode();
      o.put("total", r.total());
      o.put("tookMicros", r.tookMicros());
      ArrayNode hits = o.putArray("hits");
      for (EventEntry e : r.hits()) {
        hits.add(eventJson(mapper, e));
      }
      ObjectNode fo = o.putObject("facets");
      r.facets()
          .forEach(
              (f, counts) -> {
                ObjectNode c = fo.putObject(f.key());
                counts.forEach(fc -> c.put(fc.value(), fc.count()));
              });
      out.println(o.toString());
      return;
    }
    out.println(
        String.format(
            Locale.ROOT, "search: %d events (%.1f ms)", r.total(), r.tookMicros() / 1000.0));
    for (EventEntry e : r.hits()) {
      String when =
          !e.dated()
              ? "undated"
              : e.end() == null ? e.start().toString() : e.start() + ".." + e.end();
      StringBuilder line =
          new StringBuilder(String.format(Locale.ROOT, "%-22s  %-34s", when, e.subType().label()));
      if (e.place() != null) {
        line.append("  ").append(e.place());
        if (e.country() != null) {
          line.append(" (").append(e.country()).append(')');
        }
      }
      if (e.killed() != null) {
        line.append("  killed ").append(e.killed());
      }
      if (e.grade() != null) {
        line.append("  [").append(e.grade()).append(']');
      }
      line.append("  ").append(e.incidentId() != null ? e.incidentId() : e.key().toString());
      out.println(line);
      out.println("    " + e.evidence().replace('\n', ' '));
    }
    for (Map.Entry<Facet, List<FacetCount>> f : r.facets().entrySet()) {
      if (f.getValue().isEmpty()) {
        continue;
      }
      StringBuilder line = new StringBuilder(f.getKey().key()).append(':');
      for (FacetCount c : f.getValue()) {
        line.append("  ").append(c.value()).append(' ').append(c.count());
      }
      out.println(line);
    }
  }

  private void printDocuments(PrintWriter out, DocumentResults r) {
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode o = mapper.createObjectNode();
      o.put("total", r.total());
      o.put("tookMicros", r.tookMicros());
      ArrayNode hits = o.putArray("hits");
      for (DocumentHit h : r.hits()) {
        ObjectNode ho = hits.addObject();
        var d = h.document();
        ho.put("id", d.id());
        putIfSet(ho, "title", d.title());
        putIfSet(ho, "source", d.source());
        putIfSet(ho, "url", d.url());
        putIfSet(ho, "published", d.published() == null ? null : d.published().toString());
        putIfSet(ho, "language", d.language());
        ho.put("snippet", h.snippet());
        ArrayNode hl = ho.putArray("highlights");
        h.highlights().forEach(x -> hl.addArray().add(x.start()).add(x.end()));
        ho.put("score", h.score());
      }
      out.println(o.toString());
      return;
    }
    out.println(
        String.format(
            Locale.ROOT, "search: %d documents (%.1f ms)", r.total(), r.tookMicros() / 1000.0));
    for (DocumentHit h : r.hits()) {
      var d = h.document();
      out.println(
          String.format(
              Locale.ROOT,
              "%s  %-10s  %s  %s",
              d.id().substring(0, 12),
              d.published() == null ? "" : d.published().toString(),
              d.source() == null ? "" : d.source(),
              d.title() == null ? "" : d.title()));
      // Highlights are marked with [ ] on the terminal.
      StringBuilder s = new StringBuilder();
      int at = 0;
      for (var hl : h.highlights()) {
        s.append(h.snippet(), at, hl.start()).append('[');
        s.append(h.snippet(), hl.start(), hl.end()).append(']');
        at = hl.end();
      }
      s.append(h.snippet().substring(at));
      out.println("    " + s.toString().replace('\n', ' '));
    }
  }

  private static ObjectNode eventJson(ObjectMapper mapper, EventEntry e) {
    ObjectNode h = mapper.createObjectNode();
    h.put("key", e.key().toString());
    putIfSet(h, "incident", e.incidentId());
    h.put("type", e.type().name());
    h.put("subType", e.subType().name());
    ArrayNode tags = h.putArray("tags");
    e.tags().forEach(t -> tags.add(t.id()));
    putIfSet(h, "perpetrator", e.perpetrator());
    putIfSet(h, "victim", e.victim());
    ArrayNode actors = h.putArray("actors");
    e.actors().forEach(actors::add);
    putIfSet(h, "place", e.place());
    putIfSet(h, "country", e.country());
    putIfSet(h, "admin1", e.admin1());
    if (e.lat() != null) {
      h.put("lat", e.lat());
      h.put("lon", e.lon());
    }
    putIfSet(h, "start", e.dated() ? e.start().toString() : null);
    putIfSet(h, "end", e.end() == null ? null : e.end().toString());
    putIfSet(h, "source", e.source());
    putIfSet(h, "grade", e.grade());
    if (e.killed() != null) {
      h.put("killed", e.killed());
    }
    h.put("evidence", e.evidence());
    putIfSet(h, "title", e.title());
    putIfSet(h, "language", e.language());
    h.put("confidence", e.confidence());
    return h;
  }

  private static void putIfSet(ObjectNode o, String name, String value) {
    if (value != null) {
      o.put(name, value);
    }
  }
}
