package org.sijil.nlp;

import java.util.Objects;

/**
 * A typed name for one layer of annotations, such as {@link Layers#TOKENS}. Keys compare by
 * identity, so two keys with the same name are different layers; declare each key once as a
 * constant. Immutable and thread-safe.
 *
 * @param <T> the type of the layer's value
 */
public final class LayerKey<T> {
  private final String name;
  private final Class<?> type;

  private LayerKey(String name, Class<?> type) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    if (name.isBlank()) {
      throw new IllegalArgumentException("expected a layer name, found a blank string");
    }
  }

  /** A key for a layer whose value is a single object of {@code type}. */
  public static <T> LayerKey<T> of(String name, Class<T> type) {
    return new LayerKey<>(name, type);
  }

  /**
   * A key for a layer whose value is a list of annotations of {@code elementType}, sorted by span.
   */
  public static <A extends Annotation> LayerKey<java.util.List<A>> listOf(
      String name, Class<A> elementType) {
    return new LayerKey<>(name, elementType);
  }

  /** The layer name, e.g. {@code SENTENCES}. */
  public String name() {
    return name;
  }

  /** For a list layer, the element type; otherwise the value type. */
  public Class<?> type() {
    return type;
  }

  @Override
  public String toString() {
    return name;
  }
}
