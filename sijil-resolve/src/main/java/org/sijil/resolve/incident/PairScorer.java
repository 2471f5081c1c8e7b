package org.sijil.resolve.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sijil.model.event.EventType;
import org.sijil.model.event.SubEventType;

/**
 * Scores whether two events describe one incident, with a reason for every feature. Weights (sum
 * 1.0 at most) and vetoes are documented in {@code docs/incidents.md}. Stateless.
 */
final class PairScorer {
  static final double SUBTYPE_SAME = 0.25;
  static final double SUBTYPE_SAME_TYPE = 0.15;
  static final double DIFFERENT_TYPE = 0.10;

  /** A republished copy more than this many days after its original is read as a new report. */
  static final int COPY_DAYS = 7;

  static final double DATE_SAME_DAY = 0.25;
  static final double DATE_OVERLAP = 0.15;
  static final double PLACE_SAME = 0.25;
  static final double PLACE_NEAR = 0.10;
  static final double ACTOR = 0.08;
  static final double VICTIM = 0.04;
  static final double COUNTS = 0.08;
  static final double TEXT = 0.10;

  private final ResolverConfig config;

  PairScorer(ResolverConfig config) {
    this.config = config;
  }

  /** A score and its reasons; a veto has score 0 and names its cause. */
  record Score(double value, boolean veto, List<String> reasons) {}

  Score score(EventFeatures a, EventFeatures b) {
    return score(a, b, false);
  }

