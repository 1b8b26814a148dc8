package org.maagal.measurement;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.maagal.clock.ApplicationClock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The days the rounds of a cycle open, for the timers of the {@code measurement} process
 * ({@code ${measurementCalendar.opens(year, "SEMI_ANNUAL")}}): at 08:00 Israel time on the configured day.
 */
@Component("measurementCalendar")
@EnableConfigurationProperties(MeasurementProperties.class)
public class MeasurementCalendar {

  private static final LocalTime MORNING = LocalTime.of(8, 0);

  private final MeasurementProperties properties;

  MeasurementCalendar(MeasurementProperties properties) {
    this.properties = properties;
  }

  /** The moment the round of the cycle's year opens. */
  public Date opens(int year, String round) {
    return Date.from(day(year, Round.valueOf(round)).atTime(MORNING).atZone(ApplicationClock.ISRAEL).toInstant());
  }

  LocalDate day(int year, Round round) {
    return switch (round) {
      case SEMI_ANNUAL -> properties.semiAnnualDay().atYear(year);
      case ANNUAL -> properties.annualDay().atYear(year + 1);
    };
  }
}
