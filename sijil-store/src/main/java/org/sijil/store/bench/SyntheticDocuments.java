package org.sijil.store.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.sijil.model.OffsetMap;
import org.sijil.model.Provenance;
import org.sijil.model.doc.DateSource;
import org.sijil.model.doc.DocumentMetadata;
import org.sijil.model.doc.ExtractedText;
import org.sijil.model.doc.IncomingDocument;
import org.sijil.model.doc.Language;
import org.sijil.model.doc.MediaType;

/**
 * Generates HTML documents of made-up report prose, with extracted text and a correct offset map to
 * the UTF-8 bytes, for benchmarks and tests. The vocabulary is invented here; the two place names
 * are facts (GeoNames, CC BY 4.0). Deterministic for a given {@link Random}; not thread-safe (the
 * caller owns the Random).
 */
public final class SyntheticDocuments {

  private static final List<String> WORDS =
      List.of(
          "the",
          "a",
          "of",
          "in",
          "near",
          "after",
          "before",
          "during",
          "and",
          "while",
          "from",
          "to",
          "on",
          "at",
          "with",
          "by",
          "local",
          "sources",
          "said",
          "reported",
          "witnesses",
          "described",
          "residents",
          "fled",
          "returned",
          "village",
          "district",
          "road",
          "bridge",
          "market",
          "checkpoint",
          "hospital",
          "school",
          "convoy",
          "patrol",
          "vehicle",
          "shelling",
          "strike",
          "explosion",
          "clashes",
          "fighters",
          "forces",
          "group",
          "council",
          "monitor",
          "morning",
          "evening",
          "night",
          "week",
          "several",
          "two",
          "three",
          "dozens",
          "civilians",
          "injured",
          "killed",
          "detained",
          "released",
          "damaged",
          "destroyed",
          "closed",
          "opened",
          "northern",
          "southern",
          "eastern",
          "western",
          "outskirts",
          "centre",
          "countryside",
          "farmland",
          "river",
          "bank",
          "crossing",
          "statement",
          "according",
          "unconfirmed",
          "footage",
          "photographs",
          "medical",
          "teams",
          "water",
          "station",
          "power",
          "lines",
          "bakery",
          "shelter",
          "camp",
          "displaced",
          "families",
          "tents",
          "aid",
          "trucks",
          "arrived",
          "delayed",
          "heavy",
          "light",
          "sporadic",
          "renewed",
          "calm",
          "tense",
          "Raqqa",
          "Hasakah",
          "الرقة",
          "الحسكة");
  private static final List<String> SOURCES =
      List.of("Example Monitor", "Test Gazette", "Sample Wire", "Placeholder Post");
  private static final Provenance PROVENANCE = new Provenance("html-text", "synthetic@1");
  private static final Instant RETRIEVED = Instant.parse("2026-01-01T00:00:00Z");
  private static final LocalDate FIRST_DAY = LocalDate.of(2017, 1, 1);

  private SyntheticDocuments() {}

  /**
   * A document of about {@code words} words whose url ends in {@code key}; documents generated with
   * the same key are versions of one report.
   */
  public static IncomingDocument generate(Random random, String key, int words) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(key, "key");
    if (words < 1) {
      throw new IllegalArgumentException("expected at least one word, found " + words);
    }
    StringBuilder text = new StringBuilder(words * 8);
    StringBuilder html = new StringBuilder(words * 8 + 200);
    String title = sentence(random, 6);
    html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        .append(title)
        .append("</title></head>\n<body>\n");
    // sourceOf[d] is the UTF-16 offset in html of text offset d; bytes are computed after.
    int[] sourceOf = new int[words * 16 + 16];
    int written = 0;
    while (written < words) {
      int paragraphWords = Math.min(words - written, 30 + random.nextInt(90));
      if (text.length() > 0) {
        // The paragraph break in the text stands for the markup between paragraphs.
        int at = html.length();
        html.append("</p>\n");
        for (int i = 0; i < 2; i++) {
          sourceOf = record(sourceOf, text.length(), at + i);
          text.append('\n');
        }
      }
      html.append("<p>");
      StringBuilder paragraph = new StringBuilder();
      int left = paragraphWords;
      while (left > 0) {
        int n = Math.min(left, 6 + random.nextInt(15));
        if (paragraph.length() > 0) {
          paragraph.append(' ');
        }
        paragraph.append(sentence(random, n));
        left -= n;
      }
      int base = html.length();
      for (int i = 0; i < paragraph.length(); i++) {
        sourceOf = record(sourceOf, text.length(), base + i);
        text.append(paragraph.charAt(i));
      }
      html.append(paragraph);
      written += paragraphWords;
    }
    sourceOf = record(sourceOf, text.length(), html.length());
    html.append("</p>\n</body></html>\n");

    byte[] original = html.toString().getBytes(StandardCharsets.UTF_8);
    int[] byteOffset = utf8Offsets(html);
    OffsetMap.Builder map = OffsetMap.builder();
    for (int d = 0; d <= text.length(); d++) {
      map.add(d, byteOffset[sourceOf[d]]);
    }
    int day = random.nextInt(3 * 365);
    DocumentMetadata metadata =
        new DocumentMetadata(
            null,
            SOURCES.get(random.nextInt(SOURCES.size())),
            "https://example.org/reports/" + key,
            "synthetic:" + key,
            title,
            null,
            FIRST_DAY.plusDays(day),
            DateSource.HTML_META,
            RETRIEVED.plusSeconds(day),
            Language.ENGLISH,
            MediaType.TEXT_HTML);
    return IncomingDocument.of(
        original, metadata, new ExtractedText(text.toString(), map.build(), PROVENANCE));
  }

  private static int[] record(int[] sourceOf, int at, int value) {
    int[] out = at < sourceOf.length ? sourceOf : Arrays.copyOf(sourceOf, at * 2);
    out[at] = value;
    return out;
  }

  /** UTF-8 byte offset of every UTF-16 offset of {@code s}, including its end. */
  private static int[] utf8Offsets(CharSequence s) {
    int[] out = new int[s.length() + 1];
    int bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      out[i] = bytes;
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        out[++i] = bytes; // a low surrogate has no bytes of its own
      } else {
        bytes += 3;
      }
    }
    out[s.length()] = bytes;
    return out;
  }

  private static String sentence(Random random, int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = WORDS.get(random.nextInt(WORDS.size()));
      if (i == 0) {
        w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      } else {
        s.append(' ');
      }
      s.append(w);
    }
    return s.append('.').toString();
  }
}
