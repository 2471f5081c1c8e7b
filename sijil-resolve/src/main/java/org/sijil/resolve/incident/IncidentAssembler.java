package org.sijil.resolve.incident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sijil.model.event.Attribution;
import org.sijil.model.event.Certainty;
import org.sijil.model.event.Count;
import org.sijil.model.event.CountKind;
import org.sijil.model.event.Event;
import org.sijil.model.event.SubEventType;
import org.sijil.model.incident.EventKey;
import org.sijil.model.incident.Figure;
import org.sijil.model.incident.Incident;
import org.sijil.model.incident.IncidentGrade;
import org.sijil.model.incident.IncidentSource;
import org.sijil.model.incident.MergeDecision;
import org.sijil.model.incident.Reliability;
import org.sijil.resolve.source.Source;
import org.sijil.resolve.source.SourceRegistry;

/**
 * Turns a {@link IncidentResolver.Group} into an {@link Incident}: its sources (publisher, whom a
 * relay credits, reliability, credibility, copies), its figures ({@link FigureRule}) and its grade
 * (the rule in {@code docs/grading.md}).
 *
 * <p>Immutable and thread-safe.
 */
public final class IncidentAssembler {
  private final SourceRegistry registry;

  public IncidentAssembler(SourceRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * The incident of a group.
   *
   * @param documents the reporting documents by SHA-256 hex; every member's document must be there
   * @throws IllegalArgumentException naming the document when one is missing
   */
  public Incident assemble(IncidentResolver.Group group, Map<String, ReportingDocument> documents) {
    List<ReportedEvent> members = group.events();
    // Sources: one per document, in order of first mention.
    Map<String, SourceFacts> byDoc = new LinkedHashMap<>();
    for (ReportedEvent r : members) {
      String docId = r.key().document();
      ReportingDocument d = documents.get(docId);
      if (d == null) {
        throw new IllegalArgumentException(
            "expected the reporting document " + docId + " of event " + r.key() + ", found none");
      }
      SourceFacts f = byDoc.computeIfAbsent(docId, x -> facts(d));
      f.events.add(r);
      // The extractor's attribution ("according to SOHR") names the source outright; else the
      // evidence sentence is read for relay cues.
      Source relayed =
          Optional.ofNullable(r.event().attribution())
              .filter(a -> a.kind() == Attribution.Kind.REPORT)
              .flatMap(a -> registry.byName(a.source()))
              .or(() -> registry.relayed(r.evidence()))
              .orElse(null);
      if (relayed != null && !relayed.id().equals(f.publisher.id()) && f.credited == f.publisher) {
        f.credited = relayed;
      }
    }
    // A copy whose original is not in this incident still counts once, as its own family.
    Set<String> present = byDoc.keySet();
    for (SourceFacts f : byDoc.values()) {
      if (f.copyOf != null && !present.contains(f.copyOf)) {
        f.copyOf = null;
      }
    }
    Set<String> independent = new HashSet<>();
    for (SourceFacts f : byDoc.values()) {
      if (f.copyOf == null) {
        independent.add(f.credited.id());
      }
    }
    // Perpetrators by credited source, to find disagreement.
    Map<String, Set<String>> perpetratorSources = new HashMap<>();
    for (SourceFacts f : byDoc.values()) {
      if (f.copyOf != null) {
        continue;
      }
      for (ReportedEvent r : f.events) {
        Event e = r.event();
        if (e.perpetrator() != null
            && e.perpetrator().actorId() != null
            && !EventFeatures.UNNAMED.contains(e.perpetrator().actorId())) {
          perpetratorSources
              .computeIfAbsent(e.perpetrator().actorId(), x -> new HashSet<>())
              .add(f.credited.id());
        }
      }
    }
    boolean contested = independent.size() > 1 && perpetratorSources.size() > 1;
    int majority = perpetratorSources.values().stream().mapToInt(Set::size).max().orElse(0);

    List<IncidentSource> sources = new ArrayList<>();
    for (SourceFacts f : byDoc.values()) {
      sources.add(
          new IncidentSource(
              f.doc.document(),
              f.doc.documentRef(),
              f.publisher.name(),
              f.credited.name(),
              f.credited.reliability(),
              credibility(f, independent, perpetratorSources, majority),
              f.copyOf));
    }

    // Figures from independent documents, credited to their original source.
    Map<CountKind, List<FigureRule.Reported>> reported = new EnumMap<>(CountKind.class);
    for (SourceFacts f : byDoc.values()) {
      if (f.copyOf != null) {
        continue;
      }
      for (ReportedEvent r : f.events) {
        for (Map.Entry<CountKind, Count> c : r.event().counts().entrySet()) {
          reported
              .computeIfAbsent(c.getKey(), k -> new ArrayList<>())
              .add(
                  new FigureRule.Reported(
                      f.doc.document(),
                      f.credited.id(),
                      f.credited.reliability().ordinal(),
                      c.getValue()));
        }
      }
    }
    List<Figure> figures = FigureRule.figures(reported);

    IncidentGrade grade = grade(byDoc.values(), independent, contested);

    // Sub-type, dates and place by the members' majority.
    Map<SubEventType, Integer> types = new EnumMap<>(SubEventType.class);
    Map<String, Integer> places = new LinkedHashMap<>();
    LocalDate start = null;
    LocalDate end = null;
    Double lat = null;
    Double lon = null;
    boolean recurring = false;
    List<EventKey> keys = new ArrayList<>();
    for (ReportedEvent r : members) {
      Event e = r.event();
      keys.add(r.key());
      types.merge(e.subType(), 1, Integer::sum);
      if (e.location() != null) {
        places.merge(e.location().name(), 1, Integer::sum);
        if (lat == null && e.location().isResolved()) {
          lat = e.location().lat();
          lon = e.location().lon();
        }
      }
      EventFeatures ef = new EventFeatures(r, 0);
      recurring |= ef.recurring;
      if (ef.dated()) {
        LocalDate s = LocalDate.ofEpochDay(ef.start);
        LocalDate en = LocalDate.ofEpochDay(ef.end);
        // The narrowest range any member gives wins: an exact day beats "this week".
        if (start == null
            || (en.toEpochDay() - s.toEpochDay()) < (end.toEpochDay() - start.toEpochDay())) {
          start = s;
          end = en;
        }
      }
    }
    SubEventType subType =
        types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    String place =
        places.isEmpty()
            ? null
            : places.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    MergeDecision opener = group.decisions().get(0);
    return new Incident(
        id(opener.event()),
        subType,
        start,
        end,
        place,
        lat,
        lon,
        recurring,
        keys,
        sources,
        figures,
        grade,
        group.decisions());
  }

  /** A stable incident id from the event that opened it. */
  static String id(EventKey opener) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(opener.toString().getBytes(StandardCharsets.UTF_8));
      return "inc-" + HexFormat.of().formatHex(h, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("expected SHA-256 in every JVM, found none", e);
    }
  }

