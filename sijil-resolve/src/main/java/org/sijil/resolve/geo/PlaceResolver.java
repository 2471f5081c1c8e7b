package org.sijil.resolve.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sijil.model.geo.Place;

/**
 * Finds the places a name may mean and ranks them: by how well the name matched (exact key, alias,
 * loose key), the hinted country and first-level area, the place's importance (feature type and
 * population), whether its type fits the type word in the name ("village", "governorate") and its
 * distance to places the document also names.
 *
 * <p>Immutable and thread-safe; share one instance.
 */
public final class PlaceResolver {
  static final int MAX_CANDIDATES = 10;

  // Feature weights. A caller's country and admin1 hints are facts and weigh double; countries
  // a document mentions are only evidence (see Context).
  private static final double W_MATCH = 0.20;
  private static final double W_MATCH_IN_AREA = 0.40;
  private static final double W_IMPORTANCE = 0.30;
  private static final double W_TYPE = 0.05;
  private static final double W_TYPE_SETTLEMENT = 0.25;
  private static final double W_NEARBY = 0.20;
  static final double W_HINT = 0.30;
  static final double W_EVIDENCE = 0.15;

  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /**
   * The places {@code name} may mean, best first, at most ten, with scores in [0, 1]. Type words
   * ("village", "countryside of", "governorate") are understood and removed; a name that matches
   * nothing whole is tried by its longest known part. Empty when nothing matches.
   *
   * @param name a place name as written, in Latin or Arabic script
   * @param hints what is known about where it lies; {@link LocateHints#NONE} for nothing
   */
  public List<PlaceCandidate> locate(String name, LocateHints hints) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(hints, "hints");
    List<PlaceCandidate> road = roadReading(name, hints);
    if (!road.isEmpty()) {
      return road;
    }
    Context ctx = context(hints);
    List<Ranked> ranked = rank(name, ctx, true);
    if (ranked.isEmpty() || awayFromHintedArea(ranked.get(0), ctx)) {
      ranked = withHintedArea(ranked, hints, ctx);
    }
    List<PlaceCandidate> out = new ArrayList<>(ranked.size() + 1);
    PlaceCandidate part = partReading(name, ctx);
    if (part != null) {
      // The part is what the name says; the readings of the bare name follow it, however scored.
      double top = ranked.isEmpty() ? 0 : ranked.get(0).candidate(gazetteer).score();
      out.add(
          new PlaceCandidate(
              part.place(), Math.max(part.score(), top), part.reason(), part.precision()));
    }
    for (Ranked r : ranked) {
      out.add(r.candidate(gazetteer));
    }
    return out;
  }

  /**
   * A direction of a first-level area of the focus countries ({@link DirectionalName}): "Eastern
   * Homs Governorate", "the eastern countryside of Homs", "east of Deir ez-Zor province", read as
   * the representative point of that part of the area ({@link DirectionalParts}), precision 3. Null
   * when the name is no such phrase, when the gazetteer knows the whole name ("Western Ghouta"),
   * when the area is no first-level area of the hinted country and governorate, and, for a
   * direction adjective alone, when a town bears the area's name ("eastern Aleppo" is the city's
   * east; "east of Raqqa" never reaches here: without a type word it is near the city).
   */
  PlaceCandidate partReading(String name, Context ctx) {
    DirectionalName d = DirectionalName.parse(name);
    if (d == null || !exactOnly(gather(name.strip(), 1, 1.0)).isEmpty()) {
      return null;
    }
    return partReading(d, ctx);
  }

  /**
   * The part {@code d} names, as {@link #partReading(String, Context)} reads it once the words are
   * read (by {@link DirectionalName#parse} in English, by {@link ArabicDirections} in Arabic).
   */
  PlaceCandidate partReading(DirectionalName d, Context ctx) {
    String whole = d.part().adjective + " " + d.area();
    if (!exactOnly(gather(whole, 1, 1.0)).isEmpty()
        || !exactOnly(gather(whole.replace("-", ""), 1, 1.0)).isEmpty()) {
      return null;
    }
    int area = -1;
    for (int a : gazetteer.admin1Matching(d.area())) {
      String cc = gazetteer.admin1Country(a);
      if (Words.FOCUS.contains(cc)
          && (ctx.countries().isEmpty() || ctx.countries().contains(cc))
          && (ctx.admin1s().isEmpty() || ctx.admin1s().contains(a))
          && DirectionalParts.bundled().point(cc, gazetteer.admin1Name(a), d.part()) != null) {
        area = a;
        break;
      }
    }
    if (area < 0) {
      return null;
    }
    String cc = gazetteer.admin1Country(area);
    String areaName = gazetteer.admin1Name(area);
    if (d.kind() == DirectionalName.Kind.BARE) {
      // "eastern Aleppo", "western Mosul": a direction adjective with a town's name is the
      // town's part; only an area no settlement is named after ("Rif Dimashq") is read so.
      for (int i : gazetteer.strictMatches(NameKeys.strict(d.area()))) {
        if (gazetteer.featureClass(i).equals("P") && gazetteer.countryCode(i).equals(cc)) {
          return null;
        }
      }
    }
    double score = 0;
    for (Ranked r : rank(d.area() + " governorate", ctx, false)) {
      if (gazetteer.admin1Index(r.index()) == area
          && gazetteer.featureCode(r.index()).equals("ADM1")) {
        score = r.score();
        break;
      }
    }
    if (score == 0) {
      return null;
    }
    // "the eastern countryside of Homs": the governorate's land east of the city it is named
    // after; "Eastern Homs Governorate", "Southeastern Rif Dimashq": east of its centroid.
    boolean aroundCapital = false;
    if (d.kind() == DirectionalName.Kind.COUNTRYSIDE) {
      for (int i : gazetteer.strictMatches(NameKeys.strict(d.area()))) {
        if (gazetteer.featureCode(i).equals("PPLA") && gazetteer.admin1Index(i) == area) {
          aroundCapital = true;
          break;
        }
      }
    }
    double[] at = DirectionalParts.bundled().point(cc, areaName, d.part(), aroundCapital);
    if (at == null) {
      aroundCapital = false;
      at = DirectionalParts.bundled().point(cc, areaName, d.part());
    }
    Place place =
        new Place(
            partId(area, d.part()),
            areaName + " (" + d.part().adjective + " part)",
            at[0],
            at[1],
            cc,
            areaName,
            "A",
            "ADM1",
            0,
            "");
    return new PlaceCandidate(
        place,
        Math.round(score * 10000) / 10000.0,
        "directional part: "
            + d.part().adjective
            + " part of the first-level area "
            + areaName
            + " ("
            + switch (d.kind()) {
              case ADMIN -> "named with its type word";
              case COUNTRYSIDE ->
                  aroundCapital ? "its countryside, around its capital" : "its countryside";
              case BARE -> "no town bears its name";
            }
            + "); p3",
        3);
  }

  /**
   * True when {@code place} is a directional part of a first-level area read by {@link
   * #partReading} ("Homs (eastern part)"), not a place of the gazetteer.
   */
  public static boolean isDirectionalPart(Place place) {
    return place.id() <= -(1L << 51) && place.id() > -(1L << 52);
  }

  /** A stable id for a part of a first-level area, below every id the gazetteer gives. */
  static long partId(int admin1, DirectionalParts.Part part) {
    return -(1L << 51) - 16L * admin1 - part.ordinal();
  }

  /** Farthest apart two places may lie for the midpoint of the road between them to mean much. */
  static final double ROAD_MIDPOINT_MAX_KM = 100;

  /**
   * A name of a road between two places ({@link RoadName}), read as the road: when the words after
   * it name one end ("… road in Khanasir sub-district"), that end; else the midpoint of the two
   * ends, as long as they lie within {@link #ROAD_MIDPOINT_MAX_KM} of each other; then the two
   * ends. Both ends must be known places, found without the area hints (a road crosses district and
   * governorate lines); empty when the name is no such road.
   */
  private List<PlaceCandidate> roadReading(String name, LocateHints hints) {
    List<RoadName> roads = RoadName.parse(name);
    if (roads.isEmpty()) {
      return List.of();
    }
    Context ends = context(new LocateHints(hints.countryCode(), null, null, hints.nearby()));
    for (RoadName road : roads) {
      List<Ranked> from = rank(road.from(), ends, false);
      List<Ranked> to = rank(road.to(), ends, false);
      if (from.isEmpty() || to.isEmpty()) {
        continue;
      }
      // A road joins places near each other: the best-scored pair of readings of its ends that
      // lie within reach of each other ("Sayda" the Syrian village, not the Lebanese city).
      Ranked bestFrom = from.get(0);
      Ranked bestTo = to.get(0);
      double best = -Double.MAX_VALUE;
      for (Ranked f : from.subList(0, Math.min(5, from.size()))) {
        for (Ranked t : to.subList(0, Math.min(5, to.size()))) {
          double km =
              Place.distanceKm(
                  gazetteer.lat(f.index()),
                  gazetteer.lon(f.index()),
                  gazetteer.lat(t.index()),
                  gazetteer.lon(t.index()));
          if (km <= ROAD_MIDPOINT_MAX_KM && f.score() + t.score() > best) {
            best = f.score() + t.score();
            bestFrom = f;
            bestTo = t;
          }
        }
      }
      PlaceCandidate a = bestFrom.candidate(gazetteer);
      PlaceCandidate b = bestTo.candidate(gazetteer);
      Place pa = a.place();
      Place pb = b.place();
      PlaceCandidate endA = new PlaceCandidate(pa, a.score(), "road end; " + a.reason(), 2);
      PlaceCandidate endB = new PlaceCandidate(pb, b.score(), "road end; " + b.reason(), 2);
      PlaceQuery qualifier = PlaceQuery.parse(road.qualifier());
      String said = NameKeys.strict(qualifier.name());
      // "… road in X sub-district" says which end; "… in X governorate" only where the road runs.
      if (!said.isEmpty() && qualifier.precision() < 3) {
        if (said.equals(NameKeys.strict(road.from()))
            || said.equals(gazetteer.nameKey(bestFrom.index()))) {
          return List.of(endA, endB);
        }
        if (said.equals(NameKeys.strict(road.to()))
            || said.equals(gazetteer.nameKey(bestTo.index()))) {
          return List.of(endB, endA);
        }
      }
      double km = Place.distanceKm(pa.lat(), pa.lon(), pb.lat(), pb.lon());
      if (km > ROAD_MIDPOINT_MAX_KM || km < 0.5) {
        continue;
      }
      Place mid =
          new Place(
              roadId(pa.id(), pb.id()),
              pa.name() + " – " + pb.name() + " road",
              (pa.lat() + pb.lat()) / 2,
              (pa.lon() + pb.lon()) / 2,
              pa.countryCode().equals(pb.countryCode()) ? pa.countryCode() : "",
              pa.admin1().equals(pb.admin1()) ? pa.admin1() : "",
              "R",
              "RD",
              0,
              pa.admin2().equals(pb.admin2()) ? pa.admin2() : "");
      double score = Math.min(a.score(), b.score());
      return List.of(
          new PlaceCandidate(
              mid, score, String.format(Locale.ROOT, "road midpoint, ends %.0f km apart", km), 2),
          endA,
          endB);
    }
    return List.of();
  }

  /** A stable id for the road between two places, below every id the gazetteer gives. */
  static long roadId(long a, long b) {
    return -(1L << 50) - Math.floorMod(31 * a + b, 1L << 40);
  }

  Context context(LocateHints hints) {
    Set<String> countries = hints.countryCode() == null ? Set.of() : Set.of(hints.countryCode());
    Set<Integer> admin1s = new HashSet<>();
    if (hints.admin1() != null) {
      for (int a : gazetteer.admin1Matching(hints.admin1())) {
        if (countries.isEmpty() || countries.contains(gazetteer.admin1Country(a))) {
          admin1s.add(a);
        }
      }
    }
    Set<Integer> admin2s = new HashSet<>();
    double[] areaCentre = null;
    if (hints.admin2() != null) {
      for (int a : gazetteer.admin2Matching(hints.admin2())) {
        admin2s.add(a);
      }
      if (admin2s.isEmpty()) {
        areaCentre = areaCentre(hints.admin2(), countries, admin1s);
      }
    }
    return new Context(
        countries,
        admin1s,
        admin2s,
        areaCentre,
        hints.nearby(),
        hints.admin1() != null,
        0,
        W_HINT,
        W_HINT);
  }

  /** Score of a hinted district given for a name that matches nothing (see below). */
  static final double HINTED_AREA_SCORE = 0.1;

  /**
   * True when the hints name a governorate and the reading lies away from the area they name:
   * outside the governorate, or, for a reading not spelled exactly so (a look-alike or a part of
   * the name), outside the hinted district; a place in the district or within {@link
   * #BESIDE_DISTRICT_KM} of its edge is never away (sources draw district lines differently).
   * Readings of the sites and alias tables are never away: each names one place, at a point of our
   * own tables.
   */
  private boolean awayFromHintedArea(Ranked r, Context ctx) {
    String how = r.reason();
    if (ctx.admin1s().isEmpty() || how.startsWith("site") || how.startsWith("alias")) {
      return false;
    }
    int i = r.index();
    boolean inAdmin1 = ctx.admin1s().contains(gazetteer.admin1Index(i));
    if (inAdmin1 && (how.startsWith("exact") || ctx.admin2s().isEmpty())) {
      return false;
    }
    return ctx.admin2s().isEmpty()
        || (!ctx.admin2s().contains(gazetteer.admin2Index(i))
            && beyondAdmin2(i, ctx) > BESIDE_DISTRICT_KM);
  }

  /** A place this near a hinted district's edge may lie in it by another source's lines. */
  private static final double BESIDE_DISTRICT_KM = 10;

  /**
   * The readings with the hinted district ({@link #hintedAreaReading}) among them, for a name that
   * matches nothing or whose best reading lies away from the hinted area ({@link
   * #awayFromHintedArea}): the caller knows the district, so a place of that name elsewhere (a
   * homonym across the country, a look-alike or a part of the name in another district) is a weaker
   * reading than the district itself, and counts {@link #HINTED_AREA_SCORE} of its score. Unchanged
   * when the hints name no known district.
   */
  private List<Ranked> withHintedArea(List<Ranked> ranked, LocateHints hints, Context ctx) {
    List<Ranked> area =
        hintedAreaReading(
            hints,
            ctx,
            ranked.isEmpty()
                ? "no place of this name found"
                : "none of this name in the hinted area");
    if (area.isEmpty()) {
      return ranked;
    }
    List<Ranked> out = new ArrayList<>(area);
    for (Ranked r : ranked) {
      out.add(
          awayFromHintedArea(r, ctx)
              ? new Ranked(
                  r.index(),
                  r.score() * HINTED_AREA_SCORE,
                  r.precision(),
                  r.reason() + "; away from the hinted area")
              : r);
    }
    out.sort(Comparator.comparingDouble(Ranked::score).reversed());
    return out.size() > MAX_CANDIDATES ? List.copyOf(out.subList(0, MAX_CANDIDATES)) : out;
  }

  /**
   * When a name matches nothing, the district the caller says it lies in, as a precision-3 reading:
   * what a documenter codes for a village no gazetteer lists (ACLED's "a larger area around it").
   * Only a district or sub-district named in the hints counts, never a governorate or country (too
   * wide to place an incident); empty when the hints name none, or none is known.
   */
  private List<Ranked> hintedAreaReading(LocateHints hints, Context ctx, String why) {
    if (hints.admin2() == null || (ctx.admin2s().isEmpty() && ctx.areaCentre() == null)) {
      return List.of();
    }
    String key = NameKeys.strict(PlaceQuery.stripAdminWords(hints.admin2()));
    int best = -1;
    int bestRank = 0;
    for (int i : gazetteer.strictMatches(key)) {
      if ((!ctx.countries().isEmpty() && !ctx.countries().contains(gazetteer.countryCode(i)))
          || (!ctx.admin1s().isEmpty() && !ctx.admin1s().contains(gazetteer.admin1Index(i)))) {
        continue;
      }
      String code = gazetteer.featureCode(i);
      // The town a district is named after is its seat, where its incidents are coded (ACLED
      // codes an area to its capital); failing that, the district's own record.
      int rank =
          !ctx.admin2s().isEmpty() && !ctx.admin2s().contains(gazetteer.admin2Index(i))
              ? 0
              : code.startsWith("PPLA") ? 3 : code.equals("ADM2") || code.equals("ADM3") ? 2 : 0;
      if (rank > bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    if (best < 0) {
      return List.of();
    }
    return List.of(
        new Ranked(
            best,
            HINTED_AREA_SCORE,
            3,
            why
                + "; the "
                + (ctx.admin2s().isEmpty() ? "sub-district" : "district")
                + " the hints name"));
  }

  /**
   * The point of an area named as a district that is no district polygon: a sub-district (nahiya)
   * or the town it is named after, within the hinted country and governorate; {@code null} when
   * none is known.
   */
  private double[] areaCentre(String name, Set<String> countries, Set<Integer> admin1s) {
    String key = NameKeys.strict(PlaceQuery.stripAdminWords(name));
    int best = -1;
    int bestRank = 0;
    for (int i : gazetteer.strictMatches(key)) {
      if ((!countries.isEmpty() && !countries.contains(gazetteer.countryCode(i)))
          || (!admin1s.isEmpty() && !admin1s.contains(gazetteer.admin1Index(i)))) {
        continue;
      }
      String code = gazetteer.featureCode(i);
      int rank =
          code.equals("ADM3") ? 3 : code.startsWith("PPLA") ? 2 : code.startsWith("PPL") ? 1 : 0;
      if (rank > bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    return best < 0 ? null : new double[] {gazetteer.lat(best), gazetteer.lon(best)};
  }

  /** Candidates for a raw name; with {@code partial}, falls back to the longest known part. */
  List<Ranked> rank(String raw, Context ctx, boolean partial) {
    PlaceQuery q = PlaceQuery.parse(raw);
    if (q.name().isEmpty()) {
      return List.of();
    }
    if (PlaceQuery.opensWithDirection(raw)) {
      // "Northern Ireland", "Western Ghouta": a name the gazetteer knows whole, direction word
      // and all, is that place, not the direction of another.
      Map<Integer, Match> whole = exactOnly(gather(raw.strip(), 1, 1.0));
      if (!whole.isEmpty()) {
        return score(whole, new PlaceQuery(raw.strip(), 1, false), ctx);
      }
    }
    Map<Integer, Match> matches = new LinkedHashMap<>();
    // Aliases may carry their type word ("Tabqa airbase"): look the whole name up first.
    for (int[] a : gazetteer.aliasMatches(NameKeys.strict(raw))) {
      matches.putIfAbsent(a[0], new Match(1.0, Math.max(q.precision(), a[1]), "alias"));
    }
    if (q.typed() || UNIT_ARM.matcher(raw).find()) {
      siteReadings(raw, q).forEach(matches::putIfAbsent);
    }
    java.util.function.IntPredicate inCountry =
        i -> ctx.countries().isEmpty() || ctx.countries().contains(gazetteer.countryCode(i));
    for (String variant : variants(q.name())) {
      // A place several spellings find keeps its best reading: "Qestele/Qastal Jend" finds Qastal
      // Jundu loosely by its Kurdish name first, and closely by the second spelling.
      for (Map.Entry<Integer, Match> e :
          gather(variant, q.precision(), 1.0, inCountry).entrySet()) {
        matches.merge(e.getKey(), e.getValue(), Match::better);
      }
    }
    if (q.site()) {
      // "Silo prison": a site is named after a place near it, so a place of that name abroad,
      // or one merely spelled alike outside the hinted area, is too weak a reading to keep.
      matches
          .entrySet()
          .removeIf(
              e -> {
                String how = e.getValue().how();
                int i = e.getKey();
                if (how.equals("site") || how.equals("alias")) {
                  return false;
                }
                if (!ctx.countries().isEmpty()
                    && !ctx.countries().contains(gazetteer.countryCode(i))) {
                  return true;
                }
                return how.equals("loose") && !(hasAreaHint(ctx) && inArea(i, ctx));
              });
    }
    if (hasAreaHint(ctx) && !matchesInArea(matches, ctx)) {
      // Monitors' spellings of villages vary more than any key unifies; once the hints say
      // which district or governorate to look in, readings there are worth a wider search.
      Map<Integer, Match> fallbacks = areaFallbacks(raw, q, ctx);
      if (exactInAdmin1(matches, ctx)) {
        // The name spelled so in the governorate, just across the district line, is a better
        // reading than a look-alike spelling inside it ("Abu Hawarid", not "Abu Hawadid").
        fallbacks.replaceAll(
            (i, m) ->
                m.how().equals("fuzzy")
                    ? new Match(m.quality() * FUZZY_BESIDE_EXACT, m.precision(), m.how())
                    : m);
      }
      fallbacks.forEach(matches::putIfAbsent);
    }
    if (matches.isEmpty() && partial) {
      matches = partialMatches(q.name(), q.precision());
    }
    if (!ctx.countries().isEmpty()) {
      // A known country rules out spelling-variant and partial readings elsewhere.
      matches
          .entrySet()
          .removeIf(
              e ->
                  !e.getValue().how().equals("exact")
                      && !e.getValue().how().equals("alias")
                      && !e.getValue().how().equals("site")
                      && !ctx.countries().contains(gazetteer.countryCode(e.getKey())));
    }
    if (ctx.countries().isEmpty()
        && !hasAreaHint(ctx)
        && matches.values().stream().anyMatch(m -> !m.how().equals("loose"))) {
      // Without hints nothing vouches for a spelling variant: where the name is spelled so
      // somewhere, a place it merely resembles is not a reading ("Ghouta" is not Geita).
      matches.values().removeIf(m -> m.how().equals("loose"));
      if (matches.values().stream().anyMatch(m -> m.how().equals("alias"))) {
        // The alias table says what a name means when nothing else does ("Palmyra" is Tadmur,
        // "Hajin" the Deir ez-Zor town): its other readings stay, below it.
        matches.replaceAll(
            (i, m) ->
                m.how().equals("exact") ? new Match(m.quality() * 0.5, m.precision(), m.how()) : m);
      }
    }
    if (matches.values().stream().anyMatch(m -> m.how().equals("site") && m.quality() >= 0.9)) {
      // "Tabqa airbase" names the airbase the gazetteer knows: the town it is named after is
      // only the lower-precision reading.
      matches.replaceAll(
          (i, m) ->
              m.how().equals("site")
                  ? m
                  : new Match(
                      m.quality() * NAMED_AFTER,
                      Math.max(2, m.precision()),
                      m.how() + NAMED_AFTER_TAG));
    }
    return score(matches, q, ctx);
  }

  /** Match quality of the place a site is named after, when the site itself is known. */
  static final double NAMED_AFTER = 0.7;

  /** Marks the reading of a place a known site is named after (see {@link #NAMED_AFTER}). */
  private static final String NAMED_AFTER_TAG = ", site named after";

  // Words after a site's name that say no more than the site does: "Brigade 93 base", "the
  // Tabqa airbase perimeter".
  private static final java.util.regex.Pattern SITE_TAIL =
      java.util.regex.Pattern.compile(
          "(?i)\\s+(?:base|headquarters|hq|garrison|compound|positions?|perimeter|area|vicinity"
              + "|outskirts|surroundings|environs)$");

  // The arm or branch between a unit's number and its kind: "93rd Armoured Brigade".
  private static final java.util.regex.Pattern UNIT_ARM =
      java.util.regex.Pattern.compile(
          "(?i)(?:armou?red|mechani[sz]ed|infantry|artillery|tank|missile|commando|special"
              + "(?:\\s+forces)?|air\\s+defen[cs]e|republican\\s+guard)\\s+(?=(?:brigade|division"
              + "|regiment)\\b)");

  private static final java.util.regex.Pattern SITE_OF =
      java.util.regex.Pattern.compile(
          "(?i)(?:the\\s+)?((?:military\\s+)?(?:airport|airbase|air\\s+base|airfield|dam|camp|prison"
              + "|refinery|(?:oil|gas)\\s+fields?|bridge|(?:border\\s+)?crossing))"
              + "\\s+(?:of|in|at|near)\\s+(.+)");

  /**
   * Readings of a name that carries a type word ("Tabqa airbase", "Tishrin Dam", "93rd Brigade
   * base", "Jabal Abd al-Aziz mountain") as a whole: sites of the gazetteer (airbases, dams,
   * fields, camps, hills ...) named so, exactly or by a close spelling, and any place whose name
   * holds the type word ("Jisr al-Shughur", whose "Jisr" is a bridge).
   */
  private Map<Integer, Match> siteReadings(String raw, PlaceQuery q) {
    Map<Integer, Match> out = new LinkedHashMap<>();
    List<String> forms = new ArrayList<>();
    String whole = raw.strip();
    forms.add(whole);
    String bare = SITE_TAIL.matcher(whole).replaceFirst("");
    if (!bare.equals(whole) && !bare.isEmpty()) {
      forms.add(bare);
    }
    String unit = UNIT_ARM.matcher(bare).replaceAll("");
    if (!unit.equals(bare)) {
      forms.add(unit); // "the 17th Armoured Division" is the 17th Division
    }
    java.util.regex.Matcher of = SITE_OF.matcher(whole);
    if (of.matches()) {
      forms.add(of.group(2) + " " + of.group(1)); // "the airport of X" is "X airport"
    }
    if (q.precision() >= 2 && !forms.contains(q.name())) {
      forms.add(q.name()); // "Jabal Abd al-Aziz" out of "Jabal Abd al-Aziz mountain"
    }
    for (int k = 0; k < forms.size(); k++) {
      boolean asWritten = k == 0;
      gather(forms.get(k), 1, 1.0, this::isSite)
          .forEach(
              (i, m) -> {
                if (isSite(i)) {
                  out.putIfAbsent(i, new Match(m.quality(), 1, "site"));
                } else if (asWritten && !m.how().equals("loose")) {
                  out.putIfAbsent(i, new Match(m.quality(), q.precision(), m.how()));
                }
              });
    }
    return out;
  }

  /** True for sites: not a settlement, an administrative area or a continent. */
  boolean isSite(int i) {
    String c = gazetteer.featureClass(i);
    return !c.equals("P") && !c.equals("A") && !isLargeArea(gazetteer.featureCode(i));
  }

  /** Name matches: aliases and exact keys score 1 (times {@code weight}), loose keys 0.8. */
  Map<Integer, Match> gather(String name, int precision, double weight) {
    return gather(name, precision, weight, i -> true);
  }

  /**
   * As {@link #gather(String, int, double)}, with loose readings only for places that pass {@code
   * looseFilter} (checked before the costlier spelling similarity).
   */
  Map<Integer, Match> gather(
      String name, int precision, double weight, java.util.function.IntPredicate looseFilter) {
    Map<Integer, Match> out = new LinkedHashMap<>();
    String key = NameKeys.strict(name);
    if (key.isEmpty()) {
      return out;
    }
    for (int[] a : gazetteer.aliasMatches(key)) {
      out.putIfAbsent(a[0], new Match(weight, Math.max(precision, a[1]), "alias"));
    }
    for (int i : gazetteer.strictMatches(key)) {
      // A place's own name outranks its alternate names ("Mexico" the country, not the city).
      double own = gazetteer.ownKey(i).equals(key) ? 1.0 : 0.95;
      out.putIfAbsent(i, new Match(own * weight, precision, "exact"));
    }
    String loose = NameKeys.loose(name);
    if (loose.length() >= 2) {
      for (int i : gazetteer.looseMatches(loose)) {
        if (!out.containsKey(i) && looseFilter.test(i)) {
          // Loose keys collide often; the closer the spelling, the better the reading.
          double sim = similarity(key, gazetteer.nameKey(i));
          out.put(i, new Match((0.4 + 0.5 * sim) * weight, precision, "loose"));
        }
      }
    }
    return out;
  }

  /** True when the hints name a district, a sub-district or a governorate. */
  private static boolean hasAreaHint(Context ctx) {
    return !ctx.admin2s().isEmpty() || ctx.areaCentre() != null || !ctx.admin1s().isEmpty();
  }

  /** True when the place lies in the most specific area the hints name. */
  private boolean inArea(int i, Context ctx) {
    if (!ctx.admin2s().isEmpty()) {
      return ctx.admin2s().contains(gazetteer.admin2Index(i))
          || (ctx.admin1s().contains(gazetteer.admin1Index(i)) && beyondAdmin2(i, ctx) == 0);
    }
    if (ctx.areaCentre() != null) {
      return Place.distanceKm(
              gazetteer.lat(i), gazetteer.lon(i), ctx.areaCentre()[0], ctx.areaCentre()[1])
          <= AREA_RADIUS_KM;
    }
    return ctx.admin1s().contains(gazetteer.admin1Index(i));
  }

  /** The least distance by which the place lies beyond the reach of a hinted district. */
  private double beyondAdmin2(int i, Context ctx) {
    double best = Double.MAX_VALUE;
    for (int a : ctx.admin2s()) {
      best = Math.min(best, gazetteer.beyondAdmin2Km(i, a));
    }
    return best;
  }

  /** True when an exact or alias reading lies in a hinted first-level area. */
  private boolean exactInAdmin1(Map<Integer, Match> matches, Context ctx) {
    for (Map.Entry<Integer, Match> e : matches.entrySet()) {
      String how = e.getValue().how();
      if ((how.equals("exact") || how.equals("alias"))
          && ctx.admin1s().contains(gazetteer.admin1Index(e.getKey()))) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesInArea(Map<Integer, Match> matches, Context ctx) {
    for (Map.Entry<Integer, Match> e : matches.entrySet()) {
      String how = e.getValue().how();
      if ((how.equals("exact") || how.equals("alias") || how.equals("site"))
          && inArea(e.getKey(), ctx)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Readings tried only inside the hinted area, when no exact one lies there: the name with a
   * direction word turned into the Arabic suffix gazetteers use ("Eastern Ghariyah" is "Ghariyah
   * ash Sharqiyah") or dropped, the name under a generic head word that gazetteers add and reports
   * leave out ("Tall", "Bir", "Khirbat"), and places of the area whose names are spelled nearly
   * alike.
   */
  Map<Integer, Match> areaFallbacks(String raw, PlaceQuery q, Context ctx) {
    Map<Integer, Match> out = new LinkedHashMap<>();
    java.util.function.IntPredicate in = i -> inArea(i, ctx);
    List<String> words = new ArrayList<>(List.of(q.name().split("[\\s\\-]+")));
    // The type-word parse drops a leading direction ("Eastern X"): here it says which X.
    String lead = raw.strip().split("[\\s\\-]+")[0];
    if (DIRECTION_SUFFIXES.containsKey(lead.toLowerCase(Locale.ROOT).replaceFirst("ern$", ""))
        && !lead.equalsIgnoreCase(words.get(0))) {
      words.add(0, lead);
    }
    if (words.size() > 1) {
      String first = words.get(0).toLowerCase(Locale.ROOT);
      String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
      List<String> suffixes = DIRECTION_SUFFIXES.get(first.replaceFirst("ern$", ""));
      String rest = String.join(" ", words.subList(1, words.size()));
      if (suffixes == null) {
        suffixes = DIRECTION_SUFFIXES.get(last.replaceFirst("ern$", ""));
        rest = String.join(" ", words.subList(0, words.size() - 1));
      }
      if (suffixes != null) {
        for (String suffix : suffixes) {
          addInArea(out, gather(rest + " " + suffix, q.precision(), 0.95, in), in);
        }
        addInArea(out, gather(rest, Math.max(2, q.precision()), 0.8, in), in);
      }
    }
    String key = NameKeys.strict(q.name());
    int space = key.indexOf(' ');
    if (space > 0 && HEADS_OF_SITES.contains(key.substring(0, space))) {
      // "Tall Hudhan", "Jabal Batra": a hill or a well named after the village next to it.
      addInArea(
          out,
          exactOnly(gather(key.substring(space + 1), Math.max(2, q.precision()), 0.8, in)),
          in);
    } else {
      for (String head : GENERIC_HEADS) {
        addInArea(out, exactOnly(gather(head + " " + q.name(), q.precision(), 0.85, in)), in);
      }
    }
    String loose = NameKeys.loose(q.name());
    if (key.length() >= 4) {
      for (int i : gazetteer.placesInArea(ctx.admin2s(), ctx.admin1s())) {
        if (out.containsKey(i) || !gazetteer.featureClass(i).equals("P") || !in.test(i)) {
          continue;
        }
        double spelling = 0;
        for (String k : gazetteer.areaStrictKeys(i)) {
          spelling = Math.max(spelling, similarity(key, k));
        }
        double skeleton = 0;
        for (String k : gazetteer.areaLooseKeys(i)) {
          skeleton = Math.max(skeleton, similarity(loose, k));
        }
        double sim = Math.max(spelling, skeleton - 0.05);
        // Transliterations of one Arabic name differ in their vowels far more than in their
        // consonants: of look-alikes spelled about as near, the one whose consonants agree too
        // ranks first ("Tell Jayir" is Tall al Jabir, not Tall Tamr, though both are two letters
        // off). Whether a look-alike is kept at all stays a matter of the nearer spelling.
        double rank = (sim + skeleton) / 2;
        for (String k : gazetteer.areaStrictKeys(i)) {
          String inner = innerName(k, key);
          if (inner != null) {
            double within = similarity(key, inner) - WITHIN_LONGER;
            sim = Math.max(sim, within);
            rank = Math.max(rank, within);
          }
        }
        if (sim >= FUZZY_MIN) {
          out.put(i, new Match(0.3 + 0.5 * rank, q.precision(), "fuzzy"));
        }
      }
    }
    return out;
  }

  /** What a reading found inside a longer name in the area loses to one spelled whole. */
  static final double WITHIN_LONGER = 0.1;

  /**
   * The part of an area place's strict key that a name may stand for when reports shorten it: the
   * key without its head word ("tal abu rasin" for "abu rasen") or its first words, as many as the
   * name has, when more follow ("abu ubaydah jarrah" for "abu ubaydah"); null when the key is no
   * longer than the name.
   */
  static String innerName(String placeKey, String nameKey) {
    String[] words = placeKey.split(" ");
    int n = nameKey.split(" ").length;
    if (words.length <= n) {
      return null;
    }
    if (HEADS_OF_SITES.contains(words[0]) || GENERIC_HEADS.contains(words[0])) {
      String rest = placeKey.substring(words[0].length() + 1);
      if (words.length - 1 == n) {
        return rest;
      }
    }
    return String.join(" ", java.util.Arrays.copyOf(words, n));
  }

  /**
   * Without the loose readings: under an added or removed head word, loose keys meet unrelated
   * names ("Khirbat Taanah" and "Khirbat Tuwayni" share one).
   */
  private static Map<Integer, Match> exactOnly(Map<Integer, Match> found) {
    found.values().removeIf(m -> m.how().equals("loose"));
    return found;
  }

  private static void addInArea(
      Map<Integer, Match> out, Map<Integer, Match> found, java.util.function.IntPredicate in) {
    found.forEach(
        (i, m) -> {
          if (in.test(i)) {
            out.putIfAbsent(i, m);
          }
        });
  }

  // "Eastern X" is written "X ash Sharqiyah" (feminine) or "X Sharqi" (masculine) in gazetteers.
  private static final Map<String, List<String>> DIRECTION_SUFFIXES =
      Map.of(
          "east", List.of("sharqiyah", "sharqi"),
          "west", List.of("gharbiyah", "gharbi"),
          "north", List.of("shamaliyah", "shamali"),
          "south", List.of("janubiyah", "janubi", "qibliyah", "qibli"),
          "upper", List.of("fawqani", "fawqa"),
          "lower", List.of("tahtani", "tahta"),
          "sharqiyah", List.of(),
          "gharbiyah", List.of(),
          "shamaliyah", List.of(),
          "janubiyah", List.of());

  // Head words gazetteers put before a village's name that reports often leave out.
  private static final List<String> GENERIC_HEADS =
      List.of("tall", "bir", "khirbat", "mazraat", "mukhayyam");

  // Strict-key head words of hills, wells, ruins and springs named after a village, and of sites
  // named after one in transliterated Arabic: airport (matar), dam (sadd), field (haql), prison
  // (sijn), crossing (maabar), checkpoint (hajiz), bridge (jisr), roundabout (duwwar).
  private static final Set<String> HEADS_OF_SITES =
      Set.of(
          "tal", "jabal", "bir", "khirbat", "mazraat", "ayn", "wadi", "sahl", "qalat", "matar",
          "sadd", "haql", "sijn", "maabar", "hajiz", "jisr", "duwwar");

  /** A sub-district's reach around its centre. */
  static final double AREA_RADIUS_KM = 25;

  /** Weight of an area-scan look-alike when the name is spelled so elsewhere in the governorate. */
  static final double FUZZY_BESIDE_EXACT = 0.6;

  /** Least spelling similarity for a reading found by scanning the hinted area. */
  static final double FUZZY_MIN = 0.75;

  /**
   * The spellings a name offers: itself, and where it gives alternatives ("Abu Hayj/Khalidiyah",
   * "Aaliyah (Qurujah)") each alternative, with the type words of the whole.
   */
  static List<String> variants(String name) {
    List<String> out = new ArrayList<>();
    out.add(name);
    int open = name.indexOf('(');
    int close = name.indexOf(')', open + 1);
    if (open >= 0 && close > open) {
      String outside = (name.substring(0, open) + name.substring(close + 1)).strip();
      String inside = name.substring(open + 1, close).strip();
      addVariant(out, outside);
      addVariant(out, inside);
    }
    if (name.indexOf('/') >= 0) {
      String[] parts = name.split("/");
      for (String part : parts) {
        addVariant(out, part.replaceAll("[()]", " ").strip());
      }
      // "Tall Cerce/Jerji": an alternative shorter than the name before it replaces its last
      // words ("Tall Jerji"), keeping the head word both spellings share.
      String[] first = parts[0].strip().split("\\s+");
      for (int k = 1; k < parts.length; k++) {
        String[] alt = parts[k].replaceAll("[()]", " ").strip().split("\\s+");
        if (alt.length >= 1 && !alt[0].isEmpty() && alt.length < first.length) {
          String head = String.join(" ", java.util.Arrays.copyOf(first, first.length - alt.length));
          addVariant(out, head + " " + String.join(" ", alt));
        }
      }
    }
    return out;
  }

  private static void addVariant(List<String> out, String v) {
    String q = PlaceQuery.parse(v).name();
    if (!q.isEmpty() && !out.contains(q)) {
      out.add(q);
    }
  }

  /**
   * True for a word that heads names of hills, wells, ruins and farms ("Tall", "Jabal", "Bir"):
   * alone, it names the one town called so, never the hill named with it.
   */
  private static boolean isHeadWord(String word) {
    String key = NameKeys.strict(word);
    return HEADS_OF_SITES.contains(key) || GENERIC_HEADS.contains(key);
  }

  private Map<Integer, Match> partialMatches(String name, int precision) {
    List<String> words = List.of(name.split("[\\s\\-/()]+"));
    for (int len = words.size() - 1; len >= 1; len--) {
      Map<Integer, Match> found = new LinkedHashMap<>();
      for (int start = 0; start + len <= words.size(); start++) {
        String part = String.join(" ", words.subList(start, start + len));
        if (len == 1
            && (part.length() < 4
                || Character.isDigit(part.charAt(0))
                || Words.COMMON.contains(part.toLowerCase(Locale.ROOT))
                || isHeadWord(part))) {
          continue;
        }
        gather(part, Math.max(2, precision), 0.5).entrySet().stream()
            .filter(e -> !e.getValue().how().equals("loose"))
            .forEach(e -> found.putIfAbsent(e.getKey(), e.getValue()));
      }
      if (!found.isEmpty()) {
        found.replaceAll((k, m) -> new Match(m.quality(), m.precision(), "partial " + m.how()));
        return found;
      }
    }
    return Map.of();
  }

  List<Ranked> score(Map<Integer, Match> matches, PlaceQuery q, Context ctx) {
    List<Ranked> out = new ArrayList<>(matches.size());
    for (Map.Entry<Integer, Match> e : matches.entrySet()) {
      int i = e.getKey();
      Match m = e.getValue();
      StringBuilder why = new StringBuilder(m.how());
      double country = 0.5;
      if (!ctx.countries().isEmpty()) {
        String cc = gazetteer.countryCode(i);
        // Continents and oceans lie in no country: neither helped nor hurt by the hint.
        country = cc.isEmpty() ? 0.5 : ctx.countries().contains(cc) ? 1 : ctx.countryMismatch();
        if (country == 1) {
          why.append("; country");
        }
      }
      // How far beyond the hinted districts' reach the place lies (0 within it); NaN when the
      // place is in a hinted district or no district is hinted.
      boolean inAdmin2 = ctx.admin2s().contains(gazetteer.admin2Index(i));
      double beyond = inAdmin2 || ctx.admin2s().isEmpty() ? Double.NaN : beyondAdmin2(i, ctx);
      double admin1 = 0.5;
      if (ctx.admin1Given()) {
        // A district hint names its governorate too: a place within the hinted district's reach
        // lies in that governorate whatever another source's governorate line says.
        admin1 =
            ctx.admin1s().contains(gazetteer.admin1Index(i)) || inAdmin2 || beyond == 0 ? 1 : 0;
        if (admin1 == 1) {
          why.append("; admin1");
        }
      }
      double admin2 = 0.5;
      if (!ctx.admin2s().isEmpty()) {
        if (inAdmin2) {
          admin2 = 1;
          why.append("; admin2");
        } else {
          // District lines differ between sources: a place just across one is still likely.
          admin2 = 0.6 * Math.exp(-beyond / 10.0);
        }
      } else if (ctx.areaCentre() != null) {
        double d =
            Place.distanceKm(
                gazetteer.lat(i), gazetteer.lon(i), ctx.areaCentre()[0], ctx.areaCentre()[1]);
        // A sub-district spans some 10-25 km around its centre.
        admin2 = Math.exp(-d / 20.0);
        if (admin2 > 0.5) {
          why.append("; area");
        }
      }
      double wAdmin2 = ctx.admin2s().isEmpty() && ctx.areaCentre() == null ? 0 : W_HINT;
      // "X village", "X town" names a settlement: a district or sub-district of the same name
      // is the wrong kind of place, more than a little.
      double wType = q.typed() && q.precision() == 1 ? W_TYPE_SETTLEMENT : W_TYPE;
      // With a district to look in, homonyms are few and spelling decides more.
      double wMatch = wAdmin2 > 0 ? W_MATCH_IN_AREA : W_MATCH;
      String code = gazetteer.featureCode(i);
      double importance = importance(code, gazetteer.population(i));
      if (m.how().endsWith(NAMED_AFTER_TAG)) {
        // A city's size says nothing of whether its airport or the city is meant.
        importance = Math.min(importance, importance("", 0));
      }
      if (m.how().equals("loose") || m.how().equals("fuzzy")) {
        // A spelling that only the loose key unifies, or only similarity finds, is weak evidence;
        // a big place must not win on its size alone ("Shaddadi" is not Chad, whose loose key it
        // shares; a look-alike of a village is not the sub-district seat spelled about as near).
        importance *= m.quality();
      }
      // A site read by its whole name is the kind of place the type word asks for, unless the
      // word asks for a settlement ("Tall X village"); the place a known site is named after
      // is not.
      double type;
      if (m.how().equals("site")) {
        type = q.precision() == 1 ? 0.3 : 1;
      } else if (m.how().endsWith(NAMED_AFTER_TAG)) {
        type = 0.3;
      } else {
        type = typeFit(q, gazetteer.featureClass(i), code);
      }
      double nearby = 0.5;
      if (!ctx.nearby().isEmpty()) {
        double best = 0;
        double lat = gazetteer.lat(i);
        double lon = gazetteer.lon(i);
        double nearest = Double.MAX_VALUE;
        // Only a country or first-level area can contain the document's places: the others
        // skip the test for each of them.
        boolean region = code.startsWith("PCL") || code.equals("ADM1");
        for (Place p : ctx.nearby()) {
          // The latitude difference alone bounds the distance from below: a place that cannot
          // be nearer than the nearest so far needs no great-circle distance.
          if (Math.abs(lat - p.lat()) * KM_PER_DEGREE_BELOW < nearest) {
            nearest = Math.min(nearest, Place.distanceKm(lat, lon, p.lat(), p.lon()));
          }
          if (region && contains(i, code, p)) {
            // A country containing the document's places is as good as near them; a province
            // only somewhat, so that "Raqqa" stays the city rather than the governorate.
            best = Math.max(best, code.equals("ADM1") ? 0.5 : 1);
          }
        }
        best = Math.max(best, Math.exp(-nearest / 150.0));
        if (best > 0.5) {
          why.append("; near");
        }
        nearby = best;
      }
      // A type word ("village", "camp") already says how big the place is: size matters less.
      double wImportance = q.typed() ? W_IMPORTANCE / 2 : W_IMPORTANCE;
      double total =
          wMatch
              + ctx.countryWeight()
              + ctx.admin1Weight()
              + wAdmin2
              + wImportance
              + wType
              + W_NEARBY;
      double s =
          (wMatch * m.quality()
                  + ctx.countryWeight() * country
                  + ctx.admin1Weight() * admin1
                  + wAdmin2 * admin2
                  + wImportance * importance
                  + wType * type
                  + W_NEARBY * nearby)
              / total;
      // A site read by its whole name is located as exactly as the table places it.
      int precision =
          Math.max(
              m.how().equals("site") ? m.precision() : Math.max(m.precision(), q.precision()),
              intrinsicPrecision(code));
      out.add(new Ranked(i, Math.min(1, Math.max(0, s)), precision, why.toString()));
    }
    // Best score first, then the larger place, then the better documented (of two homonyms alike
    // in all else, more often the one meant), then the lower index; written out, as every
    // distinct name of every document is sorted here.
    out.sort(
        (a, b) -> {
          int c = Double.compare(b.score(), a.score());
          if (c == 0) {
            c = Long.compare(-gazetteer.population(a.index()), -gazetteer.population(b.index()));
          }
          if (c == 0) {
            c = Integer.compare(gazetteer.spellings(b.index()), gazetteer.spellings(a.index()));
          }
          return c != 0 ? c : Integer.compare(a.index(), b.index());
        });
    return out.size() > MAX_CANDIDATES ? List.copyOf(out.subList(0, MAX_CANDIDATES)) : out;
  }

  // Slightly under the km in a degree of latitude on the mean earth sphere (111.195), so that
  // the bound stays below every great-circle distance despite rounding.
  private static final double KM_PER_DEGREE_BELOW = 111.19;

  /** 1 minus the edit distance over the longer length, in [0, 1]. */
  static double similarity(String a, String b) {
    int n = a.length();
    int m = b.length();
    if (n == 0 || m == 0) {
      return n == m ? 1 : 0;
    }
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return 1 - prev[m] / (double) Math.max(n, m);
  }

  /** How prominent a place is, in [0, 1]: its feature type or its population. */
  static double importance(String code, long population) {
    double byCode =
        switch (code) {
          case "PCLI", "PCL", "PCLD", "PCLS", "PCLF", "PCLIX", "TERR", "CONT" -> 1.0;
          // Above a first-level area: "Red Sea" is the sea more often than the province.
          case "RGN", "OCN", "SEA", "GULF", "STM" -> 0.7;
          case "PPLC" -> 0.9;
          case "ADM1" -> 0.65;
          case "PPLA" -> 0.7;
          case "PPLA2" -> 0.5;
          case "ADM2" -> 0.45;
          case "PPLA3" -> 0.35;
          case "ADM3" -> 0.3;
          default -> 0.15;
        };
    // 1,000 people count 0, 10 million 1: hamlets must not outweigh other evidence.
    double byPopulation = Math.max(0, Math.min(1, (Math.log10(population + 1.0) - 3) / 4));
    return Math.max(byCode, byPopulation);
  }

  private static double typeFit(PlaceQuery q, String featureClass, String code) {
    boolean region = code.startsWith("PCL") || code.equals("ADM1") || isLargeArea(code);
    if (q.precision() == 3) {
      return region ? 1 : 0.2;
    }
    if (q.typed()) {
      // "X village", "X airbase": the town itself or the town the site is named after.
      return featureClass.equals("P") ? 1 : 0.3;
    }
    return featureClass.equals("P") || region ? 0.8 : 0.5;
  }

  /** True when the country or first-level area at {@code i} contains {@code p}. */
  private boolean contains(int i, String code, Place p) {
    if (code.startsWith("PCL")) {
      return gazetteer.countryCode(i).equals(p.countryCode());
    }
    if (code.equals("ADM1")) {
      int a = gazetteer.admin1Index(i);
      return a >= 0
          && gazetteer.countryCode(i).equals(p.countryCode())
          && gazetteer.place(i).admin1().equals(p.admin1());
    }
    return false;
  }

  static boolean isRegion(String code) {
    return code.startsWith("PCL") || code.equals("ADM1") || isLargeArea(code);
  }

  /**
   * True for the wide features of Sijil's own alias table, which no single point places:
   * continents, regions ("Middle East", "Levant", "Syrian Desert"), seas, oceans, gulfs and rivers.
   */
  static boolean isLargeArea(String code) {
    return switch (code) {
      case "CONT", "RGN", "OCN", "SEA", "GULF", "STM" -> true;
      default -> false;
    };
  }

  /** ACLED precision implied by the place's own type: regions 3, districts 2, others 1. */
  static int intrinsicPrecision(String code) {
    if (code.startsWith("PCL") || code.equals("ADM1") || code.equals("TERR") || isLargeArea(code)) {
      return 3;
    }
    if (code.equals("ADM2") || code.equals("ADM3") || code.equals("PPLX")) {
      return 2;
    }
    return 1;
  }

  /** Hints in the resolver's terms. */
  /**
   * @param admin2s the hinted districts; empty when none was given or none is known
   * @param areaCentre the point of a hinted sub-district that is no known district, or null
   * @param countryMismatch the country score of a candidate outside {@code countries}: 0 for a
   *     caller's hint, more for countries a document merely mentions
   */
  record Context(
      Set<String> countries,
      Set<Integer> admin1s,
      Set<Integer> admin2s,
      double[] areaCentre,
      Collection<Place> nearby,
      boolean admin1Given,
      double countryMismatch,
      double countryWeight,
      double admin1Weight) {
    static final Context EMPTY =
        new Context(
            Set.of(), Set.of(), Set.of(), null, List.of(), false, 0, W_EVIDENCE, W_EVIDENCE);

    /** What a document suggests: the countries it names, the places it names. */
    static Context evidence(Set<String> countries, Collection<Place> nearby) {
      return new Context(
          countries, Set.of(), Set.of(), null, nearby, false, 0.4, W_EVIDENCE, W_EVIDENCE);
    }
  }

  /** How a name matched a place. */
  record Match(double quality, int precision, String how) {
    /**
     * The better of two readings of one place: one by a spelled key (exact, alias, site) over one
     * by the loose key alone, else the higher quality, else this one.
     */
    Match better(Match other) {
      boolean loose = how.equals("loose");
      if (loose != other.how.equals("loose")) {
        return loose ? other : this;
      }
      return other.quality > quality ? other : this;
    }
  }

  /** A scored candidate by gazetteer index. */
  record Ranked(int index, double score, int precision, String reason) {
    PlaceCandidate candidate(Gazetteer g) {
      Place p = g.place(index);
      return new PlaceCandidate(
          p,
          Math.round(score * 10000) / 10000.0,
          reason + "; p" + precision,
          p.isRegion() ? 3 : Math.min(3, Math.max(1, precision)));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "#%d %.3f %s", index, score, reason);
    }
  }
}
