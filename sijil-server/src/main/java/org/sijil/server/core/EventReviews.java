package org.sijil.server.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sijil.model.event.Event;
import org.sijil.model.incident.EventKey;
import org.sijil.store.review.ItemKind;
import org.sijil.store.review.ItemRef;
import org.sijil.store.review.ReviewStatus;
import org.sijil.store.review.ReviewStore;
import org.sijil.store.review.ReviewedItem;

/**
 * The analysts' view of a machine event: what the map, the search index, the document page and the
 * exports show. An unreviewed event is the machine's; a confirmed or edited one is its latest
 * reviewed version; a rejected one is shown nowhere. Re-extraction replaces only the machine value
 * in the review store, so a reviewed value keeps winning here.
 *
 * <p>Implementations are thread-safe when their review store is.
 */
@FunctionalInterface
public interface EventReviews {
  /** The machine's events as they are: for a data directory nobody has reviewed, and in tests. */
  EventReviews NONE = (key, machine) -> Optional.of(machine);

  /**
   * The event as it stands after review.
   *
   * @param key the event's key
   * @param machine the machine's event
   * @return the reviewed (or machine) event; empty when an analyst rejected it
   * @throws IllegalStateException when a stored review version cannot be read as an event
   */
  Optional<Event> current(EventKey key, Event machine);

  /**
   * A view for one pass over many events (an index rebuild), which may read up front which events
   * were reviewed instead of asking the review store once per event. Reviews recorded during the
   * pass may be missed: use it for that pass only.
   */
  default EventReviews forPass() {
    return this;
  }

  /** The latest versions in this review store. */
  static EventReviews of(ReviewStore reviews) {
    Objects.requireNonNull(reviews, "reviews");
    EventReviews each = latest(reviews);
    return new EventReviews() {
      @Override
      public Optional<Event> current(EventKey key, Event machine) {
        return each.current(key, machine);
      }

      @Override
      public EventReviews forPass() {
        // One query for the set; only reviewed events cost a lookup (most events never are).
        Set<String> reviewed = reviews.reviewedIds(ItemKind.EVENT);
        return (key, machine) ->
            reviewed.contains(key.toString()) ? each.current(key, machine) : Optional.of(machine);
      }
    };
  }

  private static EventReviews latest(ReviewStore reviews) {
    EventJson json = new EventJson();
    ObjectMapper mapper = new ObjectMapper();
    return (key, machine) -> {
      Optional<ReviewedItem> item = reviews.item(new ItemRef(ItemKind.EVENT, key.toString()));
      if (item.isEmpty()) {
        return Optional.of(machine);
      }
      ReviewStatus status = item.get().status();
      if (status == ReviewStatus.PENDING) {
        return Optional.of(machine);
      }
      if (status == ReviewStatus.REJECTED) {
        return Optional.empty();
      }
      try {
        return Optional.of(json.readOne(mapper.readTree(item.get().currentJson())));
      } catch (JsonProcessingException | RuntimeException e) {
        throw new IllegalStateException(
            "expected the reviewed version of event " + key + " to be an event, found: " + e, e);
      }
    };
  }
}
