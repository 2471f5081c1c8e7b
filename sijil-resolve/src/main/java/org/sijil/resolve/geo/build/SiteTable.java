package org.sijil.resolve.geo.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sijil's table of named sites (airbases, army bases, dams, oil fields, camps, crossings, hills
 * ...; {@code sites-sy-iq.tsv}), read into sites whose names are spelled out in the usual English,
 * transliterated and Arabic forms of their kind: the row {@code airbase Tabqa} is named "Tabqa
 * airbase", "Tabqa air base", "Tabqa military airport", "مطار الطبقة" and so on; the row {@code
 * brigade 93} "Brigade 93", "93rd Brigade", "Liwa 93", "اللواء 93".
 *
 * <p>Stateless; {@link #read} is thread-safe.
 */
final class SiteTable {
  private SiteTable() {}

  /**
   * One site of the table.
   *
   * @param name the display name (the kind's first template on the core name)
   * @param names every name, the display name first
   * @param featureClass the GeoNames-style feature class (S, H, L, T, R)
   * @param featureCode the GeoNames-style feature code (AIRB, DAM, OILF ...)
   * @param governorate the governorate the table says the site lies in
   * @param line the table's line number, for messages and stable ids
   */
  record Site(
      String name,
      List<String> names,
      double lat,
      double lon,
      String country,
      String featureClass,
      String featureCode,
      String governorate,
      String confidence,
      int line) {
    Site {
      Objects.requireNonNull(name, "name");
      names = List.copyOf(names);
      if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
        throw new IllegalArgumentException(
            "expected a point in degrees for " + name + ", found " + lat + ", " + lon);
      }
      if (!country.matches("[A-Z]{2}")) {
        throw new IllegalArgumentException(
            "expected a two-letter country code for " + name + ", found " + country);
      }
      if (!confidence.matches("[ABC]")) {
        throw new IllegalArgumentException(
            "expected confidence A, B or C for " + name + ", found " + confidence);
      }
    }
  }

  /** The templates of one kind: feature class and code, Latin and Arabic name patterns. */
  private record Kind(String featureClass, String code, List<String> latin, List<String> arabic) {}

  private static final List<String> NUMBERED = List.of("brigade", "division", "regiment");

  // {X}: the core name; {N}: a unit's number; {O}: its ordinal (93rd). The first is the display.
  private static final Map<String, Kind> KINDS =
      Map.ofEntries(
          Map.entry(
              "airbase",
              new Kind(
                  "S",
                  "AIRB",
                  List.of(
                      "{X} airbase",
                      "{X} air base",
                      "{X} military airport",
                      "{X} military airbase",
                      "{X} military air base",
                      "{X} military airfield",
                      "{X} airfield",
                      "{X} air field",
                      "{X} airport",
                      "{X} air force base",
                      "Matar {X}"),
                  List.of("مطار {X}", "مطار {X} العسكري", "مطار {X} الحربي", "قاعدة {X} الجوية"))),
          Map.entry(
              "airport",
              new Kind(
                  "S",
                  "AIRP",
                  List.of(
                      "{X} airport",
                      "{X} international airport",
                      "{X} military airport",
                      "{X} airfield",
                      "{X} airbase",
                      "{X} air base",
                      "Matar {X}"),
                  List.of("مطار {X}", "مطار {X} الدولي", "مطار {X} العسكري"))),
          Map.entry(
              "base",
              new Kind(
                  "S",
                  "MILB",
                  List.of(
                      "{X} base",
                      "{X} military base",
                      "{X} military camp",
                      "{X} garrison",
                      "{X} barracks"),
                  List.of("قاعدة {X}", "معسكر {X}", "ثكنة {X}"))),
          Map.entry(
              "brigade",
              new Kind(
                  "S",
                  "MILB",
                  List.of(
                      "Brigade {N}",
                      "{O} Brigade",
                      "{N} Brigade",
                      "Liwa {N}",
                      "Liwaa {N}",
                      "al-Liwa {N}"),
                  List.of())),
          Map.entry(
              "division",
              new Kind(
                  "S",
                  "MILB",
                  List.of(
                      "Division {N}",
                      "{O} Division",
                      "{N} Division",
                      "Firqa {N}",
                      "Firqah {N}",
                      "al-Firqa {N}"),
                  List.of())),
          Map.entry(
              "regiment",
              new Kind(
                  "S",
                  "MILB",
                  List.of(
                      "Regiment {N}", "{O} Regiment", "{N} Regiment", "Fawj {N}", "al-Fawj {N}"),
                  List.of())),
          Map.entry(
              "academy",
              new Kind(
                  "S",
                  "SCHM",
                  List.of("{X} academy", "{X} military academy", "{X} school", "{X} college"),
                  List.of("كلية {X}", "مدرسة {X}"))),
          Map.entry(
              "barracks", new Kind("S", "BRKS", List.of("{X} barracks"), List.of("ثكنة {X}"))),
          Map.entry(
              "dam",
              new Kind(
                  "S",
                  "DAM",
                  List.of("{X} Dam", "Sadd {X}", "{X} barrage", "{X} dams"),
                  List.of("سد {X}"))),
          Map.entry(
              "lake",
              new Kind(
                  "H",
                  "LK",
                  List.of("Lake {X}", "{X} Lake", "Buhayrat {X}", "{X} reservoir"),
                  List.of("بحيرة {X}"))),
          Map.entry(
              "oilfield",
              new Kind(
                  "L",
                  "OILF",
                  List.of(
                      "{X} oil field",
                      "{X} oilfield",
                      "{X} oil fields",
                      "{X} oilfields",
                      "{X} field",
                      "{X} fields",
                      "Haql {X}"),
                  List.of("حقل {X}", "حقل {X} النفطي", "حقول {X}", "حقول {X} النفطية"))),
          Map.entry(
              "gasfield",
              new Kind(
                  "L",
                  "GASF",
                  List.of(
                      "{X} gas field",
                      "{X} gasfield",
                      "{X} gas fields",
                      "{X} field",
                      "{X} gas plant",
                      "{X} gas facility",
                      "Haql {X}"),
                  List.of("حقل {X}", "حقل {X} للغاز", "حقل {X} الغازي", "معمل غاز {X}"))),
          Map.entry(
              "station",
              new Kind(
                  "S",
                  "PS",
                  List.of("{X} station", "{X} pumping station", "{X} plant"),
                  List.of("محطة {X}"))),
          Map.entry(
              "factory",
              new Kind(
                  "S",
                  "MFG",
                  List.of("{X} factory", "{X} factories", "{X} plant", "{X} works"),
                  List.of("معمل {X}", "معامل {X}", "مصنع {X}"))),
          Map.entry(
              "silos",
              new Kind(
                  "S",
                  "SILO",
                  List.of("{X} silos", "{X} grain silos", "{X} silo", "Sawami {X}"),
                  List.of("صوامع {X}", "صوامع حبوب {X}"))),
          Map.entry(
              "refinery",
              new Kind(
                  "S",
                  "OILR",
                  List.of("{X} refinery", "{X} oil refinery"),
                  List.of("مصفاة {X}", "مصفى {X}"))),
          Map.entry(
              "prison",
              new Kind(
                  "S",
                  "PRN",
                  List.of(
                      "{X} prison",
                      "{X} jail",
                      "{X} central prison",
                      "{X} military prison",
                      "Sijn {X}"),
                  List.of("سجن {X}"))),
          Map.entry(
              "camp",
              new Kind(
                  "S",
                  "CMP",
                  List.of(
                      "{X} camp",
                      "{X} camps",
                      "{X} refugee camp",
                      "{X} IDP camp",
                      "{X} displacement camp",
                      "Mukhayyam {X}"),
                  List.of("مخيم {X}", "مخيمات {X}"))),
          Map.entry(
              "crossing",
              new Kind(
                  "S",
                  "PSTB",
                  List.of(
                      "{X} crossing",
                      "{X} border crossing",
                      "{X} crossing point",
                      "{X} border gate",
                      "{X} gate",
                      "{X} border post",
                      "Maabar {X}"),
                  List.of("معبر {X}", "معبر {X} الحدودي"))),
          Map.entry(
              "mountain",
              new Kind(
                  "T",
                  "MT",
                  List.of(
                      "Jabal {X}",
                      "Mount {X}",
                      "{X} mountain",
                      "{X} mountains",
                      "{X} range",
                      "Jabal {X} mountain"),
                  List.of("جبل {X}"))),
          Map.entry(
              "hill",
              new Kind(
                  "T",
                  "HLL",
                  List.of("Tall {X}", "{X} hill", "{X} hills", "Tallat {X}"),
                  List.of("تل {X}", "تلة {X}"))),
          Map.entry(
              "plain",
              new Kind(
                  "T", "PLN", List.of("{X} plain", "{X} plains", "Sahl {X}"), List.of("سهل {X}"))),
          Map.entry(
              "bridge",
              new Kind("S", "BDG", List.of("{X} bridge", "Jisr {X}"), List.of("جسر {X}"))),
          Map.entry(
              "roundabout",
              new Kind(
                  "R",
                  "RDJCT",
                  List.of("{X} roundabout", "Duwwar {X}", "{X} square", "{X} circle"),
                  List.of("دوار {X}"))));

  // Arabic names that already open with a kind word are taken whole.
  private static final Set<String> ARABIC_KIND_WORDS =
      Set.of(
          "سد", "مطار", "مخيم", "حقل", "حقول", "معمل", "سجن", "معبر", "جبل", "تل", "سهل", "جسر",
          "الجسر", "دوار", "محطة", "مدرسة", "مصنع", "معامل", "صوامع", "كلية", "الكلية", "القاعدة",
          "قاعدة", "مصفاة", "بحيرة", "المنطقة", "الفرقة", "فرقة", "اللواء", "لواء", "الفوج", "فوج");

  /** The kinds the table may name, in no particular order. */
  static Set<String> kinds() {
    return KINDS.keySet();
  }

  /** Reads the table; lines starting with {@code #} and blank lines are skipped. */
  static List<Site> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Site> out = new ArrayList<>();
    for (int ln = 0; ln < lines.size(); ln++) {
      String line = lines.get(ln);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        out.add(parse(line, ln + 1));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + (ln + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** One row of the table. */
  static Site parse(String line, int lineNo) {
    String[] f = line.split("\t", -1);
    if (f.length != 10) {
      throw new IllegalArgumentException(
          "expected 10 tab-separated fields (kind, name, variants, name_ar, lat, lon, country,"
              + " governorate, confidence, note), found "
              + f.length);
    }
    Kind kind = KINDS.get(f[0].strip());
    if (kind == null) {
      throw new IllegalArgumentException(
          "expected a kind among " + new java.util.TreeSet<>(KINDS.keySet()) + ", found " + f[0]);
    }
    String core = f[1].strip();
    if (core.isEmpty()) {
      throw new IllegalArgumentException("expected a name, found none");
    }
    boolean numbered = NUMBERED.contains(f[0].strip());
    if (numbered && !core.matches("[1-9][0-9]{0,3}")) {
      throw new IllegalArgumentException("expected a unit number for " + f[0] + ", found " + core);
    }
    Set<String> names = new LinkedHashSet<>();
    List<String> cores = new ArrayList<>();
    cores.add(core);
    for (String v : split(f[2])) {
      if (v.startsWith("=")) {
        continue;
      }
      cores.add(v);
    }
    for (String c : cores) {
      for (String t : kind.latin()) {
        names.add(numbered ? numbered(t, c) : t.replace("{X}", c));
      }
    }
    for (String v : split(f[2])) {
      if (v.startsWith("=")) {
        names.add(v.substring(1).strip());
      }
    }
    for (String a : split(f[3])) {
      if (a.startsWith("=")) {
        names.add(a.substring(1).strip());
      } else if (numbered
          || ARABIC_KIND_WORDS.contains(a.split(" ")[0])
          || kind.arabic().isEmpty()) {
        names.add(a);
      } else {
        for (String t : kind.arabic()) {
          names.add(t.replace("{X}", a));
        }
      }
    }
    List<String> all = new ArrayList<>(names);
    return new Site(
        all.get(0),
        all,
        number(f[4], "lat"),
        number(f[5], "lon"),
        f[6].strip(),
        kind.featureClass(),
        kind.code(),
        f[7].strip(),
        f[8].strip(),
        lineNo);
  }

  private static String numbered(String template, String n) {
    return template.replace("{N}", n).replace("{O}", ordinal(Integer.parseInt(n)));
  }

  /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 93rd, 121st. */
  static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix;
    if (mod100 >= 11 && mod100 <= 13) {
      suffix = "th";
    } else {
      suffix =
          switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
          };
    }
    return n + suffix;
  }

  private static double number(String s, String what) {
    try {
      return Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a number for " + what + ", found " + s, e);
    }
  }

  private static List<String> split(String field) {
    List<String> out = new ArrayList<>();
    for (String s : field.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
