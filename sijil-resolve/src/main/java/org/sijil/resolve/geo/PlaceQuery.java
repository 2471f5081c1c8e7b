package org.sijil.resolve.geo;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place name with its type words removed, and the ACLED precision those words imply: "Teir Maaleh
 * village" is the village itself (1), "the countryside of Idlib" and "Tabqa airbase" are near a
 * place (2), "Raqqa governorate" is a region (3).
 *
 * @param name the bare name, possibly empty
 * @param precision 1, 2 or 3; 1 when no type word says otherwise
 * @param typed true when a type word was removed
 * @param site true when that word names a site (airbase, dam, camp, prison ...) rather than an area
 *     or a settlement
 */
record PlaceQuery(String name, int precision, boolean typed, boolean site) {

  /** A query whose type word, if any, names no site. */
  PlaceQuery(String name, int precision, boolean typed) {
    this(name, precision, typed, false);
  }

  private static final String DIRECTION =
      "(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
          + "(?:ern)?\\s+)?";

  // "Northern", "South-eastern" …: a direction adjective before a name.
  private static final String DIRECTION_ADJECTIVE =
      "(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern\\s+";

  private static final Pattern LEADING_DIRECTION = Pattern.compile("(?i)" + DIRECTION_ADJECTIVE);

  private static final List<Rule> PREFIXES =
      List.of(
          new Rule(
              "(?:the\\s+)?"
                  + DIRECTION
                  + "(?:countryside|outskirts|desert|badia|vicinity"
                  + "|suburbs?|environs|surroundings|periphery|edge|area|region|plains?|hills?)"
                  + "\\s+(?:of|around)\\s+",
              2),
          new Rule(
              "(?:near|around|outside|close\\s+to|north\\s+of|south\\s+of|east\\s+of"
                  + "|west\\s+of)\\s+",
              2),
          new Rule(
              "(?:the\\s+)?(?:military\\s+)?(?:airport|airbase|air\\s+base|airfield|base|dam"
                  + "|camp|prison|refinery|(?:oil|gas)\\s+fields?|bridge|(?:border\\s+)?crossing"
                  + "|checkpoint|hospital|roundabout)\\s+(?:of|in|at|near)\\s+",
              2,
              true),
          // Arabic kind words before the name: airport, dam, camp(s), field(s), prison, crossing,
          // checkpoint, bridge, roundabout, hospital, base, plant, station, refinery.
          new Rule(
              "(?:مطار|سد|مخيم|مخيمات|حقل|حقول|سجن|معبر|حاجز|جسر|دوار|مشفى|مستشفى|قاعدة|معمل"
                  + "|محطة|مصفاة)\\s+",
              2,
              true),
          new Rule("(?:the\\s+)?(?:city|town|village|hamlet|municipality)\\s+of\\s+", 1),
          new Rule("(?:the\\s+)?(?:district|sub-?district|nahiya)\\s+of\\s+", 2),
          new Rule("(?:the\\s+)?(?:province|governorate|region|state)\\s+of\\s+", 3),
          new Rule(DIRECTION_ADJECTIVE, 2));

  /** True when the name opens with a direction adjective that {@link #parse} reads away. */
  static boolean opensWithDirection(String raw) {
    return LEADING_DIRECTION.matcher(raw.strip()).lookingAt();
  }

  private static final List<Rule> SUFFIXES =
      List.of(
          new Rule("\\s+(?:village|town|city|locality|hamlet|township|municipality)", 1),
          new Rule(
              "\\s+(?:countryside|outskirts|desert|badia|area|areas|suburbs?|neighbou?rhood"
                  + "|quarter|district|sub-?district|nahiya|farms?|fields?|hills?|mountains?|road"
                  + "|highway|junction|plain|valley|environs|vicinity|front|axis)",
              2),
          new Rule(
              "\\s+(?:camp|oil\\s*fields?|oilfield|checkpoint|airbase|air\\s+base"
                  + "|military\\s+airport|airport|dam|base|bridge|crossing|roundabout"
                  + "|lake|reservoir|border\\s+crossing"
                  // sites named after a place: "X gas plant", "X hospital", "X prison"
                  + "|military\\s+(?:base|academy|college|school|camp|airfield|barracks|prison)"
                  + "|air\\s*field|airstrip|heliport|helipad|(?:refugee|idp|displacement)\\s+camps?"
                  + "|camps|gas\\s+fields?|gas\\s+plant|(?:power|pumping|water|police)\\s+station"
                  + "|station|refinery|prison|jail|hospital|academy|barracks|garrison|headquarters"
                  + "|factory|silos?|plant|checkpoints|bridges|market|gate)",
              2,
              true),
          new Rule("\\s+(?:governorate|province|region|state|wilayah|muhafazah)", 3));

  private static final Pattern ADMIN_WORDS =
      Pattern.compile(
          "(?i)\\b(?:governorate|province|muhafazat|mohafazat|muhafazah|mohafazah|district"
              + "|sub-?district|nahiya|region|state|county|wilayah|gouvernorat|il|ili"
              + "|mintaqat|mintaqah|mantiqat|markaz)\\b"
              + "|محافظة|منطقة|ناحية");

  PlaceQuery {
    if (precision < 1 || precision > 3) {
      throw new IllegalArgumentException("expected precision 1-3, found " + precision);
    }
  }

  /** Parses {@code raw}: strips type words from either end, repeatedly. */
  static PlaceQuery parse(String raw) {
    String s = raw.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^'’]]+$", "");
    int precision = 1;
    boolean typed = false;
    boolean site = false;
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      changed = false;
      for (Rule r : PREFIXES) {
        Matcher m = r.prefix.matcher(s);
        if (m.find() && m.end() < s.length()) {
          s = s.substring(m.end());
          precision = Math.max(precision, r.precision);
          site |= r.site;
          typed = changed = true;
        }
      }
      for (Rule r : SUFFIXES) {
        Matcher m = r.suffix.matcher(s);
        if (m.find() && m.start() > 0) {
          s = s.substring(0, m.start());
          precision = Math.max(precision, r.precision);
          site |= r.site;
          typed = changed = true;
        }
      }
    }
    return new PlaceQuery(s.strip(), precision, typed, site);
  }

  /** {@code name} without administrative type words ("Raqqa Governorate" becomes "Raqqa"). */
  static String stripAdminWords(String name) {
    String s = ADMIN_WORDS.matcher(name).replaceAll(" ").strip();
    return s.isEmpty() ? name : s;
  }

  private static final class Rule {
    final Pattern prefix;
    final Pattern suffix;
    final int precision;
    final boolean site;

    Rule(String regex, int precision) {
      this(regex, precision, false);
    }

    Rule(String regex, int precision, boolean site) {
      this.prefix = Pattern.compile("^(?i)" + regex);
      this.suffix = Pattern.compile("(?i)" + regex + "$");
      this.precision = precision;
      this.site = site;
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s@%d", name, precision);
  }
}
