package org.sijil.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.model.event.EventType;
import org.sijil.model.incident.EventKey;

/**
 * Checks the index against a brute-force filter over the same entries: totals, hit sets, facet
 * counts and histograms for random combinations of facet filters, date ranges, boxes and circles.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIndexBruteForceTest {
  private static final int EVENTS = 4_000;
  private final List<EventEntry> corpus = new ArrayList<>();
  private SearchIndex index;

  @BeforeAll
  void buildCorpus() {
    EventGenerator gen = new EventGenerator(42);
    for (int i = 0; i < EVENTS; i++) {
      EventEntry e = gen.next();
      // Some events are undated: they match no date range and stay out of the histogram.
      corpus.add(i % 13 == 5 ? e.withDays(null, null) : e);
    }
    index = SearchIndex.inMemory();
    // Several commits, so that the index has several segments to count across.
    for (int i = 0; i < EVENTS; i += 1_000) {
      index.putEvents(corpus.subList(i, Math.min(EVENTS, i + 1_000)));
      index.commit();
    }
    // Deleted events in the first segment only, so counting meets segments with and without
    // deletions.
    Set<String> deleted = new HashSet<>();
    for (int i = 0; i < 1_000; i += 10) {
      deleted.add(corpus.get(i).key().document());
    }
    deleted.forEach(index::deleteDocumentEvents);
    index.commit();
    corpus.removeIf(e -> deleted.contains(e.key().document()));
    assertThat(index.eventCount()).isEqualTo(corpus.size());
  }

  @AfterAll
  void close() {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void randomQueriesMatchABruteForceFilterOverTheSameEvents(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 20; round++) {
      EventQuery q = randomQuery(random);
      EventResults r = index.searchEvents(q);
      List<EventEntry> expected = corpus.stream().filter(e -> matches(q, e)).toList();
      List<EventEntry> uncertain = corpus.stream().filter(e -> onTheEdge(q, e)).toList();

      Set<EventKey> got = r.hits().stream().map(EventEntry::key).collect(Collectors.toSet());
      Set<EventKey> want = expected.stream().map(EventEntry::key).collect(Collectors.toSet());
      Set<EventKey> edge = uncertain.stream().map(EventEntry::key).collect(Collectors.toSet());
      assertThat(r.total())
          .as("total for %s", q)
          .isBetween((long) minus(want, edge).size(), (long) plus(want, edge).size());
      assertThat(minus(got, edge)).as("hits for %s", q).isEqualTo(minus(want, edge));
      if (q.text() == null) {
        assertThat(r.hits())
            .isSortedAccordingTo(
                Comparator.comparing(
                    EventEntry::start, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())));
      }

      if (edge.isEmpty()) {
        for (Facet f : q.facets()) {
          // Drill sideways: a filtered facet counts the events matching every other condition.
          EventQuery sideways = q.withoutFilter(f);
          if (corpus.stream().anyMatch(e -> onTheEdge(sideways, e))) {
            continue; // a point on a circle's edge may fall either way
          }
          Map<String, Long> counts = new HashMap<>();
          for (EventEntry e : corpus.stream().filter(e -> matches(sideways, e)).toList()) {
            for (String v : EventDocuments.values(e, f)) {
              counts.merge(v, 1L, Long::sum);
            }
          }
          Map<String, Long> actual =
              r.facets().get(f).stream()
                  .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
          assertThat(actual).as("facet %s for %s", f, q).isEqualTo(counts);
          assertThat(r.facets().get(f))
              .isSortedAccordingTo((a, b) -> Long.compare(b.count(), a.count()));
        }
        Interval interval = Interval.values()[random.nextInt(Interval.values().length)];
        assertThat(histogramAsMap(index.histogram(q, interval)))
            .as("%s histogram for %s", interval, q)
            .isEqualTo(bruteHistogram(expected, interval));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12})
  void pagesTileTheFullResultWithoutGapsOrRepeats(long seed) {
    Random random = new Random(seed);
    EventQuery base =
        EventQuery.builder()
            .filter(Facet.COUNTRY, random.nextBoolean() ? "SY" : "IQ")
            .limit(EventQuery.MAX_LIMIT)
            .build();
    List<EventKey> all = index.searchEvents(base).hits().stream().map(EventEntry::key).toList();
    List<EventKey> paged = new ArrayList<>();
    for (int offset = 0; offset < all.size(); offset += 97) {
      paged.addAll(
          index.searchEvents(base.toBuilder().offset(offset).limit(97).build()).hits().stream()
              .map(EventEntry::key)
              .toList());
    }
    assertThat(paged).hasSameSizeAs(all).doesNotHaveDuplicates();
    assertThat(new HashSet<>(paged)).isEqualTo(new HashSet<>(all));
  }

  private static <T> Set<T> minus(Set<T> a, Set<T> b) {
    Set<T> s = new HashSet<>(a);
    s.removeAll(b);
    return s;
  }

  private static <T> Set<T> plus(Set<T> a, Set<T> b) {
    Set<T> s = new HashSet<>(a);
    s.addAll(b);
    return s;
  }

  private static final Pattern ACTOR_QUERY = Pattern.compile("actor:\"(.+)\"");

  private EventQuery randomQuery(Random random) {
    EventQuery.Builder b = EventQuery.builder().limit(EventQuery.MAX_LIMIT);
    if (random.nextInt(4) == 0) {
      // A text query (scored, so it takes the relevance path) whose matches are easy to state.
      EventEntry e = corpus.get(random.nextInt(corpus.size()));
      if (!e.actors().isEmpty()) {
        b.text("actor:\"" + e.actors().iterator().next() + "\"");
      }
    }
    int filters = random.nextInt(3);
    for (int i = 0; i < filters; i++) {
      Facet f = Facet.values()[random.nextInt(Facet.values().length)];
      int n = 1 + random.nextInt(2);
      for (int k = 0; k < n; k++) {
        EventEntry e = corpus.get(random.nextInt(corpus.size()));
        Set<String> vs = EventDocuments.values(e, f);
        if (!vs.isEmpty()) {
          b.filter(f, vs.iterator().next());
        }
      }
    }
    if (random.nextInt(3) == 0) {
      LocalDate from = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
      b.from(random.nextInt(4) == 0 ? null : from);
      b.to(random.nextInt(4) == 0 ? null : from.plusDays(random.nextInt(400)));
    }
    if (random.nextInt(4) == 0) {
      // Edges half a step off the generator's four-decimal grid, so no point lies on one.
      double south = 32 + random.nextInt(50_000) / 10_000.0 + 0.00005;
      double west = 36 + random.nextInt(80_000) / 10_000.0 + 0.00005;
      b.box(
          new BoundingBox(
              south,
              west,
              Math.min(90, south + random.nextInt(30_000) / 10_000.0),
              Math.min(180, west + random.nextInt(30_000) / 10_000.0)));
    }
    if (random.nextInt(4) == 0) {
      EventEntry centre = corpus.get(random.nextInt(corpus.size()));
      if (centre.lat() != null) {
        b.near(new Near(centre.lat(), centre.lon(), 1 + random.nextInt(150)));
      }
    }
    Set<Facet> facets = EnumSet.noneOf(Facet.class);
    for (Facet f : Facet.values()) {
      if (random.nextInt(3) == 0) {
        facets.add(f);
      }
    }
    return b.facet(facets.toArray(new Facet[0])).build();
  }

  /** The definition of a match, written independently of the index. */
  static boolean matches(EventQuery q, EventEntry e) {
    if (q.text() != null) {
      Matcher m = ACTOR_QUERY.matcher(q.text());
      assertThat(m.matches()).as(q.text()).isTrue();
      if (!e.actors().contains(m.group(1))) {
        return false;
      }
    }
    for (Map.Entry<Facet, Set<String>> f : q.filters().entrySet()) {
      Set<String> have = EventDocuments.values(e, f.getKey());
      if (f.getValue().stream().noneMatch(have::contains)) {
        return false;
      }
    }
    if ((q.from() != null || q.to() != null) && !e.dated()) {
      return false;
    }
    if (q.from() != null && e.lastDay().isBefore(q.from())) {
      return false;
    }
    if (q.to() != null && e.start().isAfter(q.to())) {
      return false;
    }
    if (q.box() != null && (e.lat() == null || !q.box().contains(e.lat(), e.lon()))) {
      return false;
    }
    if (q.near() != null
        && (e.lat() == null || q.near().distanceKm(e.lat(), e.lon()) > q.near().km())) {
      return false;
    }
    return true;
  }

  /** Points within a metre of a circle's edge, where rounding may decide either way. */
  private static boolean onTheEdge(EventQuery q, EventEntry e) {
    return q.near() != null
        && e.lat() != null
        && Math.abs(q.near().distanceKm(e.lat(), e.lon()) - q.near().km()) < 0.001
        && matchesIgnoringNear(q, e);
  }

  private static boolean matchesIgnoringNear(EventQuery q, EventEntry e) {
    return matches(q.toBuilder().near(null).build(), e);
  }

  private static Map<LocalDate, Map<EventType, Long>> histogramAsMap(List<Bucket> buckets) {
    Map<LocalDate, Map<EventType, Long>> m = new TreeMap<>();
    for (Bucket b : buckets) {
      if (!b.counts().isEmpty()) {
        m.put(b.start(), b.counts());
      }
    }
    return m;
  }

  private static Map<LocalDate, Map<EventType, Long>> bruteHistogram(
      List<EventEntry> events, Interval interval) {
    Map<LocalDate, Map<EventType, Long>> m = new TreeMap<>();
    for (EventEntry e : events) {
      if (!e.dated()) {
        continue;
      }
      LocalDate start =
          switch (interval) {
            case DAY -> e.start();
            case WEEK -> e.start().minusDays(e.start().getDayOfWeek().getValue() - 1);
            case MONTH -> LocalDate.of(e.start().getYear(), e.start().getMonth(), 1);
            case YEAR -> LocalDate.of(e.start().getYear(), 1, 1);
          };
      m.computeIfAbsent(start, k -> new EnumMap<>(EventType.class)).merge(e.type(), 1L, Long::sum);
    }
    return m;
  }
}
