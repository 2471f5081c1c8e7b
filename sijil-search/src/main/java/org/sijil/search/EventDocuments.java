package org.sijil.search;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.sijil.model.event.SubEventType;
import org.sijil.model.event.Tag;
import org.sijil.model.incident.EventKey;

/**
 * The event index's schema: field names, and the conversion of an {@link EventEntry} to a Lucene
 * document and back. Stateless.
 */
final class EventDocuments {
  static final String KEY = "key";
  static final String DOC = "doc";
  static final String INCIDENT = "incident";
  static final String DAYS = "days";
  static final String START = "start";
  static final String GEO = "geo";
  static final String TEXT_EN = "text_en";
  static final String TEXT_AR = "text_ar";
  static final String ENTRY = "entry";

  private EventDocuments() {}

  /** The Lucene field holding a facet's values (indexed terms and doc values). */
  static String field(Facet facet) {
    return facet.key();
  }

  /** True for the facets an event may have several values of. */
  static boolean multiValued(Facet facet) {
    return facet == Facet.TAG || facet == Facet.ACTOR;
  }

  /**
   * The canonical form of a facet filter value, so that {@code battles} finds {@code BATTLES} and
   * {@code PRISON_BREAK} finds {@code prison_break}.
   */
  static String normalise(Facet facet, String value) {
    String v = value.strip();
    return switch (facet) {
      case EVENT_TYPE, SUB_EVENT_TYPE -> v.toUpperCase(Locale.ROOT);
      case TAG, GRADE -> v.toLowerCase(Locale.ROOT);
      default -> v;
    };
  }

  /** The entry's values of one facet. */
  static Set<String> values(EventEntry e, Facet facet) {
    return switch (facet) {
      case EVENT_TYPE -> Set.of(e.type().name());
      case SUB_EVENT_TYPE -> Set.of(e.subType().name());
      case TAG -> {
        Set<String> s = new LinkedHashSet<>();
        e.tags().forEach(t -> s.add(t.id()));
        yield s;
      }
      case ACTOR -> e.actors();
      case COUNTRY -> optional(e.country());
      case ADMIN1 -> optional(e.admin1());
      case SOURCE -> optional(e.source());
      case GRADE -> optional(e.grade() == null ? null : e.grade().toLowerCase(Locale.ROOT));
      case YEAR -> Set.of(Integer.toString(e.start().getYear()));
    };
  }

  private static Set<String> optional(String v) {
    return v == null || v.isBlank() ? Set.of() : Set.of(v);
  }

  static Document toDocument(EventEntry e) {
    Document d = new Document();
    d.add(new StringField(KEY, e.key().toString(), Field.Store.NO));
    d.add(new StringField(DOC, e.key().document(), Field.Store.NO));
    if (e.incidentId() != null) {
      d.add(new StringField(INCIDENT, e.incidentId(), Field.Store.NO));
    }
    for (Facet f : Facet.values()) {
      String name = field(f);
      for (String v : values(e, f)) {
        d.add(new StringField(name, v, Field.Store.NO));
        BytesRef b = new BytesRef(v);
        d.add(
            multiValued(f)
                ? new SortedSetDocValuesField(name, b)
                : new SortedDocValuesField(name, b));
      }
    }
    int start = (int) e.start().toEpochDay();
    int last = (int) e.lastDay().toEpochDay();
    d.add(new IntRange(DAYS, new int[] {start}, new int[] {last}));
    d.add(new IntPoint(START, start));
    d.add(new NumericDocValuesField(START, start));
    if (e.lat() != null) {
      d.add(new LatLonPoint(GEO, e.lat(), e.lon()));
      d.add(new LatLonDocValuesField(GEO, e.lat(), e.lon()));
    }
    String text = searchableText(e);
    d.add(new TextField(TEXT_EN, text, Field.Store.NO));
    d.add(new TextField(TEXT_AR, text, Field.Store.NO));
    d.add(new StoredField(ENTRY, encode(e)));
    return d;
  }

