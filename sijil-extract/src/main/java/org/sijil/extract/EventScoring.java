package org.sijil.extract;

import java.util.Comparator;
import org.sijil.model.event.Event;
import org.sijil.model.event.SubEventType;

/**
 * What every language's reader decides the same way about a candidate event, whatever words found
 * it: how many arguments it needs to count as an incident (rule 6 of docs/ontology.md), how
 * confident the result is, the order of a document's events, and which sub-types transfer
 * territory. Stateless; thread-safe.
 */
final class EventScoring {
  private EventScoring() {}

  /** A trigger at least this sure of its sub-type needs half an argument less. */
  private static final double UNAMBIGUOUS_PRIOR = 0.75;

  /** A trigger at least this sure ("gang-raped", "chemical attack") needs one argument. */
  private static final double SURE_PRIOR = 0.8;

  /** Events most salient first: the most confident, then in text order. */
  static final Comparator<Event> MOST_SALIENT_FIRST =
      Comparator.comparingDouble(Event::confidence)
          .reversed()
          .thenComparing(Event::evidence)
          .thenComparing(Event::trigger);

  /**
   * The arguments a candidate needs by its trigger's prior alone (rule 6): one for a sure trigger,
   * one and a half for an unambiguous one, else two. Readers lower it to one where the word vouches
   * for the rest (an arrest of someone, a headline).
   */
  static double argumentsNeeded(double prior) {
    return prior >= SURE_PRIOR ? 1 : prior >= UNAMBIGUOUS_PRIOR ? 1.5 : 2;
  }

  /**
   * The confidence of an event: the trigger's prior as a log-odds, raised by its arguments beyond
   * the first and by an attribution, lowered when its perpetrator was inferred from elsewhere, when
   * it did not happen (negated, hypothetical, future) and when it is background to the report.
   */
  static double confidence(
      double prior,
      double argScore,
      boolean attributed,
      boolean perpetratorInferred,
      boolean happened,
      boolean background) {
    double logit = Math.log(prior / (1 - prior));
    logit += 0.5 * (argScore - 1);
    logit += attributed ? 0.2 : 0;
    logit -= perpetratorInferred ? 0.2 : 0;
    logit -= happened ? 0 : 2;
    logit -= background ? 2 : 0;
    return 1 / (1 + Math.exp(-logit));
  }

  /** True for the sub-types that move territory from one side to another. */
  static boolean isTerritorial(SubEventType t) {
    return t == SubEventType.GOVERNMENT_REGAINS_TERRITORY
        || t == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
        || t == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY;
  }
}
