package org.sijil.search;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.sijil.model.event.SubEventType;
import org.sijil.model.event.Tag;
import org.sijil.model.incident.EventKey;

/**
 * Generates plausible {@link EventEntry}s from a seeded {@link Random}: sub-types in roughly the
 * proportions seen in Syria and Iraq, places in both countries with jittered coordinates, dates in
 * 2015–2024, actors, outlets, grades and English evidence sentences built from word lists. For the
 * benchmark and for tests; the same seed gives the same events. Not thread-safe.
 *
 * <p>Place coordinates are rounded from GeoNames (CC BY 4.0).
 */
final class EventGenerator {
  private record Place(String name, String country, String admin1, double lat, double lon) {}

  private static final Place[] PLACES = {
    new Place("Raqqa", "Syria", "Ar-Raqqa", 35.9528, 39.0079),
    new Place("Tabqa", "Syria", "Ar-Raqqa", 35.8367, 38.5481),
    new Place("Ain Issa", "Syria", "Ar-Raqqa", 36.3856, 38.8597),
    new Place("Hasakah", "Syria", "Al-Hasakeh", 36.5024, 40.7477),
    new Place("Qamishli", "Syria", "Al-Hasakeh", 37.0522, 41.2271),
    new Place("Al-Hol", "Syria", "Al-Hasakeh", 36.3833, 41.1500),
    new Place("Deir ez-Zor", "Syria", "Deir ez-Zor", 35.3359, 40.1408),
    new Place("Al-Bukamal", "Syria", "Deir ez-Zor", 34.4534, 40.9367),
    new Place("Hajin", "Syria", "Deir ez-Zor", 34.6936, 40.8303),
    new Place("Aleppo", "Syria", "Aleppo", 36.2021, 37.1343),
    new Place("Manbij", "Syria", "Aleppo", 36.5281, 37.9549),
    new Place("Kobani", "Syria", "Aleppo", 36.8910, 38.3536),
    new Place("Idlib", "Syria", "Idleb", 35.9306, 36.6339),
    new Place("Homs", "Syria", "Homs", 34.7308, 36.7094),
    new Place("Palmyra", "Syria", "Homs", 34.5601, 38.2805),
    new Place("Hama", "Syria", "Hama", 35.1318, 36.7578),
    new Place("Damascus", "Syria", "Damascus", 33.5102, 36.2913),
    new Place("Daraa", "Syria", "Dar'a", 32.6189, 36.1021),
    new Place("Latakia", "Syria", "Lattakia", 35.5317, 35.7901),
    new Place("Mosul", "Iraq", "Ninewa", 36.3350, 43.1189),
    new Place("Sinjar", "Iraq", "Ninewa", 36.3209, 41.8754),
    new Place("Baghdad", "Iraq", "Baghdad", 33.3406, 44.4009),
    new Place("Kirkuk", "Iraq", "Kirkuk", 35.4681, 44.3922),
    new Place("Fallujah", "Iraq", "Al-Anbar", 33.3500, 43.7833),
    new Place("Ramadi", "Iraq", "Al-Anbar", 33.4258, 43.2992),
    new Place("Tikrit", "Iraq", "Salah al-Din", 34.6071, 43.6782),
    new Place("Erbil", "Iraq", "Erbil", 36.1900, 44.0089),
    new Place("Basra", "Iraq", "Basrah", 30.5085, 47.7804),
  };

  private static final String[] ACTORS = {
    "Islamic State",
    "Syrian Democratic Forces",
    "Syrian Arab Army",
    "Russian Air Force",
    "US-led Coalition",
    "Turkish Armed Forces",
    "Syrian National Army",
    "Hayat Tahrir al-Sham",
    "Iraqi Security Forces",
    "Popular Mobilization Forces",
    "Unidentified Armed Group",
    "Asayish",
    "National Defence Forces",
    "Kurdistan Region Peshmerga",
  };

  private static final String[] VICTIMS = {
    "civilians", "farmers", "shepherds", "children", "fighters", "soldiers", "workers", "displaced"
  };