  /**
   * Scores a pair; with {@code ignoreDates} the dates are left out, for a document's copy whose
   * relative dates ("today") were written for the original's day.
   */
  Score score(EventFeatures a, EventFeatures b, boolean ignoreDates) {
    List<String> why = new ArrayList<>();
    if (ignoreDates && a.source.published() != null && b.source.published() != null) {
      long apart = Math.abs(a.source.published().toEpochDay() - b.source.published().toEpochDay());
      if (apart > COPY_DAYS) {
        return veto("a copy published " + apart + " days after its original");
      }
    }
    if (a.document.equals(b.document)) {
      return veto("both from one document (the extractor already merged its mentions)");
    }
    if (a.recurring != b.recurring) {
      return veto("a recurring situation and a discrete incident are kept apart");
    }
    double s = 0;
    // Sub-type.
    SubEventType ta = a.source.event().subType();
    SubEventType tb = b.source.event().subType();
    if (ta == tb) {
      s += add(why, SUBTYPE_SAME, "same sub-type " + ta.label());
    } else if (ta.type() == tb.type()) {
      s += add(why, SUBTYPE_SAME_TYPE, "same type " + ta.type().label());
    } else if (ta.type() == EventType.PROTESTS || tb.type() == EventType.PROTESTS) {
      if (ta.type().isViolent() || tb.type().isViolent()) {
        if (ta.type() != EventType.RIOTS && tb.type() != EventType.RIOTS) {
          return veto("a protest and " + (ta.type().isViolent() ? ta : tb).label() + " differ");
        }
      }
      why.add("different types " + ta.label() + " / " + tb.label() + " +0.00");
    } else {
      s +=
          add(
              why,
              -DIFFERENT_TYPE,
              "different types " + ta.type().label() + " / " + tb.type().label());
    }
    // Date.
    if (ignoreDates) {
      why.add("dates not compared for a copy +0.00");
    } else if (a.dated() && b.dated()) {
      long gap = Math.max(a.start, b.start) - Math.min(a.end, b.end);
      if (gap > config.dayWindow()) {
        return veto("dates " + gap + " days apart");
      }
      if (a.dayPrecise && b.dayPrecise && a.dateFromText && b.dateFromText) {
        if (a.start != b.start) {
          return veto(
              "different days "
                  + LocalDate.ofEpochDay(a.start)
                  + " / "
                  + LocalDate.ofEpochDay(b.start));
        }
        s += add(why, DATE_SAME_DAY, "same day " + LocalDate.ofEpochDay(a.start));
      } else if (gap <= 0) {
        s += add(why, DATE_OVERLAP, "dates overlap");
      } else {
        why.add("dates " + gap + " day apart, within the window +0.00");
      }
    } else {
      why.add("a date unknown +0.00");
    }
    // Place.
    if (a.lat != null && b.lat != null) {
      double km = km(a.lat, a.lon, b.lat, b.lon);
      if (km > config.maxDistanceKm()) {
        return veto(String.format(Locale.ROOT, "places %.0f km apart", km));
      }
      if (km <= 3 || (a.placeKey != null && a.placeKey.equals(b.placeKey))) {
        s += add(why, PLACE_SAME, String.format(Locale.ROOT, "same place (%.1f km)", km));
      } else {
        s += add(why, PLACE_NEAR, String.format(Locale.ROOT, "places %.1f km apart", km));
      }
    } else if (a.placeKey != null && b.placeKey != null) {
      if (a.placeKey.equals(b.placeKey)) {
        s += add(why, PLACE_SAME, "same place " + a.placeName);
      } else if (containsWords(a.placeKey, b.placeKey) || containsWords(b.placeKey, a.placeKey)) {
        s += add(why, PLACE_NEAR, "places " + a.placeName + " / " + b.placeName + " overlap");
      } else {
        return veto("different places " + a.placeName + " / " + b.placeName);
      }
    } else {
      // Without a place, only a day both texts state is specific enough to tie two reports.
      boolean statedSameDay =
          ignoreDates
              || a.dayPrecise
                  && b.dayPrecise
                  && a.dateFromText
                  && b.dateFromText
                  && a.start == b.start;
      if (!statedSameDay) {
        return veto("a place unknown and no day stated by both");
      }
      why.add("a place unknown +0.00");
    }
    // Actors.
    if (a.perpetratorKey != null && b.perpetratorKey != null) {
      if (a.perpetratorKey.equals(b.perpetratorKey)) {
        s += add(why, ACTOR, "same perpetrator " + a.perpetratorKey);
      } else {
        s += add(why, -ACTOR, "perpetrators differ " + a.perpetratorKey + " / " + b.perpetratorKey);
      }
    }
    if (a.source.event().victim() != null && b.source.event().victim() != null) {
      if (a.source.event().victim().category() == b.source.event().victim().category()) {
        s +=
            add(
                why,
                VICTIM,
                "same kind of victim "
                    + a.source.event().victim().category().label().toLowerCase(Locale.ROOT));
      }
    }
    // Counts.
    int shared = 0;
    int compatible = 0;
    for (int k = 0; k < a.hasCount.length; k++) {
      if (a.hasCount[k] && b.hasCount[k]) {
        shared++;
        double lo = Math.max(1, Math.min(a.countMin[k], b.countMin[k]));
        double hi = Math.max(a.countMax[k], b.countMax[k]);
        boolean overlap = a.countMin[k] <= b.countMax[k] && b.countMin[k] <= a.countMax[k];
        if (overlap || hi / lo <= 2.5) {
          compatible++;
        }
      }
    }
    if (shared > 0) {
      if (compatible == shared) {
        s += add(why, COUNTS, "figures agree within a factor of 2.5");
      } else if (compatible == 0) {
        s += add(why, -COUNTS, "figures disagree");
      }
    }
    // Evidence text.
    double j = jaccard(a.words, b.words);
    s +=
        add(
            why,
            TEXT * Math.min(1, j / 0.4),
            String.format(Locale.ROOT, "evidence words %.2f alike", j));
    s = Math.max(0, Math.min(1, s));
    return new Score(s, false, why);
  }

  private static boolean containsWords(String longer, String shorter) {
    return (" " + longer + " ").contains(" " + shorter + " ");
  }

  private static Score veto(String reason) {
    return new Score(0, true, List.of("not merged: " + reason));
  }

  private static double add(List<String> why, double w, String reason) {
    why.add(String.format(Locale.ROOT, "%s %+.2f", reason, w));
    return w;
  }

  static double jaccard(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int i = 0;
    int k = 0;
    int inter = 0;
    while (i < a.length && k < b.length) {
      if (a[i] == b[k]) {
        inter++;
        i++;
        k++;
      } else if (a[i] < b[k]) {
        i++;
      } else {
        k++;
      }
    }
    return inter / (double) (a.length + b.length - inter);
  }

  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
