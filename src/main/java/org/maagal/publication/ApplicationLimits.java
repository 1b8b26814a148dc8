package org.maagal.publication;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import org.maagal.caching.BoundedCache;
import org.maagal.clock.ApplicationClock;
import org.springframework.stereotype.Component;

/**
 * How many applications the public form takes, against spam and abuse: at most {@value #FROM_ONE_ADDRESS} an hour
 * from one address and {@value #FROM_EVERYONE} an hour from everyone together, on each node. Kept in memory only (the
 * addresses are people's, and are nowhere written); the addresses remembered are bounded too.
 */
@Component
class ApplicationLimits {

  static final int FROM_ONE_ADDRESS = 5;
  static final int FROM_EVERYONE = 300;
  private static final Duration HOUR = Duration.ofHours(1);
  private static final String EVERYONE = "*";

  private final BoundedCache<String, ArrayDeque<Instant>> recent = new BoundedCache<>(10_000);
  private final ApplicationClock clock;

  ApplicationLimits(ApplicationClock clock) {
    this.clock = clock;
  }

  /** Whether one more application from the address may be taken now; if so, it is counted. */
  synchronized boolean allow(String address) {
    var now = clock.instant();
    var fromAddress = recent(address, now);
    var fromEveryone = recent(EVERYONE, now);
    if (fromAddress.size() >= FROM_ONE_ADDRESS || fromEveryone.size() >= FROM_EVERYONE) {
      return false;
    }
    fromAddress.addLast(now);
    fromEveryone.addLast(now);
    return true;
  }

  /** Forgets every address counted: for the tests that share one application. */
  synchronized void forget() {
    recent.clear();
  }

  private ArrayDeque<Instant> recent(String key, Instant now) {
    var times = recent.computeIfAbsent(key, ignored -> new ArrayDeque<>());
    while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(HOUR))) {
      times.removeFirst();
    }
    return times;
  }
}
