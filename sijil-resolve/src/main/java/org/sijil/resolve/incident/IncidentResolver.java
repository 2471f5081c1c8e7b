package org.sijil.resolve.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sijil.model.incident.AnalystOperation;
import org.sijil.model.incident.EventKey;
import org.sijil.model.incident.MergeDecision;

/**
 * Clusters events from different documents into incidents, one event at a time: a new event is
 * scored against the incidents in its block — the same days (± the window) and the same area (the
 * place's name key, or its 0.1° grid cell and the cells around it) — and joins the best one scoring
 * at or above the threshold, or opens a new one. Never all pairs: an event is compared only with
 * incidents in its block, and with at most {@link ResolverConfig#membersCompared()} members of
 * each.
 *
 * <p>Every placement is kept as a {@link MergeDecision} with its score and reasons. Analyst splits
 * and merges are applied on top by {@link #groups(List)}, so they survive new reports and can be
 * undone; the events themselves are never changed.
 *
 * <p>Not thread-safe: one resolver per thread. Memory grows with the number of events (one small
 * feature record each) and is bounded by it.
 */
public final class IncidentResolver {
  /** Date ranges wider than this are indexed under their first days only. */
  private static final int MAX_INDEXED_DAYS = 7;

  private static final String NO_PLACE = "";

  private final ResolverConfig config;
  private final PairScorer scorer;
  private final List<EventFeatures> events = new ArrayList<>();
  private final List<MergeDecision> decisions = new ArrayList<>();
  private final List<List<Integer>> clusters = new ArrayList<>();
  private final List<Integer> clusterOf = new ArrayList<>();
  private final Map<EventKey, Integer> byKey = new HashMap<>();
  private final Map<Long, Map<String, List<Integer>>> index = new HashMap<>();
  private final List<Integer> undated = new ArrayList<>();
  private int[] seen = new int[16];
  private int stamp;

  /** A resolver with the default configuration. */
  public IncidentResolver() {
    this(ResolverConfig.defaults());
  }

  public IncidentResolver(ResolverConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.scorer = new PairScorer(config);
  }

  /** A group of events the resolver holds to be one incident, with why each is there. */
  public record Group(List<ReportedEvent> events, List<MergeDecision> decisions) {
    public Group {
      events = List.copyOf(events);
      decisions = List.copyOf(decisions);
    }
  }

  /**
   * Places one event: it joins the best-scoring incident in its block, or opens one.
   *
   * @return why it was placed where it was
   * @throws IllegalArgumentException when an event with the same key was added before
   */
  public MergeDecision add(ReportedEvent event) {
    return add(event, null);
  }

  /**
   * Places one event of a document that is a near-duplicate of an earlier one (a syndicated or
   * republished copy): it joins the incident of the original's event of the same sub-type (the one
   * at the same position first), whatever its own date says — a copy republished a day later still
   * says "today" of the original's day. Without such an event it is placed as by {@link
   * #add(ReportedEvent)}.
   *
   * @param copyOf the SHA-256 hex (or id) of the document it copies, or null
   */
  public MergeDecision add(ReportedEvent event, String copyOf) {
    Objects.requireNonNull(event, "event");
    if (copyOf != null && !byKey.containsKey(event.key())) {
      Integer original = originalEvent(event, copyOf);
      EventFeatures f = new EventFeatures(event, events.size());
      // A false near-duplicate link (two short template bulletins) must not merge two places.
      if (original != null && !scorer.score(f, events.get(original), true).veto()) {
        int id = events.size();
        events.add(f);
        byKey.put(event.key(), id);
        int cluster = clusterOf.get(original);
        clusters.get(cluster).add(id);
        clusterOf.add(cluster);
        EventKey matched = events.get(original).source.key();
        MergeDecision d =
            new MergeDecision(
                event.key(),
                matched,
                1,
                List.of(
                    "near-duplicate of document " + copyOf + ": joins the incident of " + matched));
        decisions.add(d);
        register(f, cluster);
        return d;
      }
    }
    if (byKey.containsKey(event.key())) {
      throw new IllegalArgumentException("expected a new event, found " + event.key() + " again");
    }
    int id = events.size();
    EventFeatures f = new EventFeatures(event, id);
    events.add(f);
    byKey.put(event.key(), id);

    int bestCluster = -1;
    PairScorer.Score best = null;
    EventFeatures bestMember = null;
    stamp++;
    for (int c : candidates(f)) {
      List<Integer> members = clusters.get(c);
      // The most recent members: a large incident is represented by its latest reports.
      for (int i = members.size() - 1, n = 0; i >= 0 && n < config.membersCompared(); i--, n++) {
        EventFeatures m = events.get(members.get(i));
        PairScorer.Score s = scorer.score(f, m);
        if (!s.veto() && (best == null || s.value() > best.value())) {
          best = s;
          bestCluster = c;
          bestMember = m;
        }
      }
    }
    MergeDecision d;
    if (best != null && best.value() >= config.threshold()) {
      d =
          new MergeDecision(
              event.key(), bestMember.source.key(), round(best.value()), best.reasons());
      clusters.get(bestCluster).add(id);
      clusterOf.add(bestCluster);
    } else {
      String why =
          best == null
              ? "opened: no incident in its block (same days and area) to compare with"
              : String.format(
                  Locale.ROOT,
                  "opened: best match %s scored %.2f, below the threshold %.2f",
                  bestMember.source.key(),
                  best.value(),
                  config.threshold());
      d = new MergeDecision(event.key(), null, 0, List.of(why));
      bestCluster = clusters.size();
      List<Integer> members = new ArrayList<>(2);
      members.add(id);
      clusters.add(members);
      clusterOf.add(bestCluster);
    }
    decisions.add(d);
    register(f, bestCluster);
    return d;
  }

