package org.sijil.resolve.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijil.resolve.incident.Events.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.event.SubEventType;
import org.sijil.model.incident.AnalystOperation;
import org.sijil.model.incident.EventKey;
import org.sijil.model.incident.MergeDecision;

class IncidentResolverTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 5);
  private static final Instant AT = Instant.parse("2026-11-22T04:00:00Z");

  private static List<Set<EventKey>> clusters(IncidentResolver r, List<AnalystOperation> ops) {
    return r.groups(ops).stream()
        .map(g -> g.events().stream().map(ReportedEvent::key).collect(Collectors.toSet()))
        .toList();
  }

  @Test
  void theSameIncidentFromTwoOutletsWithDifferentNumbersMerges() {
    IncidentResolver r = new IncidentResolver();
    r.add(
        event().in("monitor").killed(20).saying("Twenty died when jets bombed Tal Tamr.").build());

    MergeDecision d =
        r.add(
            event()
                .in("wire")
                .killed(25)
                .saying("An air raid on Tal Tamr killed 25, residents said.")
                .build());

    assertThat(d.opened()).isFalse();
    assertThat(d.matched()).isEqualTo(new EventKey("monitor", 0));
    assertThat(d.score()).isGreaterThanOrEqualTo(ResolverConfig.defaults().threshold());
    assertThat(d.reasons()).anyMatch(s -> s.startsWith("same place Tal Tamr"));
    assertThat(d.reasons()).anyMatch(s -> s.startsWith("same day 2024-03-05"));
    assertThat(r.incidentCount()).isEqualTo(1);
  }

  @Test
  void theSamePlaceAndTypeOnADifferentDayDoesNotMerge() {
    IncidentResolver r = new IncidentResolver();
    r.add(event().in("a").on(DAY).build());

    MergeDecision d = r.add(event().in("b").on(DAY.plusDays(1)).build());

    assertThat(d.opened()).isTrue();
    assertThat(r.incidentCount()).isEqualTo(2);
  }

  @Test
  void aNeighbouringVillageOnTheSameDayDoesNotMerge() {
    IncidentResolver r = new IncidentResolver();
    r.add(event().in("a").at("Tal Tamr").build());

    MergeDecision d = r.add(event().in("b").at("Tal Nasri").build());

    assertThat(d.opened()).isTrue();
    assertThat(r.incidentCount()).isEqualTo(2);
  }

  @Test
  void resolvedPlacesFarApartDoNotMergeAndNearOnesDo() {
    IncidentResolver r = new IncidentResolver();
    r.add(event().in("a").at("Tal Tamr", 36.65, 40.37).build());

    MergeDecision far = r.add(event().in("b").at("Tal Tamr", 36.95, 40.80).build());
    MergeDecision near = r.add(event().in("c").at("Tall Tamir", 36.655, 40.372).build());

    assertThat(far.opened()).isTrue();
    assertThat(near.opened()).isFalse();
    assertThat(near.matched()).isEqualTo(new EventKey("a", 0));
  }

  @Test
  void placesMatchByNameWhenOnlyOneSideHasCoordinates() {
    IncidentResolver r = new IncidentResolver();
    r.add(event().in("a").at("Tal Tamr", 36.65, 40.37).build());

    MergeDecision d = r.add(event().in("b").at("Tal Tamr countryside").build());

    assertThat(d.opened()).isFalse();
  }

  @Test
  void aRecurringStatementIsKeptApartFromADiscreteIncident() {
    IncidentResolver r = new IncidentResolver();
    r.add(event().in("a").type(SubEventType.ATTACK).build());

    MergeDecision d =
        r.add(
            event()
                .in("b")
                .type(SubEventType.ATTACK)
                .recurring()
                .saying("Two to three civilians are killed every day in Tal Tamr.")
                .build());

    assertThat(d.opened()).isTrue();
    assertThat(r.groups(List.of())).hasSize(2);
  }

  @Test
  void eventsOfOneDocumentAreNeverMergedWithEachOther() {
    IncidentResolver r = new IncidentResolver();
    r.add(event().in("a").index(0).build());

    MergeDecision d = r.add(event().in("a").index(1).build());

    assertThat(d.opened()).isTrue();
  }

  @Test
  void aNewReportJoinsAnExistingIncidentIncrementally() {
    IncidentResolver r = new IncidentResolver();
    r.add(event().in("a").build());
    r.add(event().in("b").at("Qamishli").build());
    List<Set<EventKey>> before = clusters(r, List.of());

    MergeDecision d = r.add(event().in("c").build());

    assertThat(before).hasSize(2);
    assertThat(d.matched()).isEqualTo(new EventKey("a", 0));
    assertThat(clusters(r, List.of()))
        .containsExactlyInAnyOrder(
            Set.of(new EventKey("a", 0), new EventKey("c", 0)), Set.of(new EventKey("b", 0)));
  }

  @Test
  void aSplitAndItsUndoAreReversibleAndLoseNoEvent() {
    IncidentResolver r = new IncidentResolver();
    r.add(event().in("a").build());
    r.add(event().in("b").build());
    r.add(event().in("c").build());
    List<Set<EventKey>> automatic = clusters(r, List.of());
    AnalystOperation split = new AnalystOperation.Split(Set.of(new EventKey("b", 0)), "ana", AT);

    List<Set<EventKey>> afterSplit = clusters(r, List.of(split));
    List<Set<EventKey>> afterUndo =
        clusters(r, List.of(split, new AnalystOperation.Undo(1, "ana", AT)));

    assertThat(automatic).hasSize(1);
    assertThat(afterSplit)
        .containsExactlyInAnyOrder(
            Set.of(new EventKey("a", 0), new EventKey("c", 0)), Set.of(new EventKey("b", 0)));
    assertThat(afterUndo).isEqualTo(automatic);
  }

  @Test
  void aMergeJoinsTwoIncidentsAndExplainsItself() {
    IncidentResolver r = new IncidentResolver();
    r.add(event().in("a").build());
    r.add(event().in("b").on(DAY.plusDays(1)).build());
    AnalystOperation merge =
        new AnalystOperation.Merge(Set.of(new EventKey("a", 0), new EventKey("b", 0)), "ana", AT);

    List<IncidentResolver.Group> groups = r.groups(List.of(merge));

    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).decisions())
        .anyMatch(d -> d.reasons().get(0).startsWith("merged by ana"));
    assertThat(r.groups(List.of(merge, new AnalystOperation.Undo(1, "ana", AT)))).hasSize(2);
  }

  @Test
  void aDocumentDateStandsInForAMissingEventDate() {
    IncidentResolver r = new IncidentResolver();
    r.add(event().in("a").on(DAY).build());

    MergeDecision d = r.add(event().in("b").undated().published(DAY.plusDays(1)).build());

    assertThat(d.opened()).isFalse();
    assertThat(d.reasons()).anyMatch(s -> s.startsWith("dates overlap"));
  }

  /**
   * Random report sets: every incident reported by up to four outlets with different figures, among
   * distractors on other days and in other villages. Every pair the resolver puts together must be
   * one true incident, and nearly all true pairs must be found.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomReportSetsClusterIntoTheirIncidents(long seed) {
    Random rnd = new Random(seed);
    String[] villages = {"Tal Tamr", "Tal Nasri", "Abu Rasin", "Al-Hol", "Shaddadi", "Markada"};
    SubEventType[] types = {
      SubEventType.AIR_DRONE_STRIKE, SubEventType.ATTACK, SubEventType.ARMED_CLASH
    };
    List<ReportedEvent> all = new ArrayList<>();
    List<Integer> truth = new ArrayList<>();
    Set<String> used = new HashSet<>();
    int incidents = 0;
    while (incidents < 30) {
      String village = villages[rnd.nextInt(villages.length)];
      LocalDate day = DAY.plusDays(rnd.nextInt(10));
      SubEventType type = types[rnd.nextInt(types.length)];
      if (!used.add(village + day + type) || !used.add(village + day)) {
        continue;
      }
      int killed = 2 + rnd.nextInt(20);
      int reports = 1 + rnd.nextInt(4);
      for (int k = 0; k < reports; k++) {
        all.add(
            event()
                .in("i" + incidents + "-r" + k)
                .type(type)
                .on(day)
                .at(village)
                .killed(killed + rnd.nextInt(3))
                .published(day.plusDays(rnd.nextInt(2)))
                .build());
        truth.add(incidents);
      }
      incidents++;
    }
    java.util.Collections.shuffle(all, rnd);
    IncidentResolver r = new IncidentResolver();
    all.forEach(r::add);

    java.util.Map<EventKey, Integer> predicted = new java.util.HashMap<>();
    List<IncidentResolver.Group> groups = r.groups(List.of());
    for (int g = 0; g < groups.size(); g++) {
      for (ReportedEvent e : groups.get(g).events()) {
        predicted.put(e.key(), g);
      }
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        boolean same = gold(all.get(i)) == gold(all.get(j));
        boolean together = predicted.get(all.get(i).key()).equals(predicted.get(all.get(j).key()));
        if (same && together) {
          tp++;
        } else if (together) {
          fp++;
        } else if (same) {
          fn++;
        }
      }
    }
    assertThat(fp).as("pairs wrongly merged").isZero();
    assertThat(tp / (double) Math.max(1, tp + fn)).as("pairwise recall").isGreaterThan(0.95);
  }

  private static int gold(ReportedEvent e) {
    String d = e.key().document();
    return Integer.parseInt(d.substring(1, d.indexOf('-')));
  }
}
