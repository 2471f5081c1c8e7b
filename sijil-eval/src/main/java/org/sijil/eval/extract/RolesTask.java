package org.sijil.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sijil.eval.EvalReport;
import org.sijil.eval.EvalReport.Metric;
import org.sijil.eval.EvalTask;
import org.sijil.eval.GoldLines;
import org.sijil.model.Span;
import org.sijil.model.event.ActorRef;
import org.sijil.model.event.Event;

/**
 * {@code roles}: MUC-4, RAMS and WikiEvents role fillers, as the eval README defines them.
 * Predicted events are matched one-to-one to gold events of the same document whose sub-types
 * contain the predicted one (greedy: more agreeing roles, then evidence overlapping gold trigger or
 * argument spans, then required gold, then order). Event P/R/F1 leave matches with optional gold
 * out of both. On matched required pairs, perpetrator, victim (gold victim ∪ target) and place are
 * scored by head-noun match, once per slot, micro-averaged; {@code roles_e2e} also counts the slots
 * of unmatched events. A predicted actor filler is the mention's text when there is one; the
 * predicted victim slot is the victim and the physical target, correct when either matches.
 */
public final class RolesTask implements EvalTask {

  private static final String[] ROLES = {"perpetrator", "victim", "place"};

  @Override
  public String name() {
    return "roles";
  }

  @Override
  public String description() {
    return "MUC-4 / RAMS / WikiEvents: event P/R/F1 and head-noun role filler F1";
  }

  private record Pair(int pred, int gold, int agree, boolean overlap, boolean required) {}

  @Override
  public EvalReport evaluate(Path goldFile) throws IOException {
    EventSystem system = EventSystem.current();
    List<JsonNode> docs = GoldLines.read(goldFile).stream().map(GoldLines.Line::node).toList();
    int etp = 0;
    int efp = 0;
    int efn = 0;
    int[][] role = new int[3][3]; // role -> {tp, pred, gold} on matched pairs
    int[] e2e = new int[3]; // {tp, pred, gold} over all slots
    int line = 0;
    for (JsonNode doc : docs) {
      line++;
      String text = GoldLines.text(doc, "text", goldFile, line);
      LocalDate published = GoldLines.date(doc, "published");
      List<Event> preds = system.events(text, published);
      List<JsonNode> gold = new ArrayList<>();
      doc.get("events").forEach(gold::add);
      List<Pair> pairs = new ArrayList<>();
      for (int i = 0; i < preds.size(); i++) {
        for (int j = 0; j < gold.size(); j++) {
          JsonNode g = gold.get(j);
          if (!GoldLines.strings(g, "subTypes").contains(preds.get(i).subType().label())) {
            continue;
          }
          int agree = 0;
          for (int r = 0; r < 3; r++) {
            agree += correct(text, preds.get(i), g, r) ? 1 : 0;
          }
          pairs.add(
              new Pair(
                  i,
                  j,
                  agree,
                  overlaps(preds.get(i).evidence(), g),
                  g.path("required").asBoolean(true)));
        }
      }
      pairs.sort(
          Comparator.comparingInt((Pair p) -> -p.agree)
              .thenComparing(p -> !p.overlap)
              .thenComparing(p -> !p.required)
              .thenComparingInt(p -> p.pred)
              .thenComparingInt(p -> p.gold));
      boolean[] predUsed = new boolean[preds.size()];
      boolean[] goldUsed = new boolean[gold.size()];
      for (Pair p : pairs) {
        if (predUsed[p.pred] || goldUsed[p.gold]) {
          continue;
        }
        predUsed[p.pred] = true;
        goldUsed[p.gold] = true;
        if (!p.required) {
          continue; // matches with optional gold count neither way
        }
        etp++;
        for (int r = 0; r < 3; r++) {
          boolean predicted = !fillers(text, preds.get(p.pred), r).isEmpty();
          List<String> gs = goldStrings(gold.get(p.gold), r);
          boolean ok = correct(text, preds.get(p.pred), gold.get(p.gold), r);
          role[r][0] += ok ? 1 : 0;
          role[r][1] += predicted ? 1 : 0;
          role[r][2] += gs.isEmpty() ? 0 : 1;
          e2e[0] += ok ? 1 : 0;
          e2e[1] += predicted ? 1 : 0;
          e2e[2] += gs.isEmpty() ? 0 : 1;
        }
      }
      for (int i = 0; i < preds.size(); i++) {
        if (!predUsed[i]) {
          efp++;
          for (int r = 0; r < 3; r++) {
            e2e[1] += fillers(text, preds.get(i), r).isEmpty() ? 0 : 1;
          }
        }
      }
      for (int j = 0; j < gold.size(); j++) {
        if (!goldUsed[j] && gold.get(j).path("required").asBoolean(true)) {
          efn++;
          for (int r = 0; r < 3; r++) {
            e2e[2] += goldStrings(gold.get(j), r).isEmpty() ? 0 : 1;
          }
        }
      }
    }
    List<Metric> m = new ArrayList<>(Scores.prf("event", etp, efp, efn));
    int tp = 0;
    int pr = 0;
    int gd = 0;
    for (int r = 0; r < 3; r++) {
      m.addAll(Scores.prf(ROLES[r], role[r][0], role[r][1] - role[r][0], role[r][2] - role[r][0]));
      tp += role[r][0];
      pr += role[r][1];
      gd += role[r][2];
    }
    m.addAll(Scores.prf("roles", tp, pr - tp, gd - tp));
    m.addAll(Scores.prf("roles_e2e", e2e[0], e2e[1] - e2e[0], e2e[2] - e2e[0]));
    return new EvalReport(name(), goldFile.toString(), docs.size(), m);
  }