  /** Number of events added. */
  public int size() {
    return events.size();
  }

  /** Number of incidents the automatic clustering holds (before analyst operations). */
  public int incidentCount() {
    return clusters.size();
  }

  /**
   * The incidents: the automatic clustering with the analyst's operations applied in order (an
   * operation withdrawn by a later {@link AnalystOperation.Undo} is skipped). Operations naming
   * events the resolver does not hold ignore those events.
   */
  public List<Group> groups(List<AnalystOperation> operations) {
    // Union-find over events would lose the order of splits; a plain label per event is enough.
    int[] label = new int[events.size()];
    for (int i = 0; i < label.length; i++) {
      label[i] = clusterOf.get(i);
    }
    int next = clusters.size();
    List<MergeDecision> ds = new ArrayList<>(decisions);
    Set<Integer> undone = new HashSet<>();
    for (AnalystOperation op : operations) {
      if (op instanceof AnalystOperation.Undo u) {
        undone.add(u.operation());
      }
    }
    int number = 0;
    for (AnalystOperation op : operations) {
      number++;
      if (undone.contains(number)) {
        continue;
      }
      String by = " by " + op.analyst() + " at " + op.at() + " (operation " + number + ")";
      if (op instanceof AnalystOperation.Split s) {
        int to = next++;
        EventKey first = null;
        for (EventKey k : new java.util.TreeSet<>(s.events())) {
          Integer i = byKey.get(k);
          if (i != null) {
            label[i] = to;
            ds.set(
                i,
                first == null
                    ? new MergeDecision(k, null, 0, List.of("split off" + by))
                    : new MergeDecision(k, first, 1, List.of("split off together" + by)));
            if (first == null) {
              first = k;
            }
          }
        }
      } else if (op instanceof AnalystOperation.Merge m) {
        Integer target = null;
        EventKey anchor = null;
        Set<Integer> from = new HashSet<>();
        for (EventKey k : new java.util.TreeSet<>(m.events())) {
          Integer i = byKey.get(k);
          if (i == null) {
            continue;
          }
          if (target == null) {
            target = label[i];
            anchor = k;
          } else if (label[i] != target) {
            from.add(label[i]);
          }
        }
        if (target != null && !from.isEmpty()) {
          for (int i = 0; i < label.length; i++) {
            if (from.contains(label[i])) {
              label[i] = target;
              ds.set(
                  i,
                  new MergeDecision(events.get(i).source.key(), anchor, 1, List.of("merged" + by)));
            }
          }
        }
      }
    }
    Map<Integer, List<Integer>> byLabel = new LinkedHashMap<>();
    for (int i = 0; i < label.length; i++) {
      byLabel.computeIfAbsent(label[i], x -> new ArrayList<>()).add(i);
    }
    List<Group> out = new ArrayList<>(byLabel.size());
    for (List<Integer> members : byLabel.values()) {
      List<ReportedEvent> es = new ArrayList<>(members.size());
      List<MergeDecision> md = new ArrayList<>(members.size());
      for (int i : members) {
        es.add(events.get(i).source);
        MergeDecision d = ds.get(i);
        // The first member of a group opened it, whatever it matched before a split.
        if (md.isEmpty() && d.matched() != null) {
          List<String> r = new ArrayList<>();
          r.add("first member of this incident after analyst operations");
          r.addAll(d.reasons());
          d = new MergeDecision(d.event(), null, 0, r);
        }
        md.add(d);
      }
      out.add(new Group(es, md));
    }
    return out;
  }

