package org.sijil.resolve.geo;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.sijil.model.geo.Place;

/**
 * The place gazetteer: GeoNames cities500, countries, first-level areas of the world and the richer
 * Syria/Iraq/Turkey/Lebanon/Jordan data, with every name indexed under its {@link NameKeys}.
 *
 * <p>Built by {@code scripts/build-gazetteer.sh} into the resource {@code
 * org/sijil/resolve/geo/gazetteer.bin}; {@link #bundled()} loads it once per JVM. Its data are
 * immutable after loading (only a cache of the names' keys fills in as they are asked for) and it
 * is safe to share between threads.
 */
public final class Gazetteer {
  static final String RESOURCE = "/org/sijil/resolve/geo/gazetteer.bin";

  private static final int[] NONE = new int[0];

  private final String version;
  private final String provenance;
  private final String[] admin1Name;
  private final String[] admin1Country;
  private final Map<String, int[]> admin1ByKey;
  private final String[] admin2Name;
  private final Map<String, int[]> admin2ByKey;
  private final long[] ids;
  private final String[] names;
  private final float[] lats;
  private final float[] lons;
  private final String[] countries;
  private final int[] admin1;
  private final int[] admin2;
  private final String[] classes;
  private final String[] codes;
  private final long[] populations;
  private final KeyIndex strict;
  private final KeyIndex loose;
  private final Map<String, int[][]> aliases;
  // Strict keys of names, computed on first use; a race only computes a key twice, and Strings
  // are safe to publish without locks.
  private final String[] nameKeys;
  private final String[] ownKeys;
  private final String[] looseKeys;
  // Places by district and by first-level area, for scans of a hinted area: CSR arrays.
  private final int[] byAdmin2Start;
  private final int[] byAdmin2;
  private final int[] byAdmin1Start;
  private final int[] byAdmin1;
  // Per district: the mean point of its places and their mean distance from it (km).
  private final double[] admin2Lat;
  private final double[] admin2Lon;
  private final double[] admin2Spread;
  // Per place: how many distinct strict keys its names have, at most 255.
  private final byte[] spellings;

