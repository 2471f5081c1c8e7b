package org.sijil.extract;

import org.sijil.model.event.PlaceRef;

/**
 * Gives a place named in a text its coordinates: the hook through which a geoparser (in
 * sijil-resolve) fills the {@link PlaceRef}s the extractor reads from syntax. Implementations are
 * thread-safe.
 */
@FunctionalInterface
public interface PlaceResolver {

  /**
   * The place resolved, or {@code place} unchanged when it cannot be resolved.
   *
   * @param place a place with name and span, as read from {@code text}
   * @param text the document's raw text, for context
   */
  PlaceRef resolve(PlaceRef place, String text);
}
