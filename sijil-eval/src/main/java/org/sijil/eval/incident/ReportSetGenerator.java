package org.sijil.eval.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates the incident dedup dev set: realistic multi-outlet report sets in the JSONL document
 * format ({@code docs/jsonl-format.md}), each line carrying its gold incident id in an extra field
 * {@code incident}. Everything comes from the templates in this class (written for Sijil, not taken
 * from any corpus) and the seed:
 *
 * <ul>
 *   <li>each incident (a drone strike, IED, shelling, shooting, abduction, clash or prison break in
 *       a village of north-east Syria) is reported by one to four outlets, published on the day or
 *       up to two days later, in different words, with different figures ("7", "at least six",
 *       "rose to 9") and dates relative to each publication day ("yesterday", "on Tuesday", "on 5
 *       March");
 *   <li>some reports are syndicated copies of another outlet's report with a new headline;
 *   <li>near-miss distractors: the same type in the same village two to five days apart, and the
 *       same type on the same day in a neighbouring village of the same governorate;
 *   <li>recurring statements ("mines kill civilians every week") in the same villages.
 * </ul>
 *
 * Place names are real places (GeoNames, CC BY 4.0); the incidents are invented. Deterministic for
 * a seed. Not thread-safe.
 */
public final class ReportSetGenerator {

  /** One generated report. */
  public record Report(
      String id,
      String incident,
      String source,
      String url,
      LocalDate published,
      String title,
      String text,
      String copyOf) {}

  private static final String[][] GOVERNORATES = {
    {
      "Hasakah",
      "Tal Tamr",
      "Tal Nasri",
      "Abu Rasin",
      "Al-Hol",
      "Shaddadi",
      "Markada",
      "Tal Baydar",
      "Amuda",
      "Darbasiyah",
      "Al-Arishah"
    },
    {"Raqqa", "Ain Issa", "Suluk", "Karama", "Mansoura", "Hazima", "Tabqa", "Maadan"},
    {
      "Deir ez-Zor",
      "Busayrah",
      "Thiban",
      "Shuhayl",
      "Hajin",
      "Gharanij",
      "Basira",
      "Sabha",
      "Al-Kasrah",
      "Abu Hamam"
    }
  };

  private static final String[] OUTLETS = {
    "Syrian Observatory for Human Rights",
    "North Press Agency",
    "Enab Baladi",
    "Reuters",
    "Agence France-Presse",
    "Hawar News Agency",
    "Deir ez-Zor 24",
    "Euphrates Post",
    "Syria Direct",
    "Step News Agency",
    "Khabur Voice",
    "Jazira Monitor",
    "Rudaw"
  };

  private enum Kind {
    DRONE,
    IED,
    SHELLING,
    SHOOTING,
    ABDUCTION,
    CLASH,
    PRISON_BREAK
  }

  private final Random rnd;
  private final ObjectMapper mapper = new ObjectMapper();
  private int reportCount;

  public ReportSetGenerator(long seed) {
    this.rnd = new Random(seed);
  }

  /** Writes a dev set of {@code incidents} core incidents, with their distractors, as JSONL. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ReportSetGenerator SEED INCIDENTS OUT.jsonl");
      System.exit(2);
    }
    ReportSetGenerator g = new ReportSetGenerator(Long.parseLong(args[0]));
    List<Report> reports = g.generate(Integer.parseInt(args[1]));
    try (Writer w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      for (Report r : reports) {
        w.write(g.line(r));
        w.write('\n');
      }
    }
    System.out.println(reports.size() + " reports written to " + args[2]);
  }

  /** One report as a JSONL line of the document format, with its gold {@code incident}. */
  public String line(Report r) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", r.id());
    o.put("title", r.title());
    o.put("text", r.text());
    o.put("source", r.source());
    o.put("url", r.url());
    o.put("published", r.published().toString());
    o.put("language", "en");
    o.put("incident", r.incident());
    if (r.copyOf() != null) {
      o.put("copyOf", r.copyOf());
    }
    try {
      return mapper.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write report " + r.id(), e);
    }
  }

  /** Core incidents with their reports, near-miss distractors and recurring statements. */
  public List<Report> generate(int incidents) {
    List<Report> out = new ArrayList<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    int made = 0;
    int serial = 0;
    LocalDate base = LocalDate.of(2024, 1, 1);
    while (made < incidents) {
      String[] gov = GOVERNORATES[rnd.nextInt(GOVERNORATES.length)];
      String village = gov[1 + rnd.nextInt(gov.length - 1)];
      Kind kind = Kind.values()[rnd.nextInt(Kind.values().length)];
      LocalDate day = base.plusDays(rnd.nextInt(300));
      // One incident of a kind per village and week, so distractors stay distinct.
      if (!taken.add(village + "|" + kind + "|" + day.toEpochDay() / 7)) {
        continue;
      }
      int killed = 1 + rnd.nextInt(12);
      String id = "inc-" + (serial++);
      out.addAll(incident(id, kind, gov, village, day, killed, 1 + rnd.nextInt(4)));
      made++;
      double p = rnd.nextDouble();
      if (p < 0.3) {
        // Same place and type, a different day.
        int shift = (rnd.nextBoolean() ? 1 : -1) * (2 + rnd.nextInt(4));
        LocalDate other = day.plusDays(shift);
        if (taken.add(village + "|" + kind + "|" + other.toEpochDay() / 7)) {
          out.addAll(
              incident(
                  "inc-" + (serial++),
                  kind,
                  gov,
                  village,
                  other,
                  1 + rnd.nextInt(12),
                  1 + rnd.nextInt(2)));
        }
      } else if (p < 0.6) {
        // Same day and type, a neighbouring village.
        String neighbour = gov[1 + rnd.nextInt(gov.length - 1)];
        if (!neighbour.equals(village)
            && taken.add(neighbour + "|" + kind + "|" + day.toEpochDay() / 7)) {
          out.addAll(
              incident(
                  "inc-" + (serial++),
                  kind,
                  gov,
                  neighbour,
                  day,
                  1 + rnd.nextInt(12),
                  1 + rnd.nextInt(2)));
        }
      } else if (p < 0.7) {
        out.add(recurring("inc-" + (serial++), gov, village, day.plusDays(rnd.nextInt(3))));
      }
    }
    // Reports arrive in publication order, outlets interleaved.
    out.sort(java.util.Comparator.comparing(Report::published).thenComparing(Report::id));
    return out;
  }

  private List<Report> incident(
      String id, Kind kind, String[] gov, String village, LocalDate day, int killed, int reports) {
    List<Report> out = new ArrayList<>();
    List<String> outlets = new ArrayList<>(List.of(OUTLETS));
    java.util.Collections.shuffle(outlets, rnd);
    for (int k = 0; k < reports; k++) {
      LocalDate published = day.plusDays(rnd.nextInt(3));
      String outlet = outlets.get(k);
      int figure = k == 0 ? killed : Math.max(1, killed + rnd.nextInt(5) - 2);
      String text = report(kind, gov[0], village, day, published, figure, rnd.nextInt(4));
      String title = title(kind, village, figure);
      Report r = report(id, outlet, published, title, text);
      out.add(r);
      if (rnd.nextDouble() < 0.12) {
        // A syndicated copy: another outlet republishes it the same or next day.
        String copier = outlets.get(outlets.size() - 1 - k);
        Report copy =
            report(
                id,
                copier,
                published.plusDays(rnd.nextInt(2)),
                "Report: " + title.toLowerCase(Locale.ROOT),
                text + " " + filler());
        out.add(
            new Report(
                copy.id(),
                copy.incident(),
                copy.source(),
                copy.url(),
                copy.published(),
                copy.title(),
                copy.text(),
                r.id()));
      }
    }
    return out;
  }

  private Report report(
      String incident, String outlet, LocalDate published, String title, String text) {
    String id = String.format(Locale.ROOT, "dev-%04d", reportCount++);
    String slug = outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    return new Report(
        id,
        incident,
        outlet,
        "https://" + slug + ".example/news/" + id,
        published,
        title,
        text,
        null);
  }

  private Report recurring(String id, String[] gov, String village, LocalDate published) {
    String text =
        pick(
                "Landmines left behind by the war kill two to three civilians every week in the"
                    + " countryside around %s, farmers and local officials say, and the clearance"
                    + " teams cannot keep up.",
                "Residents of %s say that one or two people are wounded by leftover explosives"
                    + " nearly every day as families return to their fields.",
                "Shepherds near %s are killed or maimed by unexploded ordnance almost every month,"
                    + " according to a local council member who asked for the list of victims to"
                    + " be published.")
            .formatted(village);
    return report(
        id,
        OUTLETS[rnd.nextInt(OUTLETS.length)],
        published,
        "The hidden toll of war remnants around " + village,
        text + " " + filler());
  }

  private String title(Kind kind, String village, int n) {
    String t =
        switch (kind) {
          case DRONE ->
              pick("Drone strike near %1$s", "Air strike hits %1$s", "%1$s: drone kills %2$d");
          case IED ->
              pick(
                  "Roadside bomb near %1$s",
                  "Explosion on %1$s road", "IED blast kills %2$d in %1$s");
          case SHELLING -> pick("Shelling on %1$s", "Artillery fire hits %1$s");
          case SHOOTING -> pick("Gunmen kill %2$d in %1$s", "Deadly shooting in %1$s");
          case ABDUCTION -> pick("Abduction in %1$s", "Man kidnapped in %1$s");
          case CLASH -> pick("Clashes in %1$s", "Fighting near %1$s leaves %2$d dead");
          case PRISON_BREAK -> pick("Prisoners escape in %1$s", "Jailbreak in %1$s");
        };
    return t.formatted(village, n);
  }

  /** The report's text: a lead built from one of several phrasings, an attribution, filler. */
  private String report(
      Kind kind, String gov, String village, LocalDate day, LocalDate published, int n, int style) {
    String when = when(day, published);
    String num = number(n);
    String lead =
        switch (kind) {
          case DRONE ->
              pick(
                  "A drone strike hit a car in the village of %2$s %1$s, killing %3$s people.",
                  "%3$s people were killed %1$s when a drone targeted a vehicle near %2$s in the %4$s"
                      + " countryside.",
                  "An air strike on a house in %2$s %1$s killed %3$s civilians.",
                  "A drone attack on a motorcycle in %2$s %1$s left %3$s people dead.");
          case IED ->
              pick(
                  "An improvised explosive device exploded %1$s on the road near %2$s, killing %3$s"
                      + " people.",
                  "A roadside bomb killed %3$s people in %2$s %1$s.",
                  "%3$s people were killed %1$s when an explosive device planted by the road went off"
                      + " near %2$s.",
                  "A landmine explosion killed %3$s civilians in the village of %2$s %1$s.");
          case SHELLING ->
              pick(
                  "Artillery shelled the village of %2$s %1$s, killing %3$s civilians.",
                  "%3$s civilians were killed %1$s when shells fell on houses in %2$s.",
                  "Shelling on %2$s %1$s killed %3$s people and damaged several homes.",
                  "Rockets struck the town of %2$s %1$s, killing %3$s residents.");
          case SHOOTING ->
              pick(
                  "Gunmen killed %3$s people in the village of %2$s %1$s.",
                  "Unknown gunmen opened fire on a car in %2$s %1$s, killing %3$s civilians.",
                  "%3$s civilians were shot dead by gunmen in %2$s %1$s.",
                  "Armed men killed %3$s shepherds near %2$s %1$s.");
          case ABDUCTION ->
              pick(
                  "Gunmen abducted a teacher in the village of %2$s %1$s.",
                  "Unknown gunmen kidnapped a local council member in %2$s %1$s.",
                  "A pharmacist was abducted by armed men in %2$s %1$s.",
                  "Armed men kidnapped a farmer from his home in %2$s %1$s.");
          case CLASH ->
              pick(
                  "Clashes broke out %1$s between the SDF and Syrian government forces in the village"
                      + " of %2$s, killing %3$s fighters.",
                  "%3$s fighters were killed %1$s in clashes between the SDF and government forces"
                      + " near %2$s.",
                  "Fighting between the SDF and government forces in %2$s %1$s left %3$s fighters"
                      + " dead.",
                  "The SDF clashed with government forces in %2$s %1$s, and %3$s fighters were"
                      + " killed.");
          case PRISON_BREAK ->
              pick(
                  "%3$s prisoners escaped from a prison in %2$s %1$s.",
                  "%3$s detainees escaped %1$s from a detention centre in %2$s.",
                  "A jailbreak in %2$s %1$s let %3$s prisoners escape.",
                  "%3$s inmates escaped from the prison in %2$s %1$s after a riot.");
        };
    String text = lead.formatted(when, village, num, gov);
    text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    String attribution =
        switch (style) {
          case 0 ->
              pick(
                  " Local sources said the toll could rise.",
                  " The wounded were taken to a hospital in the city.");
          case 1 ->
              pick(
                  " A medical source confirmed the figure.",
                  " Relatives buried the dead the next day.");
          case 2 ->
              pick(
                  " Residents said the area had been calm for weeks.",
                  " Witnesses described panic in the market.");
          default -> pick(" No group has commented.", " No one has claimed responsibility.");
        };
    return text + attribution + " " + filler() + " " + filler();
  }

  private String filler() {
    return pick(
        "The area has seen repeated security incidents this year.",
        "Humanitarian groups have warned about the situation in the governorate.",
        "Several families have left the area in recent months.",
        "Schools in the district remained closed.",
        "Traffic on the main road was stopped for several hours.",
        "Prices of bread and fuel rose again this month.",
        "The local council said water supplies were cut for two days.",
        "Farmers complained that the harvest was smaller than last year.",
        "A checkpoint was set up at the entrance of the town.",
        "Aid deliveries to nearby camps were delayed.",
        "Electricity has been cut in much of the area since the weekend.",
        "Teachers in the district have not been paid for three months.",
        "The road to the provincial capital reopened in the afternoon.");
  }

  /** The event day as a writer publishing on {@code published} would say it. */
  private String when(LocalDate day, LocalDate published) {
    String weekday = "on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String date =
        "on "
            + day.getDayOfMonth()
            + " "
            + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    long gap = published.toEpochDay() - day.toEpochDay();
    if (gap == 0) {
      return pick("today", "on " + weekday.substring(3) + " morning", date);
    }
    if (gap == 1) {
      return pick("yesterday", weekday, "last night", date);
    }
    return pick(weekday, date);
  }

  private String number(int n) {
    String[] words = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"
    };
    return switch (rnd.nextInt(4)) {
      case 0 -> n < words.length ? words[n] : Integer.toString(n);
      case 1 -> "at least " + (n < words.length ? words[n] : Integer.toString(n));
      default -> Integer.toString(n);
    };
  }

  private String pick(String... options) {
    return options[rnd.nextInt(options.length)];
  }
}
