package org.sijil.resolve.geo;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Collects places, first-level areas and aliases and writes them as the compact binary resource
 * that {@link Gazetteer#read} loads. Computes every name's {@link NameKeys} here, so that loading
 * needs no normalisation. Not thread-safe; one writer serves one build.
 */
public final class GazetteerWriter {
  static final int MAGIC = 0x53474a31; // "SGJ1"
  static final int FORMAT = 2;

  private final String version;
  private final String provenance;
  private final List<String> admin1Country = new ArrayList<>();
  private final List<String> admin1Name = new ArrayList<>();
  private final List<Set<String>> admin1Keys = new ArrayList<>();
  private final List<String> admin2Country = new ArrayList<>();
  private final List<String> admin2Name = new ArrayList<>();
  private final List<Set<String>> admin2Keys = new ArrayList<>();
  private final List<PlaceRow> places = new ArrayList<>();
  private final TreeMap<String, Set<Integer>> strict = new TreeMap<>();
  private final TreeMap<String, Set<Integer>> loose = new TreeMap<>();
  private final List<AliasRow> aliases = new ArrayList<>();

  /**
   * @param version a short version label, e.g. {@code 2026-11-22+cities500-1.0.1}
   * @param provenance free text naming the sources, their versions and the build date
   */
  public GazetteerWriter(String version, String provenance) {
    this.version = Objects.requireNonNull(version, "version");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
  }

  /**
   * Adds a first-level administrative area known by {@code names} and returns its index.
   *
   * @param displayName the name shown on places inside it
   */
  public int addAdmin1(String countryCode, String displayName, Collection<String> names) {
    Set<String> keys = new LinkedHashSet<>();
    for (String n : names) {
      addKeys(keys, n);
    }
    addKeys(keys, displayName);
    admin1Country.add(countryCode);
    admin1Name.add(displayName);
    admin1Keys.add(keys);
    return admin1Name.size() - 1;
  }

  /**
   * Adds a second-level administrative area (a district) known by {@code names} and returns its
   * index.
   */
  public int addAdmin2(String countryCode, String displayName, Collection<String> names) {
    Set<String> keys = new LinkedHashSet<>();
    for (String n : names) {
      addKeys(keys, n);
    }
    addKeys(keys, displayName);
    admin2Country.add(countryCode);
    admin2Name.add(displayName);
    admin2Keys.add(keys);
    return admin2Name.size() - 1;
  }

  private static void addKeys(Set<String> keys, String name) {
    String s = NameKeys.strict(PlaceQuery.stripAdminWords(name));
    if (!s.isEmpty()) {
      keys.add(s);
      keys.add("~" + NameKeys.loose(PlaceQuery.stripAdminWords(name)));
    }
  }

  /**
   * Adds a place and indexes it under every name in {@code names} (its display name is added too).
   * Returns its index.
   *
   * @param admin1Index an index returned by {@link #addAdmin1}, or {@code -1}
   * @param admin2Index an index returned by {@link #addAdmin2}, or {@code -1}
   */
  public int addPlace(
      long id,
      String name,
      double lat,
      double lon,
      String countryCode,
      int admin1Index,
      int admin2Index,
      String featureClass,
      String featureCode,
      long population,
      Collection<String> names) {
    if (admin1Index < -1 || admin1Index >= admin1Name.size()) {
      throw new IllegalArgumentException(
          "expected an admin1 index in [-1, " + admin1Name.size() + "), found " + admin1Index);
    }
    if (admin2Index < -1 || admin2Index >= admin2Name.size()) {
      throw new IllegalArgumentException(
          "expected an admin2 index in [-1, " + admin2Name.size() + "), found " + admin2Index);
    }
    // Validates the values the way the runtime will see them.
    new org.sijil.model.geo.Place(
        id, name, lat, lon, countryCode, "", featureClass, featureCode, population);
    int index = places.size();
    places.add(
        new PlaceRow(
            id,
            name,
            lat,
            lon,
            countryCode,
            admin1Index,
            admin2Index,
            featureClass,
            featureCode,
            population));
    Set<String> all = new LinkedHashSet<>(names);
    all.add(name);
    for (String n : all) {
      String s = NameKeys.strict(n);
      if (s.isEmpty() || s.length() > 80) {
        continue;
      }
      strict.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(index);
      loose.computeIfAbsent(NameKeys.loose(n), k -> new LinkedHashSet<>()).add(index);
    }
    return index;
  }

  /** How many places were added. */
  public int placeCount() {
    return places.size();
  }

  /**
   * Adds {@code alias} as a name of the place at {@code placeIndex}, found at ACLED {@code
   * precision} (1 the place itself, 2 a site named after it or near it).
   */
  public void addAlias(String alias, int placeIndex, int precision) {
    if (placeIndex < 0 || placeIndex >= places.size()) {
      throw new IllegalArgumentException(
          "expected a place index in [0, "
              + places.size()
              + ") for alias '"
              + alias
              + "', found "
              + placeIndex);
    }
    if (precision < 1 || precision > 3) {
      throw new IllegalArgumentException(
          "expected precision 1-3 for alias '" + alias + "', found " + precision);
    }
    String key = NameKeys.strict(alias);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("expected an alias with letters, found '" + alias + "'");
    }
    aliases.add(new AliasRow(key, placeIndex, precision));
  }

  /** Writes the gzip-compressed resource to {@code out} (left open). */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out), 1 << 16);
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    d.writeInt(MAGIC);
    d.writeInt(FORMAT);
    d.writeUTF(version);
    writeLong(d, provenance);
    // String pools keep repeated country codes, feature codes and classes to one copy each.
    Map<String, Integer> pool = new TreeMap<>();
    for (PlaceRow p : places) {
      pool.putIfAbsent(p.countryCode(), 0);
      pool.putIfAbsent(p.featureClass(), 0);
      pool.putIfAbsent(p.featureCode(), 0);
    }
    admin1Country.forEach(c -> pool.putIfAbsent(c, 0));
    admin2Country.forEach(c -> pool.putIfAbsent(c, 0));
    List<String> poolList = new ArrayList<>(pool.keySet());
    for (int i = 0; i < poolList.size(); i++) {
      pool.put(poolList.get(i), i);
    }
    d.writeInt(poolList.size());
    for (String s : poolList) {
      d.writeUTF(s);
    }
    d.writeInt(admin1Name.size());
    for (int i = 0; i < admin1Name.size(); i++) {
      d.writeShort(pool.get(admin1Country.get(i)));
      d.writeUTF(admin1Name.get(i));
      d.writeInt(admin1Keys.get(i).size());
      for (String k : admin1Keys.get(i)) {
        d.writeUTF(k);
      }
    }
    d.writeInt(admin2Name.size());
    for (int i = 0; i < admin2Name.size(); i++) {
      d.writeShort(pool.get(admin2Country.get(i)));
      d.writeUTF(admin2Name.get(i));
      d.writeInt(admin2Keys.get(i).size());
      for (String k : admin2Keys.get(i)) {
        d.writeUTF(k);
      }
    }
    d.writeInt(places.size());
    for (PlaceRow p : places) {
      d.writeLong(p.id());
      d.writeUTF(p.name());
      d.writeFloat((float) p.lat());
      d.writeFloat((float) p.lon());
      d.writeShort(pool.get(p.countryCode()));
      d.writeInt(p.admin1Index());
      d.writeInt(p.admin2Index());
      d.writeShort(pool.get(p.featureClass()));
      d.writeShort(pool.get(p.featureCode()));
      d.writeLong(p.population());
    }
    writeIndex(d, strict);
    writeIndex(d, loose);
    d.writeInt(aliases.size());
    for (AliasRow a : aliases) {
      d.writeUTF(a.key());
      d.writeInt(a.placeIndex());
      d.writeByte(a.precision());
    }
    d.flush();
    gz.finish();
    gz.flush();
  }

  /** Unsigned LEB128: place indices are small, most fit in three bytes. */
  static void writeVarInt(DataOutputStream d, int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      d.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    d.writeByte(v);
  }

  private static void writeLong(DataOutputStream d, String s) throws IOException {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    d.writeInt(b.length);
    d.write(b);
  }

  private static void writeIndex(DataOutputStream d, TreeMap<String, Set<Integer>> index)
      throws IOException {
    d.writeInt(index.size());
    int postings = index.values().stream().mapToInt(v -> Math.min(v.size(), 0xFFFF)).sum();
    d.writeInt(postings);
    for (Map.Entry<String, Set<Integer>> e : index.entrySet()) {
      d.writeUTF(e.getKey());
      d.writeShort(e.getValue().size() > 0xFFFF ? 0xFFFF : e.getValue().size());
      int n = 0;
      for (int i : e.getValue()) {
        if (n++ == 0xFFFF) {
          break;
        }
        writeVarInt(d, i);
      }
    }
  }

  private record PlaceRow(
      long id,
      String name,
      double lat,
      double lon,
      String countryCode,
      int admin1Index,
      int admin2Index,
      String featureClass,
      String featureCode,
      long population) {}

  private record AliasRow(String key, int placeIndex, int precision) {}

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