  private static boolean overlaps(Span evidence, JsonNode g) {
    JsonNode t = g.get("trigger");
    if (t != null && evidence.overlaps(new Span(t.get("start").asInt(), t.get("end").asInt()))) {
      return true;
    }
    JsonNode spans = g.get("spans");
    if (spans != null) {
      for (JsonNode list : spans) {
        for (JsonNode s : list) {
          if (evidence.overlaps(new Span(s.get(0).asInt(), s.get(1).asInt()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String actorText(String text, ActorRef a) {
    if (a == null) {
      return null;
    }
    return a.span() != null ? a.span().of(text) : a.name();
  }

  /**
   * The predicted fillers of a slot: the victim slot holds the victim and, when given, the physical
   * target (the gold slot is victim ∪ target); the slot counts as predicted when either is.
   */
  private static List<String> fillers(String text, Event e, int role) {
    List<String> out = new ArrayList<>(2);
    switch (role) {
      case 0 -> addIfPresent(out, actorText(text, e.perpetrator()));
      case 1 -> {
        addIfPresent(out, actorText(text, e.victim()));
        if (e.target() != null) {
          addIfPresent(
              out, e.target().span() != null ? e.target().span().of(text) : e.target().name());
        }
      }
      default -> addIfPresent(out, e.location() == null ? null : e.location().name());
    }
    return out;
  }

  private static void addIfPresent(List<String> out, String s) {
    if (s != null) {
      out.add(s);
    }
  }

  private static List<String> goldStrings(JsonNode g, int role) {
    return switch (role) {
      case 0 -> GoldLines.strings(g, "perpetrator");
      case 1 -> {
        List<String> v = GoldLines.strings(g, "victim");
        v.addAll(GoldLines.strings(g, "target"));
        yield v;
      }
      default -> GoldLines.strings(g, "place");
    };
  }

  private static boolean correct(String text, Event e, JsonNode g, int role) {
    for (String f : fillers(text, e, role)) {
      for (String s : goldStrings(g, role)) {
        if (Scores.headMatch(f, s)) {
          return true;
        }
      }
    }
    return false;
  }
}
