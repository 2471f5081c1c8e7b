package org.sijil.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.sijil.model.event.ActorCategory;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.SubEventType;
import org.sijil.model.event.Tag;
import org.sijil.model.event.TargetKind;
import org.sijil.nlp.ArabicScript;
import org.sijil.nlp.DictionaryMatcher;

/**
 * The data files of one language, parsed into dictionary matchers: actors, back-references,
 * triggers, weapons, cues and physical targets (see the headers of the files under {@code
 * org/sijil/extract/lexicon/<lang>/}). Immutable and thread-safe once loaded.
 */
final class Lexicon {

  /** An actor of the actor table. {@code name} is null for generic groups ("two farmers"). */
  record ActorEntry(
      String id, String name, ActorCategory category, boolean armed, boolean authority) {}

  /** What a trigger does. */
  enum TriggerKind {
    EVENT,
    OUTCOME,
    TAG
  }

  /** A trigger line. */
  record TriggerEntry(
      String phrase,
      TriggerKind kind,
      SubEventType subType,
      Set<Tag> tags,
      CountKind count,
      Set<String> context,
      double prior) {}

  /** A weapon line. */
  record WeaponEntry(SubEventType subType, Set<Tag> tags) {}

  /** Cue kinds of cues.tsv. */
  enum CueKind {
    NEGATION,
    HYPOTHETICAL,
    FUTURE,
    GENERIC,
    HEDGE,
    RECURRING,
    REPORT,
    CLAIM,
    DISRUPTION,
    NONVIOLENT_CAUSE
  }

  final String language;
  final String version;
  final DictionaryMatcher<ActorEntry> actors;

  /**
   * Lower-cased single words that name a named armed actor when they modify a noun ("Russian" of
   * "Russian forces", "coalition" of "coalition warplanes"): read from the table's two-word aliases
   * whose second word is an armed head; a word that would name two actors is left out.
   */
  final Map<String, ActorEntry> actorModifiers;

  /**
   * The actor modifiers that name a country's forces: those of actors coded State forces or
   * External/Other forces ("Iraqi" of "Iraqi forces", "American" of "American forces").
   */
  final Map<String, ActorEntry> countryModifiers;

  final DictionaryMatcher<Boolean> references;
  final DictionaryMatcher<TriggerEntry> triggers;
  final DictionaryMatcher<WeaponEntry> weapons;
  final DictionaryMatcher<CueKind> cues;
  final DictionaryMatcher<TargetKind> targets;

  /**
   * The words of every phrase of an Arabic lexicon, folded ({@link
   * ArabicScript#fold(CharSequence)}): what a word with clitics glued to it is tried against once
   * they are stripped. Empty for other languages, whose words carry no clitics.
   */
  final Set<String> words;

  private Lexicon(
      String language,
      String version,
      DictionaryMatcher<ActorEntry> actors,
      Map<String, ActorEntry> actorModifiers,
      DictionaryMatcher<Boolean> references,
      DictionaryMatcher<TriggerEntry> triggers,
      DictionaryMatcher<WeaponEntry> weapons,
      DictionaryMatcher<CueKind> cues,
      DictionaryMatcher<TargetKind> targets,
      Set<String> words) {
    this.language = language;
    this.words = Set.copyOf(words);
    this.version = version;
    this.actors = actors;
    this.actorModifiers = actorModifiers;
    Map<String, ActorEntry> countries = new HashMap<>();
    actorModifiers.forEach(
        (word, e) -> {
          if (e.category() == ActorCategory.STATE_FORCES
              || e.category() == ActorCategory.EXTERNAL_OTHER_FORCES) {
            countries.put(word, e);
          }
        });
    this.countryModifiers = Map.copyOf(countries);
    this.references = references;
    this.triggers = triggers;
    this.weapons = weapons;
    this.cues = cues;
    this.targets = targets;
  }

  /** Second words of an actor alias that make its first word a modifier naming the actor. */
  private static final Set<String> ARMED_HEADS =
      Set.of(
          "forces",
          "army",
          "military",
          "troops",
          "warplanes",
          "jets",
          "aircraft",
          "drone",
          "drones",
          "artillery",
          "militias",
          "fighters");

  /** Loads the lexicon of {@code language} from the class path. */
  static Lexicon load(String language) {
    CRC32 crc = new CRC32();
    String dir = "lexicon/" + language + "/";
    // Arabic phrases are matched folded (spelling variants, harakat), as the Arabic reader folds
    // the text's words; the English files are read exactly as before.
    boolean arabic = language.equals("ar");
    Set<String> vocabulary = new HashSet<>();
    java.util.function.UnaryOperator<String> key =
        arabic
            ? phrase -> {
              String f = ArabicScript.fold(phrase);
              vocabulary.addAll(Arrays.asList(f.split(" ")));
              return f;
            }
            : phrase -> phrase;

    DictionaryMatcher.Builder<ActorEntry> actors = DictionaryMatcher.builder();
    Map<String, ActorEntry> modifiers = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Line l : read(dir + "actors.tsv", 6, crc)) {
      String name = l.cols[1].equals("*") ? null : l.cols[1];
      ActorEntry e =
          new ActorEntry(
              l.cols[0], name, l.parse(2, ActorCategory::fromLabel), l.yesNo(3), l.yesNo(4));
      for (String alias : l.cols[5].split("\\|")) {
        if (alias.startsWith("=")) {
          actors.addExactCase(key.apply(alias.substring(1)), e);
        } else {
          actors.add(key.apply(alias), e);
        }
        String[] words = alias.toLowerCase(Locale.ROOT).split(" ");
        if (name != null && e.armed() && words.length == 2 && ARMED_HEADS.contains(words[1])) {
          ActorEntry before = modifiers.putIfAbsent(words[0], e);
          if (before != null && !before.id().equals(e.id())) {
            ambiguous.add(words[0]);
          }
        }
      }
    }
    modifiers.keySet().removeAll(ambiguous);

