package org.sijil.resolve.geo;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name that places something in a direction of an area: "Eastern Homs Governorate", "the eastern
 * countryside of Homs", "northern Aleppo countryside", "east of Deir ez-Zor province", "Homs'
 * eastern desert", "Southeastern Rif Dimashq", "central Homs governorate" (the whole area, at its
 * centroid). Whether the area is a first-level area (and the name its part) is the resolver's
 * decision; this only reads the words.
 *
 * @param part the direction; {@link DirectionalParts.Part#ALL} for "central" (the whole area)
 * @param area the area's name as written, without articles or type words
 * @param kind what the words around the area say it is
 */
record DirectionalName(DirectionalParts.Part part, String area, Kind kind) {

  /** What the words around the area say it is. */
  enum Kind {
    /** "governorate", "province": the first-level area, whatever else bears its name. */
    ADMIN,
    /** "countryside", "desert", "badia", "rural": the area around a town, or a governorate's. */
    COUNTRYSIDE,
    /** A direction adjective alone ("Southeastern Rif Dimashq", "eastern Aleppo"). */
    BARE
  }

  DirectionalName {
    if (part == null) {
      throw new IllegalArgumentException("expected a direction or the centre, found null");
    }
    if (area == null || area.isBlank()) {
      throw new IllegalArgumentException("expected an area name, found '" + area + "'");
    }
  }

  private static final String DIR =
      "(?<dir>north|south|east|west|north-?east|north-?west|south-?east|south-?west|central"
          + "|cent(?:re|er))";
  // "eastern", and "central" as it stands.
  private static final String ERN = "(?:ern|(?<=central))";
  private static final String AREA = "(?:the\\s+)?(?<area>.+?)";
  private static final String ADMIN_WORD = "(?:governorate|province|muhafazah|wilayah)";
  private static final String RURAL_WORD = "(?:countryside|desert|badia|rural\\s+areas?)";
  private static final String PART_WORD =
      "(?:countryside|desert|badia|parts?|areas?|region|reaches|rural\\s+areas?)";
  // Every form ends so: "... of Homs governorate" names the first-level area.
  private static final String ADMIN_AFTER = "(?:\\s+(?<word>" + ADMIN_WORD + "))?";

  private static final List<Form> FORMS =
      List.of(
          // "the eastern countryside of Homs (governorate)", "eastern parts of the Homs province"
          new Form(
              "(?:the\\s+)?" + DIR + "(?:ern)?\\s+" + PART_WORD + "\\s+of\\s+" + AREA + ADMIN_AFTER,
              Kind.COUNTRYSIDE),
          // "east of Deir ez-Zor province", "the centre of Homs province": without the type word,
          // near the town ("east of Raqqa").
          new Form(
              "(?:(?:to\\s+)?the\\s+)?"
                  + DIR
                  + "\\s+of\\s+"
                  + AREA
                  + "\\s+(?<word>"
                  + ADMIN_WORD
                  + ")",
              Kind.ADMIN),
          // "Homs' eastern desert", "Aleppo's northern countryside"
          new Form(
              AREA + ADMIN_AFTER + "(?:'s|’s|'|’)\\s+" + DIR + "(?:ern)?\\s+" + RURAL_WORD,
              Kind.COUNTRYSIDE),
          // "Aleppo northern countryside"
          new Form(AREA + ADMIN_AFTER + "\\s+" + DIR + ERN + "\\s+countryside", Kind.COUNTRYSIDE),
          // "northern rural Aleppo", "rural northern Aleppo"
          new Form(
              "(?:the\\s+)?(?:rural\\s+)?" + DIR + ERN + "\\s+rural\\s+" + AREA + ADMIN_AFTER,
              Kind.COUNTRYSIDE),
          new Form(
              "(?:the\\s+)?rural\\s+" + DIR + ERN + "\\s+" + AREA + ADMIN_AFTER, Kind.COUNTRYSIDE),
          // "eastern Homs countryside"
          new Form(
              "(?:the\\s+)?" + DIR + ERN + "\\s+" + AREA + "\\s+" + RURAL_WORD + ADMIN_AFTER,
              Kind.COUNTRYSIDE),
          // "Eastern Homs Governorate", "Southeastern Rif Dimashq", "eastern Aleppo"
          new Form("(?:the\\s+)?" + DIR + ERN + "\\s+" + AREA + ADMIN_AFTER, Kind.BARE));

  /** The directional reading of {@code raw}, or null when it names no direction of an area. */
  static DirectionalName parse(String raw) {
    String s = raw.strip().replaceAll("[\\s\\p{Punct}&&[^'’]]+$", "").replaceAll("\\s+", " ");
    for (Form f : FORMS) {
      Matcher m = f.pattern.matcher(s);
      if (!m.matches()) {
        continue;
      }
      DirectionalParts.Part part = DirectionalParts.Part.ofWord(m.group("dir"));
      String area = m.group("area").strip();
      // "the north-eastern part of northern Aleppo": a direction of a direction is no area.
      if (part == null || area.isEmpty() || namesADirection(area)) {
        continue;
      }
      Kind kind = m.group("word") != null ? Kind.ADMIN : f.kind;
      return new DirectionalName(part, area, kind);
    }
    return null;
  }

  private static boolean namesADirection(String area) {
    for (String w : area.split("[\\s'’]+")) {
      if (DirectionalParts.Part.ofWord(w) != null) {
        return true;
      }
    }
    return false;
  }

  private static final class Form {
    final Pattern pattern;
    final Kind kind;

    Form(String regex, Kind kind) {
      this.pattern = Pattern.compile("(?i)" + regex);
      this.kind = kind;
    }
  }
}
