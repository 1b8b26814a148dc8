package org.maagal.calendar;

import org.maagal.clock.ApplicationClock;
import static com.kosherjava.zmanim.hebrewcalendar.JewishCalendar.PESACH;
import static com.kosherjava.zmanim.hebrewcalendar.JewishCalendar.ROSH_HASHANA;
import static com.kosherjava.zmanim.hebrewcalendar.JewishCalendar.SHAVUOS;
import static com.kosherjava.zmanim.hebrewcalendar.JewishCalendar.SHEMINI_ATZERES;
import static com.kosherjava.zmanim.hebrewcalendar.JewishCalendar.SIMCHAS_TORAH;
import static com.kosherjava.zmanim.hebrewcalendar.JewishCalendar.SUCCOS;
import static com.kosherjava.zmanim.hebrewcalendar.JewishCalendar.YOM_HAATZMAUT;
import static com.kosherjava.zmanim.hebrewcalendar.JewishCalendar.YOM_KIPPUR;

import com.kosherjava.zmanim.hebrewcalendar.JewishCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.maagal.calendar.HolidayRules.DayRule;

/**
 * Israeli business days: Sunday to Thursday, without the Jewish holidays on which one does not work,
 * Yom HaAtzmaut on the day it is observed, and holiday eves and Chol HaMoed as the municipality's
 * {@link HolidayRules} say. Holidays come from the Hebrew calendar (zmanim, with the rules of the Land
 * of Israel: one day of Sukkot, Shemini Atzeret, Pesach and Shavuot), never from a table that ages.
 *
 * <p>Immutable and thread-safe: each question builds its own {@link JewishCalendar}.
 */
public final class IsraeliBusinessCalendar {

  /** The municipality's clock: a deadline "in 3 days at 09:00" means 09:00 in Israel. */

  private static final Day BUSINESS_DAY = new Day(DayRule.WORKDAY, null);

  private final HolidayRules rules;

  /** With {@link HolidayRules#DEFAULT}: eves are half days, Chol HaMoed is a working day. */
  public IsraeliBusinessCalendar() {
    this(HolidayRules.DEFAULT);
  }

  public IsraeliBusinessCalendar(HolidayRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  public HolidayRules rules() {
    return rules;
  }

  /** Whether a deadline may fall on this day; a half day is a business day. */
  public boolean isBusinessDay(LocalDate date) {
    return day(date).rule().isBusinessDay();
  }

  /** A business day on which the offices close at noon (by default, a holiday eve). */
  public boolean isHalfDay(LocalDate date) {
    return day(date).rule() == DayRule.HALF_DAY;
  }

  /** Why this is not a business day, in Hebrew ("שבת", "יום הכיפורים", ...); empty on a business day. */
  public Optional<String> dayOffReason(LocalDate date) {
    Day day = day(date);
    return day.rule().isBusinessDay() ? Optional.empty() : Optional.of(day.reason());
  }

  /**
   * The day {@code days} business days after {@code start}, which itself does not count; with 0, the
   * start if it is a business day, else the next one; with a negative number, that many business days
   * before {@code start} ("3 business days before the due date").
   */
  public LocalDate addBusinessDays(LocalDate start, int days) {
    if (days == 0) {
      return isBusinessDay(start) ? start : addBusinessDays(start, 1);
    }
    int step = days > 0 ? 1 : -1;
    LocalDate date = start;
    for (int left = Math.abs(days); left > 0; ) {
      date = date.plusDays(step);
      if (isBusinessDay(date)) {
        left--;
      }
    }
    return date;
  }

  /**
   * The same as {@link #addBusinessDays(LocalDate, int)} on the Israeli date of {@code start}, at the
   * same Israeli time of day (so 09:00 stays 09:00 across a change of daylight saving time); the result
   * is in {@link ApplicationClock#ISRAEL}.
   */
  public ZonedDateTime addBusinessDays(ZonedDateTime start, int days) {
    ZonedDateTime inIsrael = start.withZoneSameInstant(ApplicationClock.ISRAEL);
    LocalDate date = addBusinessDays(inIsrael.toLocalDate(), days);
    return ZonedDateTime.of(date, inIsrael.toLocalTime(), ApplicationClock.ISRAEL);
  }

  /**
   * How many business days come after {@code from}, up to and including {@code to}: a task due on
   * {@code from} and done on {@code to} is that many business days late. 0 when {@code to} is not after
   * {@code from}.
   */
  public int businessDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
      if (isBusinessDay(date)) {
        count++;
      }
    }
    return count;
  }

  private Day day(LocalDate date) {
    JewishCalendar jewish = new JewishCalendar(date);
    jewish.setInIsrael(true);
    jewish.setUseModernHolidays(true);

    // A holiday's own name is more useful than "שבת" when the two fall together.
    Optional<String> holiday = holidayOff(jewish);
    if (holiday.isPresent()) {
      return new Day(DayRule.DAY_OFF, holiday.get());
    }
    if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return new Day(DayRule.DAY_OFF, "שבת");
    }
    if (date.getDayOfWeek() == DayOfWeek.FRIDAY) {
      return new Day(DayRule.DAY_OFF, "יום שישי");
    }
    // Hoshana Rabba and the sixth day of Pesach are both an eve and Chol HaMoed: the shorter day wins.
    DayRule eve = jewish.isErevYomTov() ? rules.holidayEves() : DayRule.WORKDAY;
    DayRule cholHamoed = jewish.isCholHamoed() ? rules.cholHamoed() : DayRule.WORKDAY;
    if (eve != DayRule.WORKDAY && eve.compareTo(cholHamoed) >= 0) {
      return new Day(eve, "ערב חג");
    }
    if (cholHamoed != DayRule.WORKDAY) {
      return new Day(cholHamoed, "חול המועד");
    }
    return BUSINESS_DAY;
  }

  /** The holidays on which the municipality is closed whatever its rules. */
  private static Optional<String> holidayOff(JewishCalendar jewish) {
    int holiday = jewish.getYomTovIndex();
    if (holiday == YOM_HAATZMAUT) {
      // zmanim gives the observed day: moved back to Thursday from Friday or Shabbat, on from Monday.
      return Optional.of("יום העצמאות");
    }
    if (!jewish.isYomTovAssurBemelacha()) {
      return Optional.empty();
    }
    return Optional.of(switch (holiday) {
      case ROSH_HASHANA -> "ראש השנה";
      case YOM_KIPPUR -> "יום הכיפורים";
      case SUCCOS -> "סוכות";
      // In Israel Shemini Atzeret and Simchat Torah are one day.
      case SHEMINI_ATZERES, SIMCHAS_TORAH -> "שמחת תורה";
      case PESACH -> jewish.getJewishDayOfMonth() == 21 ? "שביעי של פסח" : "פסח";
      case SHAVUOS -> "שבועות";
      default -> "חג";
    });
  }

  /** How a day counts, and why it is not a plain working day ({@code null} when it is). */
  private record Day(DayRule rule, String reason) {
  }
}
