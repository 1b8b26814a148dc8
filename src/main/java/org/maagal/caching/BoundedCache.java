package org.maagal.caching;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A cache that keeps at most a fixed number of entries and, when a new one would go over, drops the one used
 * least recently. Every cache Maagal keeps in memory is one of these, so that what a request names (a year, a
 * version) never makes the heap grow without end. Safe to share between threads; a missing value is computed
 * outside the lock, so two threads that miss the same key at once may both compute it (the first stored stays).
 */
public final class BoundedCache<K, V> {

  private final int capacity;
  private final Map<K, V> entries;

  public BoundedCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("A cache keeps at least one entry, not " + capacity);
    }
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > BoundedCache.this.capacity;
      }
    };
  }

  /** The value kept for the key, or null. */
  public synchronized V get(K key) {
    return entries.get(key);
  }

  public synchronized void put(K key, V value) {
    entries.put(key, value);
  }

  /** The value kept for the key, else the one computed now and kept (a null one is not kept). */
  public V computeIfAbsent(K key, Function<? super K, ? extends V> compute) {
    V kept = get(key);
    if (kept != null) {
      return kept;
    }
    V computed = compute.apply(key);
    if (computed == null) {
      return null;
    }
    synchronized (this) {
      V first = entries.putIfAbsent(key, computed);
      return first != null ? first : computed;
    }
  }

  /** Forgets every entry. */
  public synchronized void clear() {
    entries.clear();
  }

  public synchronized int size() {
    return entries.size();
  }

  public int capacity() {
    return capacity;
  }
}