  private Integer originalEvent(ReportedEvent event, String copyOf) {
    Integer sameIndex = byKey.get(new EventKey(copyOf, event.key().index()));
    if (sameIndex != null
        && events.get(sameIndex).source.event().subType() == event.event().subType()) {
      return sameIndex;
    }
    for (int i = 0; ; i++) {
      Integer other = byKey.get(new EventKey(copyOf, i));
      if (other == null) {
        return null;
      }
      if (events.get(other).source.event().subType() == event.event().subType()) {
        return other;
      }
    }
  }

  private List<Integer> candidates(EventFeatures f) {
    List<Integer> out = new ArrayList<>();
    if (!f.dated()) {
      for (int i = 0; i < clusters.size(); i++) {
        mark(i, out);
      }
      return out;
    }
    for (int c : undated) {
      mark(c, out);
    }
    long from = f.start - config.dayWindow();
    long to = Math.min(f.end, f.start + MAX_INDEXED_DAYS) + config.dayWindow();
    List<String> areas = areas(f);
    for (long day = from; day <= to; day++) {
      Map<String, List<Integer>> byArea = index.get(day);
      if (byArea == null) {
        continue;
      }
      if (areas.isEmpty()) {
        for (List<Integer> cs : byArea.values()) {
          for (int c : cs) {
            mark(c, out);
          }
        }
        continue;
      }
      for (String a : areas) {
        List<Integer> cs = byArea.get(a);
        if (cs != null) {
          for (int c : cs) {
            mark(c, out);
          }
        }
      }
      List<Integer> cs = byArea.get(NO_PLACE);
      if (cs != null) {
        for (int c : cs) {
          mark(c, out);
        }
      }
    }
    return out;
  }

  private void mark(int cluster, List<Integer> out) {
    if (cluster >= seen.length) {
      seen = java.util.Arrays.copyOf(seen, Math.max(cluster + 1, seen.length * 2));
    }
    if (seen[cluster] != stamp) {
      seen[cluster] = stamp;
      out.add(cluster);
    }
  }

  private void register(EventFeatures f, int cluster) {
    if (!f.dated()) {
      undated.add(cluster);
      return;
    }
    List<String> keys = new ArrayList<>(2);
    if (f.placeKey != null) {
      keys.add("n:" + f.placeKey);
    }
    if (f.lat != null) {
      keys.add(cell(f.lat, f.lon));
    }
    if (keys.isEmpty()) {
      keys.add(NO_PLACE);
    }
    long to = Math.min(f.end, f.start + MAX_INDEXED_DAYS);
    for (long day = f.start; day <= to; day++) {
      Map<String, List<Integer>> byArea = index.computeIfAbsent(day, d -> new HashMap<>(4));
      for (String k : keys) {
        List<Integer> cs = byArea.computeIfAbsent(k, x -> new ArrayList<>(2));
        if (!cs.contains(cluster)) {
          cs.add(cluster);
        }
      }
    }
  }

  /** The block keys an event looks in: its name keys and the 3×3 grid cells around it. */
  private static List<String> areas(EventFeatures f) {
    List<String> out = new ArrayList<>(11);
    if (f.placeKey != null) {
      out.add("n:" + f.placeKey);
    }
    if (f.lat != null) {
      for (int dy = -1; dy <= 1; dy++) {
        for (int dx = -1; dx <= 1; dx++) {
          out.add(cell(f.lat + dy * 0.1, f.lon + dx * 0.1));
        }
      }
    }
    return out;
  }

  private static String cell(double lat, double lon) {
    return "g:" + (int) Math.floor(lat * 10) + ":" + (int) Math.floor(lon * 10);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
