package org.sijil.resolve.incident;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sijil.model.event.ActorRef;
import org.sijil.model.event.Count;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;
import org.sijil.model.event.PlaceRef;
import org.sijil.model.event.Tag;
import org.sijil.model.time.DatePrecision;

/**
 * What the scorer compares of one event, computed once when the event is added: dates as epoch
 * days, place and actor keys, counts as arrays and the evidence's content words as sorted hashes.
 */
final class EventFeatures {
  private static final Set<String> STOP =
      Set.of(
          "the",
          "a",
          "an",
          "of",
          "in",
          "on",
          "at",
          "to",
          "and",
          "or",
          "by",
          "for",
          "with",
          "from",
          "was",
          "were",
          "is",
          "are",
          "has",
          "have",
          "had",
          "been",
          "be",
          "that",
          "which",
          "who",
          "it",
          "its",
          "as",
          "after",
          "near",
          "said",
          "says",
          "according",
          "sources",
          "local",
          "reported",
          "reports",
          "people",
          "least",
          "other",
          "others",
          "their",
          "they",
          "this");

  /** Words that qualify a place name without changing where it is. */
  private static final Set<String> PLACE_QUALIFIERS =
      Set.of(
          "city",
          "town",
          "village",
          "countryside",
          "rural",
          "outskirts",
          "area",
          "district",
          "governorate",
          "province",
          "subdistrict",
          "northern",
          "southern",
          "eastern",
          "western",
          "north",
          "south",
          "east",
          "west",
          "central",
          "the",
          "of",
          "al",
          "el",
          "countrysides",
          "camp",
          "neighbourhood",
          "neighborhood");

  /**
   * Phrases that make a statement about a recurring situation rather than one incident ("killed
   * every day", "almost every week", "daily").
   */
  private static final java.util.regex.Pattern RECURRING_CUE =
      java.util.regex.Pattern.compile(
          "(?i)\\b(every|each)\\s+(single\\s+)?(day|week|month|night|morning)\\b"
              + "|\\b(daily|weekly|monthly)\\b(?!\\s+(bulletin|report|newspaper))"
              + "|\\bon\\s+a\\s+(daily|weekly|regular)\\s+basis\\b");

  /** Actor ids that name no one in particular. */
  static final Set<String> UNNAMED = Set.of("unidentified", "unknown", "civilians", "gunmen");

  final ReportedEvent source;
  final int order;
  final String document;
  final long start;
  final long end;
  final boolean dayPrecise;
  final boolean dateFromText;
  final String placeKey;
  final String placeName;
  final Double lat;
  final Double lon;
  final String perpetratorKey;
  final String victimKey;
  final int[] countMin = new int[CountKind.values().length];
  final int[] countMax = new int[CountKind.values().length];
  final boolean[] hasCount = new boolean[CountKind.values().length];
  final int[] words;
  final boolean recurring;

  EventFeatures(ReportedEvent r, int order) {
    this.source = r;
    this.order = order;
    Event e = r.event();
    this.document = r.key().document();
    if (e.date() != null) {
      start = e.date().start().toEpochDay();
      end = e.date().end().toEpochDay();
      dayPrecise = e.date().precision() == DatePrecision.DAY && start == end;
      dateFromText = e.date().span() != null;
    } else if (r.published() != null) {
      LocalDate p = r.published();
      start = p.minusDays(3).toEpochDay();
      end = p.toEpochDay();
      dayPrecise = false;
      dateFromText = false;
    } else {
      start = Long.MIN_VALUE;
      end = Long.MIN_VALUE;
      dayPrecise = false;
      dateFromText = false;
    }
    PlaceRef p = e.location();
    placeName = p == null ? null : p.name();
    placeKey = p == null ? null : placeKey(p.name());
    lat = p == null ? null : p.lat();
    lon = p == null ? null : p.lon();
    perpetratorKey = actorKey(e.perpetrator());
    victimKey = actorKey(e.victim());
    boolean rec = e.tags().contains(Tag.RECURRING);
    for (Map.Entry<CountKind, Count> c : e.counts().entrySet()) {
      int k = c.getKey().ordinal();
      hasCount[k] = true;
      countMin[k] = c.getValue().min();
      countMax[k] = c.getValue().max();
      rec |= c.getValue().recurring();
    }
    recurring = rec || RECURRING_CUE.matcher(r.evidence()).find();
    words = contentWords(r.evidence());
  }

  boolean dated() {
    return start != Long.MIN_VALUE;
  }

  static String placeKey(String name) {
    String n =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    StringBuilder sb = new StringBuilder();
    for (String w : n.split(" ")) {
      if (!w.isEmpty() && !PLACE_QUALIFIERS.contains(w)) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        // Transliterations differ in doubled letters and a final -h (Raqqa/Raqa, Hasakah/Hasaka).
        sb.append(w.replaceAll("(.)\\1", "$1").replaceAll("h$", ""));
      }
    }
    return sb.length() == 0 ? n : sb.toString();
  }

  private static String actorKey(ActorRef a) {
    if (a == null) {
      return null;
    }
    // "Unidentified gunmen" in two reports is no evidence that they are the same people.
    if (a.actorId() != null && !UNNAMED.contains(a.actorId())) {
      return a.actorId();
    }
    return null;
  }

  static int[] contentWords(String text) {
    String[] ws = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    int[] out = new int[ws.length];
    int n = 0;
    for (String w : ws) {
      if (w.length() > 2 && !STOP.contains(w)) {
        // A crude stem: "killed"/"killing"/"kills" and "civilians"/"civilian" meet.
        String s = w.length() > 5 ? w.substring(0, 5) : w;
        out[n++] = s.hashCode();
      }
    }
    int[] sorted = Arrays.copyOf(out, n);
    Arrays.sort(sorted);
    int u = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[u++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, u);
  }
}
