package org.maagal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

public final class Stopwatch {
  static final Map<String, LongAdder[]> TIMES = new ConcurrentHashMap<>();
  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      var out = new StringBuilder();
      TIMES.forEach((k, v) -> out.append(String.format("STOPWATCH %s: %d calls, %.1f s%n", k, v[0].sum(), v[1].sum() / 1e9)));
      try { java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/stopwatch.txt"), out, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND); } catch (Exception e) { }
    }));
  }
  public static <T> T time(String what, Supplier<T> work) {
    long start = System.nanoTime();
    try { return work.get(); } finally {
      var v = TIMES.computeIfAbsent(what, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
      v[0].increment(); v[1].add(System.nanoTime() - start);
    }
  }
}
