package org.maagal.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The application's one clock. The engine computes due dates and fires timers from its own clock,
 * so every time the application reads or stores (a deadline watch round, a vote's moment, an
 * outbox message) comes from that same clock, here and nowhere else: the demo clock moves it once
 * and the engine, the deadlines and the stored records all agree. It is the only class that touches
 * the engine's clock.
 */
@Component
public class ApplicationClock extends Clock {

  /** Where the municipality is: business days, due days and digests are counted in Israeli time. */
  public static final ZoneId ISRAEL = ZoneId.of("Asia/Jerusalem");

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    var application = this;
    return new Clock() {
      @Override
      public Instant instant() {
        return application.instant();
      }

      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return application.withZone(other);
      }
    };
  }

  /** Now, as the engine's queries take it. */
  public Date now() {
    return Date.from(instant());
  }

  /** Today's date in Israel. */
  public LocalDate today() {
    return LocalDate.ofInstant(instant(), ISRAEL);
  }

  /**
   * Moves the clock forward (the demo's time travel); it keeps running from the new moment. The
   * engine's timers see the new time on their next acquisition.
   */
  public synchronized Instant moveForward(Duration duration) {
    long offset = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
    ClockUtil.offset(offset + duration.toMillis());
    return instant();
  }
}
