package org.sijil.model;

import java.util.Objects;

/**
 * Which stage made an annotation and with which version of which resource (a lexicon, a gazetteer
 * build, a model). Immutable and thread-safe.
 *
 * @param stage the producing stage's name, e.g. {@code "html-text"} or {@code "time-expressions"}
 * @param resourceVersion version of the resource the stage used, e.g. {@code "gazetteer@2026-11"}
 */
public record Provenance(String stage, String resourceVersion) {
  public Provenance {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(resourceVersion, "resourceVersion");
    if (stage.isBlank()) {
      throw new IllegalArgumentException("expected a stage name, found a blank string");
    }
  }
}
