package org.sijil.resolve.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.sijil.model.Provenance;
import org.sijil.model.Span;
import org.sijil.model.event.ActorCategory;
import org.sijil.model.event.ActorRef;
import org.sijil.model.event.Certainty;
import org.sijil.model.event.Count;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;
import org.sijil.model.event.EventDate;
import org.sijil.model.event.PlaceRef;
import org.sijil.model.event.SubEventType;
import org.sijil.model.incident.EventKey;
import org.sijil.model.time.DatePrecision;
import org.sijil.resolve.incident.ReportedEvent;

/**
 * Generates events for the resolver benchmark: incidents spread over two years and 2,000 places
 * (half with coordinates, as a partly geoparsed store would have), each reported by one to four
 * documents with different figures and a date stated or taken from publication. Deterministic for a
 * seed; events come in publication order. Not thread-safe.
 */
public final class SyntheticEvents {
  private static final SubEventType[] TYPES = {
    SubEventType.AIR_DRONE_STRIKE,
    SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
    SubEventType.ARMED_CLASH,
    SubEventType.ATTACK,
    SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
    SubEventType.ABDUCTION_FORCED_DISAPPEARANCE,
    SubEventType.ARRESTS
  };

  private static final String[] WORDS = {
    "killed",
    "civilians",
    "village",
    "strike",
    "fighters",
    "wounded",
    "market",
    "road",
    "house",
    "children",
    "shelling",
    "gunmen",
    "drone",
    "convoy",
    "checkpoint",
    "residents",
    "forces",
    "attack",
    "bomb",
    "car",
    "shepherds",
    "farmers",
    "prison",
    "clashes",
    "night",
    "morning"
  };

  private SyntheticEvents() {}

  /** {@code count} events from about {@code count / 2.5} incidents. */
  public static List<ReportedEvent> generate(long seed, int count) {
    Random rnd = new Random(seed);
    int places = 2000;
    double[] lat = new double[places];
    double[] lon = new double[places];
    for (int p = 0; p < places; p++) {
      lat[p] = 34 + rnd.nextDouble() * 3;
      lon[p] = 37 + rnd.nextDouble() * 5;
    }
    LocalDate start = LocalDate.of(2023, 1, 1);
    List<ReportedEvent> out = new ArrayList<>(count);
    int doc = 0;
    while (out.size() < count) {
      int place = rnd.nextInt(places);
      LocalDate day = start.plusDays(rnd.nextInt(730));
      SubEventType type = TYPES[rnd.nextInt(TYPES.length)];
      int killed = rnd.nextInt(15);
      int reports = 1 + rnd.nextInt(4);
      for (int r = 0; r < reports && out.size() < count; r++) {
        String name = "Place " + place;
        PlaceRef at = PlaceRef.named(name, new Span(0, 5));
        if (place % 2 == 0) {
          at = at.withCoordinates(lat[place], lon[place], "SY", null, 1);
        }
        LocalDate published = day.plusDays(rnd.nextInt(3));
        boolean stated = rnd.nextInt(4) != 0;
        EventDate date =
            stated ? new EventDate(day, day, DatePrecision.DAY, new Span(10, 18)) : null;
        StringBuilder ev = new StringBuilder();
        for (int w = 0; w < 18; w++) {
          ev.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
        }
        ev.append(name);
        Map<CountKind, Count> counts = new EnumMap<>(CountKind.class);
        if (killed > 0) {
          int k = Math.max(1, killed + rnd.nextInt(5) - 2);
          counts.put(CountKind.KILLED, new Count(k, k, false, false, new Span(0, 2)));
        }
        Event e =
            new Event(
                type,
                Set.of(),
                null,
                new ActorRef("civilians", null, null, ActorCategory.CIVILIANS),
                null,
                at,
                date,
                counts,
                new Span(0, ev.length()),
                new Span(0, 4),
                0.8,
                null,
                Certainty.ASSERTED,
                new Provenance("bench", "1"));
        out.add(
            new ReportedEvent(
                new EventKey(String.format("%064x", doc++), 0), e, ev.toString(), published));
      }
    }
    out.sort(java.util.Comparator.comparing(ReportedEvent::published));
    return out;
  }
}
