package org.sijil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sijil.model.doc.Language;
import org.sijil.model.event.Count;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;
import org.sijil.nlp.time.RuleTimeExpressionRecognizer;

/**
 * Measures the Arabic rules on our own dev fixture ({@code arabic-events-dev.tsv}: sentences
 * written for Sijil with the sub-type, figure, perpetrator, place, date and, from round 3, victim
 * they state) and keeps the figures from falling below those reported in docs/quality.md, "Arabic
 * events (our own fixture)". There is no Arabic gold set; these figures say how the rules do on
 * what they were written for, not how they do on real reports.
 */
class ArabicDevFixtureTest {

  private static final EventExtractor EXTRACTOR =
      EventExtractor.builder()
          .language(Language.ARABIC)
          .timeRecognizer(RuleTimeExpressionRecognizer.arabic())
          .build();
  private static final LocalDate WEDNESDAY = LocalDate.of(2023, 3, 15);

  private record Line(
      String text,
      String subtype,
      String count,
      String perp,
      String place,
      String date,
      String victim) {}

  /** Correct out of asked, for one measure. */
  private static final class Score {
    int asked;
    int correct;

    void add(boolean ok) {
      asked++;
      correct += ok ? 1 : 0;
    }

    double value() {
      return asked == 0 ? 1 : (double) correct / asked;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.3f (%d/%d)", value(), correct, asked);
    }
  }

  private static List<Line> lines() throws IOException {
    try (InputStream in = ArabicDevFixtureTest.class.getResourceAsStream("arabic-events-dev.tsv")) {
      assertThat(in).as("arabic-events-dev.tsv on the test class path").isNotNull();
      List<Line> out = new ArrayList<>();
      for (String s : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (s.isBlank() || s.startsWith("#")) {
          continue;
        }
        String[] c = s.split("\t", -1);
        // the victim column came in round 3; earlier lines have six columns and check no victim
        assertThat(c.length).as("columns of %s", s).isBetween(6, 7);
        out.add(new Line(c[0], c[1], c[2], c[3], c[4], c[5], c.length == 7 ? c[6] : "-"));
      }
      return out;
    }
  }

  @Test
  void theDevFixtureIsReadAtLeastAsWellAsDocumented() throws IOException {
    Score detected = new Score();
    Score subtype = new Score();
    Score noEvent = new Score();
    Score count = new Score();
    Score perp = new Score();
    Score place = new Score();
    Score date = new Score();
    Score victim = new Score();
    List<String> misses = new ArrayList<>();
    for (Line l : lines()) {
      List<Event> events = EXTRACTOR.extract(l.text(), WEDNESDAY).events();
      if (l.subtype().equals("none")) {
        noEvent.add(events.isEmpty());
        if (!events.isEmpty()) {
          misses.add("false event: " + l.text());
        }
        continue;
      }
      detected.add(!events.isEmpty());
      Event e =
          events.stream()
              .filter(x -> x.subType().label().equals(l.subtype()))
              .findFirst()
              .orElse(null);
      subtype.add(e != null);
      if (e == null) {
        misses.add(
            "sub-type: "
                + l.text()
                + " -> "
                + events.stream().map(x -> x.subType().label()).toList());
        continue;
      }
      if (!l.count().equals("-")) {
        String[] kc = l.count().split(":");
        String[] mm = kc[1].split("-");
        Count c = e.counts().get(CountKind.valueOf(kc[0].toUpperCase(Locale.ROOT)));
        boolean ok =
            c != null && c.min() == Integer.parseInt(mm[0]) && c.max() == Integer.parseInt(mm[1]);
        count.add(ok);
        if (!ok) {
          misses.add("count: " + l.text() + " -> " + e.counts());
        }
      }
      if (!l.perp().equals("-")) {
        boolean ok = e.perpetrator() != null && l.perp().equals(e.perpetrator().actorId());
        perp.add(ok);
        if (!ok) {
          misses.add("perpetrator: " + l.text() + " -> " + e.perpetrator());
        }
      }
      if (!l.place().equals("-")) {
        boolean ok = e.location() != null && l.place().equals(e.location().name());
        place.add(ok);
        if (!ok) {
          misses.add("place: " + l.text() + " -> " + e.location());
        }
      }
      if (!l.date().equals("-")) {
        boolean ok = e.date() != null && e.date().start().equals(LocalDate.parse(l.date()));
        date.add(ok);
        if (!ok) {
          misses.add("date: " + l.text() + " -> " + e.date());
        }
      }
      if (!l.victim().equals("-")) {
        boolean ok = e.victim() != null && l.victim().equals(e.victim().name());
        victim.add(ok);
        if (!ok) {
          misses.add("victim: " + l.text() + " -> " + e.victim());
        }
      }
    }
    System.out.println("Arabic dev fixture");
    System.out.println("  event detected      " + detected);
    System.out.println("  sub-type correct    " + subtype);
    System.out.println("  no false event      " + noEvent);
    System.out.println("  count correct       " + count);
    System.out.println("  perpetrator correct " + perp);
    System.out.println("  place correct       " + place);
    System.out.println("  date correct        " + date);
    System.out.println("  victim correct      " + victim);
    misses.forEach(m -> System.out.println("  miss: " + m));
    assertThat(subtype.value()).as("sub-type accuracy").isGreaterThanOrEqualTo(FLOOR_SUBTYPE);
    assertThat(noEvent.value()).as("sentences with no event").isGreaterThanOrEqualTo(FLOOR_NONE);
    assertThat(count.value()).as("count accuracy").isGreaterThanOrEqualTo(FLOOR_COUNT);
    assertThat(perp.value()).as("perpetrator accuracy").isGreaterThanOrEqualTo(FLOOR_PERP);
    assertThat(place.value()).as("place accuracy").isGreaterThanOrEqualTo(FLOOR_PLACE);
    assertThat(date.value()).as("date accuracy").isGreaterThanOrEqualTo(FLOOR_DATE);
    assertThat(victim.value()).as("victim accuracy").isGreaterThanOrEqualTo(FLOOR_VICTIM);
  }

  // The figures measured when the fixture was written (docs/quality.md); a change that lowers one
  // fails here.
  private static final double FLOOR_SUBTYPE = 0.96;
  private static final double FLOOR_NONE = 1.0;
  private static final double FLOOR_COUNT = 1.0;
  private static final double FLOOR_PERP = 1.0;
  private static final double FLOOR_PLACE = 1.0;
  private static final double FLOOR_DATE = 1.0;
  private static final double FLOOR_VICTIM = 1.0;
}
