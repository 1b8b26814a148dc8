package org.maagal.calendar;

import static java.time.format.DateTimeFormatter.ISO_DATE_TIME;

import org.maagal.clock.ApplicationClock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's calendar for {@code camunda:dueDate}, {@code camunda:followUpDate}, {@code timeDuration}
 * and {@code timeDate}: in an ISO-8601 duration the days are Israeli business days ({@code P10D} is ten
 * business days later at the same time of day in Israel), hours, minutes and seconds are clock time
 * ({@code P2DT4H}: two business days, then four hours). A date-time ({@code 2027-03-01T12:00:00}, Israeli
 * time unless it carries an offset) is that moment.
 *
 * <p>Years, months and weeks are refused: in business days they have no one meaning.
 */
class BusinessDaysEngineCalendar implements BusinessCalendar {

  // At most 4 digits of days (about 40 years of business days), so that a typo cannot loop for ever.
  private static final Pattern DURATION = Pattern.compile(
      "(-)?P(?=\\d|T\\d)(?:(\\d{1,4})D)?(?:T(?=\\d)(?:(\\d{1,6})H)?(?:(\\d{1,6})M)?(?:(\\d{1,7})S)?)?");

  private final IsraeliBusinessCalendar calendar;
  private final Clock clock;

  BusinessDaysEngineCalendar(IsraeliBusinessCalendar calendar, Clock clock) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Date resolveDuedate(String duedateDescription) {
    return resolveDuedate(duedateDescription, (Date) null);
  }

  /** From now, as the engine's own due date calendar does for a task. */
  @Override
  public Date resolveDuedate(String duedateDescription, Task task) {
    return resolveDuedate(duedateDescription);
  }

  /** From {@code startDate}, or from the engine's clock (which tests may move) when it is null. */
  @Override
  public Date resolveDuedate(String duedateDescription, Date startDate) {
    String text = duedateDescription == null ? "" : duedateDescription.strip();
    Instant start = startDate != null ? startDate.toInstant() : clock.instant();
    Matcher duration = DURATION.matcher(text);
    if (duration.matches()) {
      return Date.from(after(start, duration));
    }
    return dateTime(text).map(Date::from).orElseThrow(() -> new ProcessEngineException(
        "Cannot read the due date '" + duedateDescription + "': write an ISO-8601 duration in Israeli business"
            + " days and clock hours (P10D, P2DT4H, PT3H, -P2D) or a date-time (2027-03-01T12:00:00);"
            + " years, months and weeks are not supported"));
  }

  private Instant after(Instant start, Matcher duration) {
    int sign = duration.group(1) != null ? -1 : 1;
    ZonedDateTime at = start.atZone(ApplicationClock.ISRAEL);
    // Only a written day count moves to business days: "PT4H" on a Friday stays four hours.
    if (duration.group(2) != null) {
      at = calendar.addBusinessDays(at, sign * Integer.parseInt(duration.group(2)));
    }
    Duration clock = Duration.ofHours(number(duration.group(3)))
        .plusMinutes(number(duration.group(4)))
        .plusSeconds(number(duration.group(5)));
    return at.toInstant().plus(sign < 0 ? clock.negated() : clock);
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }

  private static Optional<Instant> dateTime(String text) {
    try {
      TemporalAccessor parsed = ISO_DATE_TIME.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
      return Optional.of(parsed instanceof ZonedDateTime zoned
          ? zoned.toInstant()
          : ((LocalDateTime) parsed).atZone(ApplicationClock.ISRAEL).toInstant());
    } catch (DateTimeException notADateTime) {
      return Optional.empty();
    }
  }
}
