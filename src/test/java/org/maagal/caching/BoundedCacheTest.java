package org.maagal.caching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

  @Test
  void fillingItBeyondItsBoundKeepsItAtTheBound() {
    var cache = new BoundedCache<Integer, String>(3);

    for (int key = 0; key < 100; key++) {
      cache.put(key, "value " + key);
    }

    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.get(99)).isEqualTo("value 99");
    assertThat(cache.get(96)).isNull();
  }

  @Test
  void theEntryUsedLeastRecentlyGoesFirst() {
    var cache = new BoundedCache<String, String>(2);
    cache.put("a", "1");
    cache.put("b", "2");

    cache.get("a");
    cache.put("c", "3");

    assertThat(cache.get("a")).isEqualTo("1");
    assertThat(cache.get("b")).isNull();
    assertThat(cache.get("c")).isEqualTo("3");
  }

  @Test
  void computesAValueOnceWhileItIsKeptAndKeepsNoNull() {
    var cache = new BoundedCache<String, String>(2);
    var computed = new AtomicInteger();

    cache.computeIfAbsent("a", key -> key + computed.incrementAndGet());
    var again = cache.computeIfAbsent("a", key -> key + computed.incrementAndGet());
    cache.computeIfAbsent("nothing", key -> null);

    assertThat(again).isEqualTo("a1");
    assertThat(computed).hasValue(1);
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void aCacheKeepsAtLeastOneEntry() {
    assertThatThrownBy(() -> new BoundedCache<String, String>(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
