package org.sijil.resolve.geo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo of a pure function of a string, holding at most {@code capacity} entries: once
 * full, further keys are computed every time and not kept. Reports name the same places over and
 * over, so the first few thousand names cover most lookups; a bound keeps a long run over varied
 * text from growing the heap.
 */
final class BoundedCache<V> {
  private final Map<String, V> map = new ConcurrentHashMap<>();
  private final int capacity;
  private final Function<String, V> compute;

  BoundedCache(int capacity, Function<String, V> compute) {
    if (capacity < 0) {
      throw new IllegalArgumentException("expected a capacity >= 0, found " + capacity);
    }
    this.capacity = capacity;
    this.compute = compute;
  }

  /** The value for {@code key}, computed at most once while the cache has room. */
  V get(String key) {
    V v = map.get(key);
    if (v != null) {
      return v;
    }
    v = compute.apply(key);
    // Two threads may both compute a missing key: the function is pure, either value will do.
    if (map.size() < capacity) {
      map.putIfAbsent(key, v);
    }
    return v;
  }
}