  private SourceFacts facts(ReportingDocument d) {
    Source publisher = registry.publisher(d.sourceName(), d.url());
    SourceFacts f = new SourceFacts(d, publisher);
    f.credited =
        registry.relayed(d.lead()).filter(s -> !s.id().equals(publisher.id())).orElse(publisher);
    f.copyOf = d.copyOf();
    return f;
  }

  /**
   * Admiralty credibility of one report: 1 confirmed by another independent source, 2 probably true
   * (stated as fact by a source graded A–C), 3 possibly true (stated as fact by another), 4
   * doubtful (hedged), 5 improbable (names a perpetrator most sources contradict), 6 cannot be
   * judged (no event it states as having happened).
   */
  private static int credibility(
      SourceFacts f, Set<String> independent, Map<String, Set<String>> perpetrators, int majority) {
    boolean stated = false;
    boolean hedged = false;
    boolean minority = false;
    for (ReportedEvent r : f.events) {
      Certainty c = r.event().certainty();
      stated |= c == Certainty.ASSERTED || c == Certainty.REPORTED;
      hedged |= c == Certainty.UNCERTAIN;
      if (r.event().perpetrator() != null && r.event().perpetrator().actorId() != null) {
        Set<String> backers = perpetrators.get(r.event().perpetrator().actorId());
        minority |= perpetrators.size() > 1 && backers != null && backers.size() < majority;
      }
    }
    if (minority) {
      return 5;
    }
    if (!stated && !hedged) {
      return 6;
    }
    boolean corroborated = independent.size() > 1;
    if (corroborated) {
      return stated ? 1 : 2;
    }
    if (!stated) {
      return 4;
    }
    return f.credited.reliability().isCredible() ? 2 : 3;
  }

  /** The grade rule of docs/grading.md. */
  static IncidentGrade grade(
      Iterable<SourceFacts> docs, Set<String> independent, boolean contested) {
    if (independent.size() <= 1) {
      return IncidentGrade.SINGLE_SOURCE;
    }
    if (contested) {
      return IncidentGrade.CONTESTED;
    }
    Map<String, Reliability> grades = new HashMap<>();
    boolean stated = false;
    for (SourceFacts f : docs) {
      if (f.copyOf != null) {
        continue;
      }
      grades.put(f.credited.id(), f.credited.reliability());
      for (ReportedEvent r : f.events) {
        Certainty c = r.event().certainty();
        stated |= c == Certainty.ASSERTED || c == Certainty.REPORTED;
      }
    }
    long ab =
        grades.values().stream().filter(g -> g == Reliability.A || g == Reliability.B).count();
    long notUnreliable =
        grades.values().stream().filter(g -> g != Reliability.D && g != Reliability.E).count();
    if (stated
        && (independent.size() >= 3 && notUnreliable >= 2 || ab >= 1 && notUnreliable >= 2)) {
      return IncidentGrade.CONFIRMED;
    }
    if (stated && notUnreliable >= 2) {
      return IncidentGrade.FAIR;
    }
    return IncidentGrade.WEAK;
  }

  /** What is known of one reporting document while an incident is assembled. */
  static final class SourceFacts {
    final ReportingDocument doc;
    final Source publisher;
    Source credited;
    String copyOf;
    final List<ReportedEvent> events = new ArrayList<>();

    SourceFacts(ReportingDocument doc, Source publisher) {
      this.doc = doc;
      this.publisher = publisher;
      this.credited = publisher;
    }
  }
}
