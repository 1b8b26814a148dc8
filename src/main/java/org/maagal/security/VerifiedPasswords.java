package org.maagal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The user names and passwords that passed the slow hash a moment ago, so that a script calling the API with HTTP
 * Basic (a login on every request) does not pay for bcrypt on each. Only right passwords are remembered, and only
 * as an HMAC under a key made at start-up and never stored: no password, and nothing a stolen user table helps to
 * reverse. The stored hash is part of the key, so a changed password (or its upgraded hash) is a miss at once.
 * Bounded in size (least recently used out) and in time; a lock is checked before this is asked.
 */
final class VerifiedPasswords {

  static final int MAX_ENTRIES = 1_000;

  private final Duration lifetime;
  private final Clock clock;
  private final SecretKeySpec key;
  private final Map<String, Instant> verified = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
      return size() > MAX_ENTRIES;
    }
  };

  VerifiedPasswords(Duration lifetime, Clock clock) {
    this.lifetime = lifetime;
    this.clock = clock;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  boolean enabled() {
    return !lifetime.isZero() && !lifetime.isNegative();
  }

  /** Whether this password was found right against this stored hash within the lifetime. */
  synchronized boolean contains(String userId, String storedHash, String password) {
    if (!enabled()) {
      return false;
    }
    String entry = entry(userId, storedHash, password);
    Instant until = verified.get(entry);
    if (until != null && until.isAfter(clock.instant())) {
      return true;
    }
    verified.remove(entry);
    return false;
  }

  synchronized void add(String userId, String storedHash, String password) {
    if (enabled()) {
      verified.put(entry(userId, storedHash, password), clock.instant().plus(lifetime));
    }
  }

  synchronized int size() {
    return verified.size();
  }

  private String entry(String userId, String storedHash, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      for (String part : new String[] {userId, storedHash, password}) {
        mac.update(part.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
      }
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", impossible);
    }
  }
}
