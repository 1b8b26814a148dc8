package org.maagal.calendar;

import java.util.Objects;

/**
 * How a municipality counts the days between holidays: a holiday eve (ערב חג) and Chol HaMoed
 * (חול המועד) are working days in some municipalities, short days in others, days off in a few.
 *
 * @param holidayEves the eve of Rosh Hashana, Yom Kippur, Sukkot, Pesach, the seventh day of Pesach,
 *                    Shavuot and Shemini Atzeret (Hoshana Rabba)
 * @param cholHamoed  the intermediate days of Sukkot and Pesach
 */
public record HolidayRules(DayRule holidayEves, DayRule cholHamoed) {

  /** As most Israeli municipalities work: eves are short days, Chol HaMoed is a full working day. */
  public static final HolidayRules DEFAULT = new HolidayRules(DayRule.HALF_DAY, DayRule.WORKDAY);

  public HolidayRules {
    Objects.requireNonNull(holidayEves, "holidayEves");
    Objects.requireNonNull(cholHamoed, "cholHamoed");
  }

  /** Ordered from most to least work, so that the shorter of two rules is the greater one. */
  public enum DayRule {
    WORKDAY,
    /** Counts as a business day for deadlines (people work that morning), and is shown as a half day. */
    HALF_DAY,
    DAY_OFF;

    boolean isBusinessDay() {
      return this != DAY_OFF;
    }
  }
}
