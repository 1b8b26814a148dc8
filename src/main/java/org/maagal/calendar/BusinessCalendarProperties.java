package org.maagal.calendar;

import org.maagal.calendar.HolidayRules.DayRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The municipality's choice of how holiday eves and Chol HaMoed count; either left out keeps the
 * default of {@link HolidayRules#DEFAULT}.
 *
 * @param holidayEves {@code maagal.deadlines.holiday-eves}: workday, half-day or day-off
 * @param cholHamoed  {@code maagal.deadlines.chol-hamoed}: workday, half-day or day-off
 */
@ConfigurationProperties("maagal.deadlines")
record BusinessCalendarProperties(DayRule holidayEves, DayRule cholHamoed) {

  BusinessCalendarProperties {
    holidayEves = holidayEves != null ? holidayEves : HolidayRules.DEFAULT.holidayEves();
    cholHamoed = cholHamoed != null ? cholHamoed : HolidayRules.DEFAULT.cholHamoed();
  }

  HolidayRules holidayRules() {
    return new HolidayRules(holidayEves, cholHamoed);
  }
}