  private Gazetteer(DataInputStream d) throws IOException {
    int magic = d.readInt();
    if (magic != GazetteerWriter.MAGIC) {
      throw new IOException(
          "expected a Sijil gazetteer (magic "
              + Integer.toHexString(GazetteerWriter.MAGIC)
              + "), found magic "
              + Integer.toHexString(magic));
    }
    int format = d.readInt();
    if (format != GazetteerWriter.FORMAT) {
      throw new IOException(
          "expected gazetteer format " + GazetteerWriter.FORMAT + ", found " + format);
    }
    version = d.readUTF();
    byte[] prov = new byte[d.readInt()];
    d.readFully(prov);
    provenance = new String(prov, StandardCharsets.UTF_8);
    String[] pool = new String[d.readInt()];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = d.readUTF().intern();
    }
    int nAdmin1 = d.readInt();
    admin1Name = new String[nAdmin1];
    admin1Country = new String[nAdmin1];
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < nAdmin1; i++) {
      admin1Country[i] = pool[d.readShort()];
      admin1Name[i] = d.readUTF();
      int nk = d.readInt();
      for (int k = 0; k < nk; k++) {
        byKey.computeIfAbsent(d.readUTF(), x -> new ArrayList<>()).add(i);
      }
    }
    admin1ByKey = toArrays(byKey);
    int nAdmin2 = d.readInt();
    admin2Name = new String[nAdmin2];
    Map<String, List<Integer>> byKey2 = new HashMap<>();
    for (int i = 0; i < nAdmin2; i++) {
      d.readShort(); // country, implied by the places inside
      admin2Name[i] = d.readUTF();
      int nk = d.readInt();
      for (int k = 0; k < nk; k++) {
        byKey2.computeIfAbsent(d.readUTF(), x -> new ArrayList<>()).add(i);
      }
    }
    admin2ByKey = toArrays(byKey2);
    int n = d.readInt();
    ids = new long[n];
    names = new String[n];
    lats = new float[n];
    lons = new float[n];
    countries = new String[n];
    admin1 = new int[n];
    admin2 = new int[n];
    classes = new String[n];
    codes = new String[n];
    populations = new long[n];
    for (int i = 0; i < n; i++) {
      ids[i] = d.readLong();
      names[i] = d.readUTF();
      lats[i] = d.readFloat();
      lons[i] = d.readFloat();
      countries[i] = pool[d.readShort()];
      admin1[i] = d.readInt();
      admin2[i] = d.readInt();
      classes[i] = pool[d.readShort()];
      codes[i] = pool[d.readShort()];
      populations[i] = d.readLong();
    }
    strict = KeyIndex.read(d);
    spellings = strict.countPerPlace(n);
    loose = KeyIndex.read(d);
    int na = d.readInt();
    Map<String, List<int[]>> al = new HashMap<>();
    for (int i = 0; i < na; i++) {
      String key = d.readUTF();
      int place = d.readInt();
      int precision = d.readByte();
      al.computeIfAbsent(key, x -> new ArrayList<>()).add(new int[] {place, precision});
    }
    aliases = new HashMap<>();
    al.forEach((k, v) -> aliases.put(k, v.toArray(new int[0][])));
    nameKeys = new String[n];
    ownKeys = new String[n];
    looseKeys = new String[n];
    byAdmin2Start = new int[nAdmin2 + 1];
    byAdmin2 = group(admin2, byAdmin2Start);
    byAdmin1Start = new int[nAdmin1 + 1];
    byAdmin1 = group(admin1, byAdmin1Start);
    admin2Lat = new double[nAdmin2];
    admin2Lon = new double[nAdmin2];
    admin2Spread = new double[nAdmin2];
    for (int a = 0; a < nAdmin2; a++) {
      int from = byAdmin2Start[a];
      int to = byAdmin2Start[a + 1];
      if (to == from) {
        continue;
      }
      double la = 0;
      double lo = 0;
      for (int k = from; k < to; k++) {
        la += lats[byAdmin2[k]];
        lo += lons[byAdmin2[k]];
      }
      admin2Lat[a] = la / (to - from);
      admin2Lon[a] = lo / (to - from);
      double spread = 0;
      for (int k = from; k < to; k++) {
        int i = byAdmin2[k];
        spread += Place.distanceKm(lats[i], lons[i], admin2Lat[a], admin2Lon[a]);
      }
      admin2Spread[a] = spread / (to - from);
    }
  }

  /**
   * How far the place lies beyond the usual reach of district {@code a}: its distance from the
   * district's mean point less 1.5 times the places' mean distance from it, in km, at least 0.
   */
  double beyondAdmin2Km(int i, int a) {
    double d = Place.distanceKm(lats[i], lons[i], admin2Lat[a], admin2Lon[a]);
    return Math.max(0, d - 1.5 * admin2Spread[a]);
  }

  /** Place indices grouped by {@code area[i]} (negative: none); fills {@code start}. */
  private static int[] group(int[] area, int[] start) {
    for (int a : area) {
      if (a >= 0) {
        start[a + 1]++;
      }
    }
    for (int k = 1; k < start.length; k++) {
      start[k] += start[k - 1];
    }
    int[] out = new int[start[start.length - 1]];
    int[] fill = Arrays.copyOf(start, start.length - 1);
    for (int i = 0; i < area.length; i++) {
      if (area[i] >= 0) {
        out[fill[area[i]]++] = i;
      }
    }
    return out;
  }

  /**
   * The places in the given districts, or when none is given in the given first-level areas, in
   * index order; may repeat none.
   */
  int[] placesInArea(java.util.Set<Integer> admin2s, java.util.Set<Integer> admin1s) {
    boolean districts = !admin2s.isEmpty();
    int[] start = districts ? byAdmin2Start : byAdmin1Start;
    int[] all = districts ? byAdmin2 : byAdmin1;
    int total = 0;
    for (int a : districts ? admin2s : admin1s) {
      total += start[a + 1] - start[a];
    }
    int[] out = new int[total];
    int p = 0;
    for (int a : districts ? admin2s : admin1s) {
      System.arraycopy(all, start[a], out, p, start[a + 1] - start[a]);
      p += start[a + 1] - start[a];
    }
    return out;
  }

  /**
   * Every strict key (names and alternate names) of a place in a district, for spelling scans of a
   * hinted area; empty for places outside the focus countries.
   */
  String[] areaStrictKeys(int i) {
    return areaKeys().strict()[i];
  }

  /** As {@link #areaStrictKeys}, the loose keys. */
  String[] areaLooseKeys(int i) {
    return areaKeys().loose()[i];
  }

  private AreaKeys areaKeys() {
    AreaKeys k = areaKeys;
    if (k == null) {
      synchronized (this) {
        k = areaKeys;
        if (k == null) {
          k = new AreaKeys(strict.byPlace(admin2), loose.byPlace(admin2));
          areaKeys = k;
        }
      }
    }
    return k;
  }

  private record AreaKeys(String[][] strict, String[][] loose) {}

  // Built on the first scan of an area (only locate with district or governorate hints needs it).
  private volatile AreaKeys areaKeys;

  /**
   * How many distinct spellings (strict keys) the place's names have, 1 to 255: how much the
   * sources have written about it. Of two homonyms otherwise alike, the better documented one is
   * more often the one reports mean.
   */
  int spellings(int i) {
    return spellings[i] & 0xFF;
  }

  /** The loose key of the place's name. */
  String looseKey(int i) {
    String k = looseKeys[i];
    if (k == null) {
      k = NameKeys.loose(names[i]);
      looseKeys[i] = k;
    }
    return k;
  }

  private static Map<String, int[]> toArrays(Map<String, List<Integer>> byKey) {
    Map<String, int[]> out = new HashMap<>();
    byKey.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  /**
   * The gazetteer bundled with Sijil, loaded on first use and cached for the life of the JVM.
   *
   * @throws IllegalStateException when the resource is missing or unreadable (run {@code
   *     scripts/build-gazetteer.sh})
   */
  public static Gazetteer bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final Gazetteer INSTANCE = load();

    private static Gazetteer load() {
      try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "expected the classpath resource "
                  + RESOURCE
                  + ", found none; run scripts/build-gazetteer.sh");
        }
        return read(in);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read bundled gazetteer " + RESOURCE, e);
      }
    }
  }

  /** Reads a gazetteer in the format written by {@link GazetteerWriter}; leaves {@code in} open. */
  public static Gazetteer read(InputStream in) throws IOException {
    DataInputStream d =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
    return new Gazetteer(d);
  }

  /** The version label recorded by the build. */
  public String version() {
    return version;
  }

  /** The sources, their versions and the build date, as recorded by the build. */
  public String provenance() {
    return provenance;
  }

  /** The number of places. */
  public int size() {
    return ids.length;
  }

  /** The place at {@code index}, in [0, {@link #size()}). */
  public Place place(int index) {
    int a = admin1[index];
    int d = admin2[index];
    return new Place(
        ids[index],
        names[index],
        lats[index],
        lons[index],
        countries[index],
        a < 0 ? "" : admin1Name[a],
        classes[index],
        codes[index],
        populations[index],
        d < 0 ? "" : admin2Name[d]);
  }

  /** Places whose names have this exact strict key. */
  int[] strictMatches(String key) {
    return strict.get(key);
  }

  /** Places whose names have this loose key. */
  int[] looseMatches(String key) {
    return loose.get(key);
  }

  /** Alias entries for this strict key: pairs {place index, precision}. */
  int[][] aliasMatches(String key) {
    int[][] a = aliases.get(key);
    return a == null ? new int[0][] : a;
  }

  /** True when some name, alias or loose name starts with this strict key followed by a space. */
  boolean hasStrictPrefix(String keyPrefix) {
    return strict.hasPrefix(keyPrefix + " ");
  }

  /** First-level areas whose names have the strict or loose key of {@code admin1Name}. */
  int[] admin1Matching(String name) {
    String stripped = PlaceQuery.stripAdminWords(name);
    int[] s = admin1ByKey.get(NameKeys.strict(stripped));
    if (s != null) {
      return s;
    }
    int[] l = admin1ByKey.get("~" + NameKeys.loose(stripped));
    return l == null ? NONE : l;
  }

  /**
   * Second-level areas (districts) whose names have the strict or loose key of {@code name}; only
   * the focus countries have them.
   */
  int[] admin2Matching(String name) {
    String stripped = PlaceQuery.stripAdminWords(name);
    int[] s = admin2ByKey.get(NameKeys.strict(stripped));
    if (s != null) {
      return s;
    }
    int[] l = admin2ByKey.get("~" + NameKeys.loose(stripped));
    return l == null ? NONE : l;
  }

  /** The district of the place, or -1 when unknown. */
  int admin2Index(int i) {
    return admin2[i];
  }

  /** The display name of district {@code a}. */
  String admin2Name(int a) {
    return admin2Name[a];
  }

  /** The strict key of the place's name. */
  String nameKey(int i) {
    String k = nameKeys[i];
    if (k == null) {
      k = NameKeys.strict(names[i]);
      nameKeys[i] = k;
    }
    return k;
  }

  /**
   * The strict key of the place's own name: its name up to a comma ("Mexico" of "Mexico, D.F.").
   */
  String ownKey(int i) {
    String k = ownKeys[i];
    if (k == null) {
      int comma = names[i].indexOf(',');
      k = comma > 0 ? NameKeys.strict(names[i].substring(0, comma)) : nameKey(i);
      ownKeys[i] = k;
    }
    return k;
  }

  float lat(int i) {
    return lats[i];
  }

  float lon(int i) {
    return lons[i];
  }

  String countryCode(int i) {
    return countries[i];
  }

  int admin1Index(int i) {
    return admin1[i];
  }

  /** How many first-level areas the gazetteer knows. */
  int admin1Count() {
    return admin1Name.length;
  }

  /**
   * The name of first-level area {@code a}, as GeoNames' admin-1 table gives it ("Homs", "Wāsiţ").
   */
  String admin1Name(int a) {
    return admin1Name[a];
  }

  String admin1Country(int a) {
    return admin1Country[a];
  }

  String featureClass(int i) {
    return classes[i];
  }

  String featureCode(int i) {
    return codes[i];
  }

  long population(int i) {
    return populations[i];
  }

  String name(int i) {
    return names[i];
  }

  /** A sorted key array with postings; lookups by binary search. */
  private static final class KeyIndex {
    private final String[] keys;
    private final int[] offsets;
    private final int[] postings;

    private KeyIndex(String[] keys, int[] offsets, int[] postings) {
      this.keys = keys;
      this.offsets = offsets;
      this.postings = postings;
    }

    static KeyIndex read(DataInputStream d) throws IOException {
      int n = d.readInt();
      int total = d.readInt();
      String[] keys = new String[n];
      int[] offsets = new int[n + 1];
      int[] postings = new int[total];
      int p = 0;
      for (int i = 0; i < n; i++) {
        keys[i] = d.readUTF();
        int c = d.readUnsignedShort();
        offsets[i] = p;
        for (int j = 0; j < c; j++) {
          postings[p++] = readVarInt(d);
        }
      }
      offsets[n] = p;
      return new KeyIndex(keys, offsets, postings);
    }

    private static int readVarInt(DataInputStream d) throws IOException {
      int v = 0;
      for (int shift = 0; ; shift += 7) {
        int b = d.readUnsignedByte();
        v |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
    }

    int[] get(String key) {
      int i = Arrays.binarySearch(keys, key);
      return i < 0 ? NONE : Arrays.copyOfRange(postings, offsets[i], offsets[i + 1]);
    }

    /** The keys of each place whose {@code area} is set, by place; others get none. */
    /** Keys per place over {@code n} places, capped at 255. */
    byte[] countPerPlace(int n) {
      int[] count = new int[n];
      for (int j = 0; j < offsets[keys.length]; j++) {
        count[postings[j]]++;
      }
      byte[] out = new byte[n];
      for (int i = 0; i < n; i++) {
        out[i] = (byte) Math.min(255, count[i]);
      }
      return out;
    }

    String[][] byPlace(int[] area) {
      int[] count = new int[area.length];
      for (int k = 0; k < keys.length; k++) {
        for (int j = offsets[k]; j < offsets[k + 1]; j++) {
          if (area[postings[j]] >= 0) {
            count[postings[j]]++;
          }
        }
      }
      String[][] out = new String[area.length][];
      String[] empty = new String[0];
      for (int i = 0; i < out.length; i++) {
        out[i] = count[i] == 0 ? empty : new String[count[i]];
        count[i] = 0;
      }
      for (int k = 0; k < keys.length; k++) {
        for (int j = offsets[k]; j < offsets[k + 1]; j++) {
          int i = postings[j];
          if (area[i] >= 0) {
            out[i][count[i]++] = keys[k];
          }
        }
      }
      return out;
    }

    boolean hasPrefix(String prefix) {
      int i = Arrays.binarySearch(keys, prefix);
      int at = i >= 0 ? i : -i - 1;
      return at < keys.length && keys[at].startsWith(prefix);
    }
  }
}
