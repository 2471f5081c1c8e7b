package org.sijil.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sijil.model.TabSeparatedLines;
import org.sijil.model.event.ActorRef;
import org.sijil.model.event.Event;

/**
 * The countries where the actors of the actor table fight ({@code actor-theatres.tsv}), by actor
 * id: what a report that names no country is most likely about. Immutable and thread-safe; the
 * bundled table is read once per JVM.
 */
final class ActorTheatres {
  private static final String RESOURCE = "/org/sijil/resolve/actor-theatres.tsv";
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private static final class Holder {
    static final ActorTheatres BUNDLED = load();
  }

  private final Map<String, Set<String>> byActor;

  private ActorTheatres(Map<String, Set<String>> byActor) {
    this.byActor = Map.copyOf(byActor);
  }

  /** The bundled table. */
  static ActorTheatres bundled() {
    return Holder.BUNDLED;
  }

  /** The actor ids the table knows. */
  Set<String> actors() {
    return byActor.keySet();
  }

  /** The countries of the events' perpetrators and victims; empty when the table knows none. */
  Set<String> of(Collection<Event> events) {
    Set<String> out = new TreeSet<>();
    for (Event e : events) {
      add(e.perpetrator(), out);
      add(e.victim(), out);
    }
    return out;
  }

  private void add(ActorRef a, Set<String> out) {
    if (a != null && a.actorId() != null) {
      out.addAll(byActor.getOrDefault(a.actorId(), Set.of()));
    }
  }

  static ActorTheatres load() {
    try (InputStream in = ActorTheatres.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("expected the resource " + RESOURCE + ", found none");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads a table: comment lines start with "#"; each other line is an actor id, a tab and
   * countries separated by "|".
   *
   * @throws IllegalArgumentException naming the source and line when a line is malformed
   */
  static ActorTheatres parse(java.io.Reader reader, String source) throws IOException {
    Map<String, Set<String>> byActor = new HashMap<>();
    TabSeparatedLines.read(
        reader,
        source,
        List.of("actor id", "countries"),
        line -> {
          String actor = line.field(0);
          if (actor.isBlank()) {
            throw line.error("expected an actor id, found none");
          }
          Set<String> countries = new TreeSet<>();
          for (String cc : line.field(1).split("\\|", -1)) {
            if (!COUNTRY.matcher(cc).matches()) {
              throw line.error("expected an ISO 3166-1 alpha-2 code, found '" + cc + "'");
            }
            countries.add(cc);
          }
          if (byActor.put(actor, Set.copyOf(countries)) != null) {
            throw line.error("expected each actor once, found '" + actor + "' again");
          }
        });
    return new ActorTheatres(byActor);
  }
}