  /** What free text matches: the evidence sentence, the title, the place and the actors. */
  private static String searchableText(EventEntry e) {
    StringBuilder sb = new StringBuilder(e.evidence());
    for (String s : new String[] {e.title(), e.place(), e.perpetrator(), e.victim()}) {
      if (s != null) {
        sb.append('\n').append(s);
      }
    }
    for (String a : e.actors()) {
      sb.append('\n').append(a);
    }
    return sb.toString();
  }

  // A hand-written binary form: an order of magnitude smaller and faster than one stored field per
  // component, which matters for the stored-fields size at a million events.
  static byte[] encode(EventEntry e) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(e.key().document());
      out.writeInt(e.key().index());
      writeNullable(out, e.incidentId());
      out.writeUTF(e.subType().name());
      out.writeInt(e.tags().size());
      for (Tag t : e.tags()) {
        out.writeUTF(t.name());
      }
      writeNullable(out, e.perpetrator());
      writeNullable(out, e.victim());
      out.writeInt(e.actors().size());
      for (String a : e.actors()) {
        out.writeUTF(a);
      }
      writeNullable(out, e.place());
      writeNullable(out, e.country());
      writeNullable(out, e.admin1());
      out.writeBoolean(e.lat() != null);
      if (e.lat() != null) {
        out.writeDouble(e.lat());
        out.writeDouble(e.lon());
      }
      out.writeLong(e.start().toEpochDay());
      out.writeLong(e.end() == null ? Long.MIN_VALUE : e.end().toEpochDay());
      writeNullable(out, e.source());
      writeNullable(out, e.grade());
      out.writeInt(e.killed() == null ? -1 : e.killed());
      writeLong(out, e.evidence());
      writeNullable(out, e.title());
      writeNullable(out, e.language());
      out.writeDouble(e.confidence());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return bytes.toByteArray();
  }

  static EventEntry decode(BytesRef b) {
    try (DataInputStream in =
        new DataInputStream(new java.io.ByteArrayInputStream(b.bytes, b.offset, b.length))) {
      EventKey key = new EventKey(in.readUTF(), in.readInt());
      String incident = readNullable(in);
      SubEventType sub = SubEventType.valueOf(in.readUTF());
      int nTags = in.readInt();
      Set<Tag> tags = EnumSet.noneOf(Tag.class);
      for (int i = 0; i < nTags; i++) {
        tags.add(Tag.valueOf(in.readUTF()));
      }
      String perpetrator = readNullable(in);
      String victim = readNullable(in);
      int nActors = in.readInt();
      Set<String> actors = new LinkedHashSet<>();
      for (int i = 0; i < nActors; i++) {
        actors.add(in.readUTF());
      }
      String place = readNullable(in);
      String country = readNullable(in);
      String admin1 = readNullable(in);
      Double lat = null;
      Double lon = null;
      if (in.readBoolean()) {
        lat = in.readDouble();
        lon = in.readDouble();
      }
      LocalDate start = LocalDate.ofEpochDay(in.readLong());
      long endDay = in.readLong();
      LocalDate end = endDay == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(endDay);
      String source = readNullable(in);
      String grade = readNullable(in);
      int killed = in.readInt();
      String evidence = readLong(in);
      String title = readNullable(in);
      String language = readNullable(in);
      double confidence = in.readDouble();
      return new EventEntry(
          key,
          incident,
          sub,
          tags,
          perpetrator,
          victim,
          actors,
          place,
          country,
          admin1,
          lat,
          lon,
          start,
          end,
          source,
          grade,
          killed < 0 ? null : killed,
          evidence,
          title,
          language,
          confidence);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot decode a stored event entry", ex);
    }
  }

  private static void writeNullable(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      writeLong(out, s);
    }
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? readLong(in) : null;
  }

  // writeUTF is limited to 64 KB; evidence and titles are not, in principle.
  private static void writeLong(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readLong(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }
}