  private static final String[] SOURCES = {
    "SOHR",
    "Enab Baladi",
    "North Press Agency",
    "Hawar News",
    "SANA",
    "Reuters",
    "AFP",
    "Rudaw",
    "Shafaq News",
    "Airwars",
    "Syria Direct",
    "Deir ez-Zor 24",
    "Al-Monitor",
  };

  private static final String[] GRADES = {
    "confirmed", "fair", "weak", "contested", "single_source"
  };

  // Cumulative weights: remote violence and battles dominate, as in ACLED's Syria data.
  private static final SubEventType[] SUB_TYPES = {
    SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
    SubEventType.AIR_DRONE_STRIKE,
    SubEventType.ARMED_CLASH,
    SubEventType.ATTACK,
    SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
    SubEventType.ABDUCTION_FORCED_DISAPPEARANCE,
    SubEventType.ARRESTS,
    SubEventType.PEACEFUL_PROTEST,
    SubEventType.LOOTING_PROPERTY_DESTRUCTION,
    SubEventType.GOVERNMENT_REGAINS_TERRITORY,
    SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    SubEventType.SUICIDE_BOMB,
    SubEventType.GRENADE,
    SubEventType.MOB_VIOLENCE,
    SubEventType.PROTEST_WITH_INTERVENTION,
    SubEventType.CHANGE_TO_GROUP_ACTIVITY,
    SubEventType.OTHER,
  };
  private static final int[] WEIGHTS = {30, 20, 15, 8, 6, 4, 3, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1};

  private static final String[] ACTION_WORDS = {
    "shelled", "struck", "attacked", "raided", "targeted", "bombarded", "stormed", "ambushed"
  };
  private static final String[] OBJECTS = {
    "a checkpoint", "a village", "a market", "a bakery", "farmland", "a military post",
    "a school", "a convoy", "a mosque", "residential buildings", "an oil field", "a bridge"
  };
  private static final String[] WHEN = {
    "at dawn", "in the evening", "overnight", "on Friday", "at noon", "late on Monday"
  };
  private static final String[] AFTERMATH = {
    "Local sources said the toll could rise.",
    "Medical teams reached the site hours later.",
    "Residents fled towards nearby camps.",
    "No group claimed responsibility.",
    "The damage to homes was extensive.",
    ""
  };

  private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
  private static final int DAYS =
      (int) (LocalDate.of(2024, 12, 31).toEpochDay() - FIRST.toEpochDay());

  private final Random random;
  private final int totalWeight;
  private String document;
  private int index;

  EventGenerator(long seed) {
    this.random = new Random(seed);
    int t = 0;
    for (int w : WEIGHTS) {
      t += w;
    }
    this.totalWeight = t;
    this.document = newDocumentId();
  }

  private String newDocumentId() {
    // A fresh random 256-bit id in hex; some documents carry several events.
    StringBuilder sb = new StringBuilder(64);
    for (int i = 0; i < 4; i++) {
      sb.append(String.format(Locale.ROOT, "%016x", random.nextLong()));
    }
    return sb.toString();
  }

  EventEntry next() {
    if (index > 0 && random.nextInt(3) > 0) {
      document = newDocumentId();
      index = 0;
    }
    EventKey key = new EventKey(document, index++);
    SubEventType sub = subType();
    Place p = PLACES[random.nextInt(PLACES.length)];
    String perpetrator = random.nextInt(10) == 0 ? null : ACTORS[random.nextInt(ACTORS.length)];
    String victimActor = random.nextInt(3) == 0 ? ACTORS[random.nextInt(ACTORS.length)] : null;
    Set<String> actors = new LinkedHashSet<>();
    if (perpetrator != null) {
      actors.add(perpetrator);
    }
    if (victimActor != null) {
      actors.add(victimActor);
    }
    Set<Tag> tags = tags(sub);
    Double lat = null;
    Double lon = null;
    if (random.nextInt(20) > 0) {
      lat = round(p.lat + (random.nextDouble() - 0.5) * 0.3);
      lon = round(p.lon + (random.nextDouble() - 0.5) * 0.3);
    }
    LocalDate start = FIRST.plusDays(skewedDay());
    LocalDate end = random.nextInt(10) == 0 ? start.plusDays(1 + random.nextInt(6)) : null;
    Integer killed = sub.type().isViolent() && random.nextInt(3) > 0 ? random.nextInt(25) : null;
    String victims = VICTIMS[random.nextInt(VICTIMS.length)];
    String evidence = evidence(sub, perpetrator, p.name, killed, victims);
    String title = p.name + ": " + sub.label().toLowerCase(Locale.ROOT) + " reported";
    return new EventEntry(
        key,
        random.nextInt(4) == 0 ? null : "inc-" + Integer.toString(random.nextInt(1 << 20), 36),
        sub,
        tags,
        perpetrator,
        victimActor != null ? victimActor : victims,
        actors,
        p.name,
        p.country,
        p.admin1,
        lat,
        lon,
        start,
        end,
        SOURCES[random.nextInt(SOURCES.length)],
        random.nextInt(10) == 0 ? null : GRADES[random.nextInt(GRADES.length)],
        killed,
        evidence,
        title,
        "en",
        Math.round(random.nextDouble() * 100) / 100.0);
  }

