package org.sijil.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A raw text and the layers stages have added to it. Immutable: {@link #with} returns a new
 * instance, so a result can be shared between threads and no stage can change another's layer.
 */
public final class AnnotatedText {
  private final String raw;
  private final Map<LayerKey<?>, Object> layers;

  private AnnotatedText(String raw, Map<LayerKey<?>, Object> layers) {
    this.raw = raw;
    this.layers = layers;
  }

  /** A text with no layers yet. */
  public static AnnotatedText of(String raw) {
    return new AnnotatedText(Objects.requireNonNull(raw, "raw"), Map.of());
  }

  /** The raw text every span points into. */
  public String raw() {
    return raw;
  }

  /** This text with one more layer; list values are copied to unmodifiable lists. */
  public <T> AnnotatedText with(LayerKey<T> key, T value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (layers.containsKey(key)) {
      throw new IllegalStateException("expected layer " + key + " to be new, found it already set");
    }
    Map<LayerKey<?>, Object> copy = new LinkedHashMap<>(layers);
    copy.put(key, value instanceof java.util.List<?> l ? java.util.List.copyOf(l) : value);
    return new AnnotatedText(raw, java.util.Collections.unmodifiableMap(copy));
  }

  /** The layer's value. */
  @SuppressWarnings("unchecked")
  public <T> T get(LayerKey<T> key) {
    Object v = layers.get(key);
    if (v == null) {
      throw new NoSuchElementException("expected layer " + key + ", found layers " + keys());
    }
    return (T) v;
  }

  public boolean has(LayerKey<?> key) {
    return layers.containsKey(key);
  }

  /** The layers present, in the order they were added. */
  public Set<LayerKey<?>> keys() {
    return layers.keySet();
  }
}