    DictionaryMatcher.Builder<Boolean> refs = DictionaryMatcher.builder();
    for (Line l : read(dir + "references.tsv", 1, crc)) {
      refs.add(key.apply(l.cols[0]), Boolean.TRUE);
    }

    DictionaryMatcher.Builder<TriggerEntry> triggers = DictionaryMatcher.builder();
    for (Line l : read(dir + "triggers.tsv", 6, crc)) {
      String st = l.cols[1];
      TriggerKind kind =
          st.equals("outcome")
              ? TriggerKind.OUTCOME
              : st.equals("tag") ? TriggerKind.TAG : TriggerKind.EVENT;
      SubEventType sub = kind == TriggerKind.EVENT ? l.parse(1, SubEventType::fromLabel) : null;
      CountKind count =
          l.cols[3].equals("-")
              ? null
              : l.parse(3, s -> CountKind.valueOf(s.toUpperCase(Locale.ROOT)));
      Set<String> context =
          l.cols[4].equals("-")
              ? Set.<String>of()
              : Set.copyOf(
                  Arrays.asList((arabic ? ArabicScript.fold(l.cols[4]) : l.cols[4]).split("\\|")));
      double prior = l.parse(5, Double::parseDouble);
      if (!(prior > 0 && prior < 1)) {
        throw l.error("expected a prior in (0,1), found " + l.cols[5]);
      }
      triggers.add(
          key.apply(l.cols[0]),
          new TriggerEntry(l.cols[0], kind, sub, l.tags(2), count, context, prior));
    }

    DictionaryMatcher.Builder<WeaponEntry> weapons = DictionaryMatcher.builder();
    for (Line l : read(dir + "weapons.tsv", 3, crc)) {
      weapons.add(
          key.apply(l.cols[0]), new WeaponEntry(l.parse(1, SubEventType::fromLabel), l.tags(2)));
    }

    DictionaryMatcher.Builder<CueKind> cues = DictionaryMatcher.builder();
    for (Line l : read(dir + "cues.tsv", 2, crc)) {
      cues.add(key.apply(l.cols[0]), l.parse(1, CueKind::valueOf));
    }
    DictionaryMatcher.Builder<TargetKind> targets = DictionaryMatcher.builder();
    for (Line l : read(dir + "targets.tsv", 2, crc)) {
      targets.add(key.apply(l.cols[0]), l.parse(1, TargetKind::fromId));
    }
    String version = "lexicon-" + language + "@" + Long.toHexString(crc.getValue());
    return new Lexicon(
        language,
        version,
        actors.build(),
        Map.copyOf(modifiers),
        refs.build(),
        triggers.build(),
        weapons.build(),
        cues.build(),
        targets.build(),
        vocabulary);
  }

  /** One data line with its origin, for error messages. */
  private record Line(String file, int number, String[] cols) {
    IllegalArgumentException error(String message) {
      return new IllegalArgumentException(file + " line " + number + ": " + message);
    }

    <T> T parse(int col, java.util.function.Function<String, T> f) {
      try {
        return f.apply(cols[col]);
      } catch (RuntimeException e) {
        throw error("column " + (col + 1) + ": " + e.getMessage());
      }
    }

    boolean yesNo(int col) {
      return switch (cols[col]) {
        case "yes" -> true;
        case "no" -> false;
        default ->
            throw error("expected yes or no in column " + (col + 1) + ", found " + cols[col]);
      };
    }

    Set<Tag> tags(int col) {
      if (cols[col].equals("-")) {
        return Set.of();
      }
      EnumSet<Tag> tags = EnumSet.noneOf(Tag.class);
      for (String t : cols[col].split(",")) {
        tags.add(parse(col, x -> Tag.fromId(t)));
      }
      return Set.copyOf(tags);
    }
  }

  private static List<Line> read(String resource, int columns, CRC32 crc) {
    InputStream in = Lexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "expected class-path resource org/sijil/extract/" + resource + ", found none");
    }
    List<Line> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String s;
      int n = 0;
      while ((s = r.readLine()) != null) {
        n++;
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        if (s.isBlank() || s.startsWith("#")) {
          continue;
        }
        String[] cols = s.split("\t", -1);
        if (cols.length != columns) {
          throw new IllegalArgumentException(
              resource
                  + " line "
                  + n
                  + ": expected "
                  + columns
                  + " tab-separated columns, found "
                  + cols.length);
        }
        lines.add(new Line(resource, n, cols));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
    return lines;
  }
}