  private SubEventType subType() {
    int r = random.nextInt(totalWeight);
    for (int i = 0; i < WEIGHTS.length; i++) {
      r -= WEIGHTS[i];
      if (r < 0) {
        return SUB_TYPES[i];
      }
    }
    return SubEventType.OTHER;
  }

  private Set<Tag> tags(SubEventType sub) {
    Set<Tag> tags = EnumSet.noneOf(Tag.class);
    switch (sub) {
      case ATTACK -> {
        if (random.nextBoolean()) {
          tags.add(random.nextBoolean() ? Tag.SHOOTING : Tag.EXECUTION);
        }
      }
      case ABDUCTION_FORCED_DISAPPEARANCE ->
          tags.add(random.nextBoolean() ? Tag.KIDNAPPING : Tag.ENFORCED_DISAPPEARANCE);
      case REMOTE_EXPLOSIVE_LANDMINE_IED -> {
        if (random.nextBoolean()) {
          tags.add(random.nextBoolean() ? Tag.LANDMINE : Tag.CAR_BOMB);
        }
      }
      case AIR_DRONE_STRIKE -> {
        if (random.nextInt(3) == 0) {
          tags.add(Tag.DRONE);
        }
      }
      case ARRESTS -> {
        if (random.nextBoolean()) {
          tags.add(Tag.ARBITRARY_DETENTION);
        }
      }
      default -> {}
    }
    if (random.nextInt(25) == 0) {
      tags.add(Tag.DISPLACEMENT);
    }
    return tags;
  }

  /** Days after 2015-01-01, more of them in 2016–2019 when the fighting peaked. */
  private int skewedDay() {
    if (random.nextInt(5) < 3) {
      int peakStart = (int) (LocalDate.of(2016, 1, 1).toEpochDay() - FIRST.toEpochDay());
      return peakStart + random.nextInt(4 * 365);
    }
    return random.nextInt(DAYS + 1);
  }

  private String evidence(
      SubEventType sub, String perpetrator, String place, Integer killed, String victims) {
    String who = perpetrator == null ? "Unknown gunmen" : perpetrator + " forces";
    String action =
        switch (sub.type()) {
          case PROTESTS ->
              "Residents protested against "
                  + OBJECTS[random.nextInt(OBJECTS.length)].replace("a ", "the closure of a ");
          case STRATEGIC_DEVELOPMENTS ->
              who + " took over " + OBJECTS[random.nextInt(OBJECTS.length)];
          case RIOTS -> "A crowd set fire to " + OBJECTS[random.nextInt(OBJECTS.length)];
          default ->
              who
                  + " "
                  + ACTION_WORDS[random.nextInt(ACTION_WORDS.length)]
                  + " "
                  + OBJECTS[random.nextInt(OBJECTS.length)];
        };
    StringBuilder sb = new StringBuilder(action);
    sb.append(" near ").append(place).append(' ').append(WHEN[random.nextInt(WHEN.length)]);
    if (killed != null && killed > 0) {
      sb.append(", killing ").append(killed).append(' ').append(victims);
    }
    sb.append('.');
    String after = AFTERMATH[random.nextInt(AFTERMATH.length)];
    if (!after.isEmpty()) {
      sb.append(' ').append(after);
    }
    return sb.toString();
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
