package org.maagal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.clock.ApplicationClock.ISRAEL;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maagal.calendar.HolidayRules.DayRule;

class IsraeliBusinessCalendarTest {

  final IsraeliBusinessCalendar calendar = new IsraeliBusinessCalendar();

  /**
   * Dates as published in Israeli calendars (holidays by the Land of Israel's rules, Yom HaAtzmaut on its
   * observed day), under the default rules: eves are half days, Chol HaMoed is a working day.
   */
  @ParameterizedTest(name = "{0}: business day {1}, half day {2}, {3}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      # --- 2025 / 5785-5786 ---
      2025-09-23 | false | false | ראש השנה
      2025-09-24 | false | false | ראש השנה
      2025-10-02 | false | false | יום הכיפורים
      2025-10-07 | false | false | סוכות
      2025-10-14 | false | false | שמחת תורה
      2025-04-13 | false | false | פסח
      2025-04-19 | false | false | שביעי של פסח
      2025-06-02 | false | false | שבועות
      # 5 Iyar fell on Shabbat 3 May: Yom HaAtzmaut moved back to Thursday, Yom HaZikaron to Wednesday
      2025-05-01 | false | false | יום העצמאות
      2025-05-03 | false | false | שבת
      2025-04-30 | true  | false |
      # a plain Sunday, Friday and Shabbat
      2025-11-02 | true  | false |
      2025-11-07 | false | false | יום שישי
      2025-11-08 | false | false | שבת
      # the days after a holiday work again
      2025-10-15 | true  | false |
      2025-04-20 | true  | false |
      # Chol HaMoed works; eves (Rosh Hashana, Yom Kippur, Sukkot; Hoshana Rabba) are half days
      2025-10-08 | true  | false |
      2025-04-15 | true  | false |
      2025-09-22 | true  | true  |
      2025-10-01 | true  | true  |
      2025-10-06 | true  | true  |
      2025-10-13 | true  | true  |
      # an eve on Shabbat is Shabbat
      2025-04-12 | false | false | שבת
      # --- 2026 / 5786-5787 ---
      2026-09-12 | false | false | ראש השנה
      2026-09-13 | false | false | ראש השנה
      2026-09-14 | true  | false |
      2026-09-21 | false | false | יום הכיפורים
      # Sukkot and Simchat Torah on Shabbat keep their own name
      2026-09-26 | false | false | סוכות
      2026-10-03 | false | false | שמחת תורה
      2026-04-02 | false | false | פסח
      2026-04-08 | false | false | שביעי של פסח
      2026-05-22 | false | false | שבועות
      # 5 Iyar on Wednesday: not moved
      2026-04-22 | false | false | יום העצמאות
      2026-04-21 | true  | false |
      2026-04-01 | true  | true  |
      2026-04-05 | true  | false |
      # the sixth day of Pesach is both Chol HaMoed and the eve of the seventh day
      2026-04-07 | true  | true  |
      # --- 2027 / 5787-5788 ---
      2027-10-02 | false | false | ראש השנה
      2027-10-03 | false | false | ראש השנה
      2027-10-11 | false | false | יום הכיפורים
      2027-10-16 | false | false | סוכות
      2027-10-23 | false | false | שמחת תורה
      2027-04-22 | false | false | פסח
      2027-04-28 | false | false | שביעי של פסח
      2027-06-11 | false | false | שבועות
      2027-05-12 | false | false | יום העצמאות
      2027-05-11 | true  | false |
      2027-06-10 | true  | true  |
      # --- 2028 / 5788-5789 ---
      2028-09-21 | false | false | ראש השנה
      2028-09-22 | false | false | ראש השנה
      2028-09-30 | false | false | יום הכיפורים
      2028-10-05 | false | false | סוכות
      2028-10-12 | false | false | שמחת תורה
      2028-04-11 | false | false | פסח
      2028-04-17 | false | false | שביעי של פסח
      2028-05-31 | false | false | שבועות
      # 5 Iyar on Monday 1 May: both days move on, Yom HaZikaron to Monday, Yom HaAtzmaut to Tuesday
      2028-05-02 | false | false | יום העצמאות
      2028-05-01 | true  | false |
      2028-04-30 | true  | false |
      # --- 2029 / 5789-5790 ---
      2029-09-10 | false | false | ראש השנה
      2029-09-11 | false | false | ראש השנה
      2029-09-19 | false | false | יום הכיפורים
      2029-09-24 | false | false | סוכות
      2029-10-01 | false | false | שמחת תורה
      2029-03-31 | false | false | פסח
      2029-04-06 | false | false | שביעי של פסח
      2029-05-20 | false | false | שבועות
      # 5 Iyar on Friday 20 April: Yom HaAtzmaut moved back to Thursday, Yom HaZikaron to Wednesday
      2029-04-19 | false | false | יום העצמאות
      2029-04-20 | false | false | יום שישי
      2029-04-18 | true  | false |
      2029-09-26 | true  | false |
      # --- 2030 / 5790-5791 ---
      2030-09-28 | false | false | ראש השנה
      2030-09-29 | false | false | ראש השנה
      2030-10-07 | false | false | יום הכיפורים
      2030-10-12 | false | false | סוכות
      2030-10-19 | false | false | שמחת תורה
      2030-04-18 | false | false | פסח
      2030-04-24 | false | false | שביעי של פסח
      2030-06-07 | false | false | שבועות
      2030-05-08 | false | false | יום העצמאות
      2030-05-07 | true  | false |
      2030-10-06 | true  | true  |
      """)
  void knowsIsraeliBusinessDaysFrom2025To2030(LocalDate date, boolean businessDay, boolean halfDay, String reason) {
    assertThat(calendar.isBusinessDay(date)).as("business day").isEqualTo(businessDay);
    assertThat(calendar.isHalfDay(date)).as("half day").isEqualTo(halfDay);
    assertThat(calendar.dayOffReason(date)).as("reason").isEqualTo(Optional.ofNullable(reason));
  }

  @Test
  void addingOneBusinessDayOnThursdayGivesSunday() {
    assertThat(calendar.addBusinessDays(LocalDate.of(2025, 11, 6), 1)).isEqualTo(LocalDate.of(2025, 11, 9));
  }

  @Test
  void addingBusinessDaysSkipsBothDaysOfRoshHashana() {
    // Monday 22 Sep 2025 is Erev Rosh Hashana, a half day that counts
    assertThat(calendar.addBusinessDays(LocalDate.of(2025, 9, 21), 1)).isEqualTo(LocalDate.of(2025, 9, 22));
    assertThat(calendar.addBusinessDays(LocalDate.of(2025, 9, 21), 2)).isEqualTo(LocalDate.of(2025, 9, 25));
  }

  @Test
  void addingBusinessDaysAcrossPesachCountsCholHamoedOnlyWhenItIsWorked() {
    LocalDate thursdayBeforePesach = LocalDate.of(2025, 4, 10);
    var cholHamoedOff = new IsraeliBusinessCalendar(new HolidayRules(DayRule.HALF_DAY, DayRule.DAY_OFF));

    assertThat(calendar.addBusinessDays(thursdayBeforePesach, 1)).isEqualTo(LocalDate.of(2025, 4, 14));
    assertThat(cholHamoedOff.addBusinessDays(thursdayBeforePesach, 1)).isEqualTo(LocalDate.of(2025, 4, 20));
  }

  @Test
  void tenBusinessDaysThroughTheAutumnHolidaysDependOnCholHamoed() {
    LocalDate sundayBeforeRoshHashana = LocalDate.of(2025, 9, 21);
    var cholHamoedOff = new IsraeliBusinessCalendar(new HolidayRules(DayRule.HALF_DAY, DayRule.DAY_OFF));

    assertThat(calendar.addBusinessDays(sundayBeforeRoshHashana, 10)).isEqualTo(LocalDate.of(2025, 10, 9));
    assertThat(cholHamoedOff.addBusinessDays(sundayBeforeRoshHashana, 10)).isEqualTo(LocalDate.of(2025, 10, 16));
  }

  @Test
  void zeroBusinessDaysIsTheSameDayOrTheNextBusinessDay() {
    assertThat(calendar.addBusinessDays(LocalDate.of(2025, 11, 7), 0)).isEqualTo(LocalDate.of(2025, 11, 9));
    assertThat(calendar.addBusinessDays(LocalDate.of(2025, 11, 4), 0)).isEqualTo(LocalDate.of(2025, 11, 4));
  }

  @Test
  void negativeBusinessDaysCountBackwards() {
    assertThat(calendar.addBusinessDays(LocalDate.of(2025, 11, 9), -1)).isEqualTo(LocalDate.of(2025, 11, 6));
    assertThat(calendar.addBusinessDays(LocalDate.of(2025, 9, 25), -2)).isEqualTo(LocalDate.of(2025, 9, 21));
  }

  @Test
  void businessDaysBetweenCountsTheDaysAfterTheFirstUpToTheLast() {
    assertThat(calendar.businessDaysBetween(LocalDate.of(2025, 11, 2), LocalDate.of(2025, 11, 9))).isEqualTo(5);
    assertThat(calendar.businessDaysBetween(LocalDate.of(2025, 9, 21), LocalDate.of(2025, 9, 25))).isEqualTo(2);
    assertThat(calendar.businessDaysBetween(LocalDate.of(2025, 11, 9), LocalDate.of(2025, 11, 9))).isZero();
    assertThat(calendar.businessDaysBetween(LocalDate.of(2025, 11, 9), LocalDate.of(2025, 11, 2))).isZero();
  }

  @Test
  void businessDaysBetweenUndoesAddBusinessDays() {
    LocalDate start = LocalDate.of(2026, 9, 1);
    for (int days = 0; days <= 60; days++) {
      assertThat(calendar.businessDaysBetween(start, calendar.addBusinessDays(start, days))).as("%d days", days)
          .isEqualTo(days);
    }
  }

  @Test
  void addingBusinessDaysKeepsTheIsraeliTimeOfDayAcrossDaylightSaving() {
    // Israel moves to summer time on Friday 27 March 2026 and back on Sunday 26 October 2025
    var beforeSummer = ZonedDateTime.of(2026, 3, 26, 9, 0, 0, 0, ISRAEL);
    var beforeWinter = ZonedDateTime.of(2025, 10, 23, 9, 0, 0, 0, ISRAEL);

    assertThat(calendar.addBusinessDays(beforeSummer, 1)).isEqualTo(ZonedDateTime.of(2026, 3, 29, 9, 0, 0, 0, ISRAEL));
    assertThat(calendar.addBusinessDays(beforeWinter, 1)).isEqualTo(ZonedDateTime.of(2025, 10, 26, 9, 0, 0, 0, ISRAEL));
  }

  @Test
  void addingBusinessDaysUsesTheIsraeliDateOfAnInstantGivenInAnotherZone() {
    // Wednesday 22:30 UTC is already Thursday 00:30 in Israel: one business day later is Sunday
    var wednesdayNightUtc = LocalDateTime.of(2025, 11, 5, 22, 30).atZone(ZoneOffset.UTC);

    assertThat(calendar.addBusinessDays(wednesdayNightUtc, 1))
        .isEqualTo(ZonedDateTime.of(2025, 11, 9, 0, 30, 0, 0, ISRAEL));
  }

  @Test
  void evesAsDaysOffMakeErevYomKippurADayOff() {
    var evesOff = new IsraeliBusinessCalendar(new HolidayRules(DayRule.DAY_OFF, DayRule.WORKDAY));
    LocalDate erevYomKippur = LocalDate.of(2025, 10, 1);

    assertThat(evesOff.isBusinessDay(erevYomKippur)).isFalse();
    assertThat(evesOff.dayOffReason(erevYomKippur)).contains("ערב חג");
    assertThat(evesOff.addBusinessDays(LocalDate.of(2025, 9, 30), 1)).isEqualTo(LocalDate.of(2025, 10, 5));
  }

  @Test
  void evesAsWorkdaysAreFullDays() {
    var evesWorked = new IsraeliBusinessCalendar(new HolidayRules(DayRule.WORKDAY, DayRule.WORKDAY));

    assertThat(evesWorked.isBusinessDay(LocalDate.of(2025, 10, 1))).isTrue();
    assertThat(evesWorked.isHalfDay(LocalDate.of(2025, 10, 1))).isFalse();
  }

  @Test
  void cholHamoedAsHalfDaysCountsButIsShownAsHalfDay() {
    var cholHamoedShort = new IsraeliBusinessCalendar(new HolidayRules(DayRule.HALF_DAY, DayRule.HALF_DAY));
    LocalDate cholHamoedSukkot = LocalDate.of(2025, 10, 8);

    assertThat(cholHamoedShort.isBusinessDay(cholHamoedSukkot)).isTrue();
    assertThat(cholHamoedShort.isHalfDay(cholHamoedSukkot)).isTrue();
  }

  @Test
  void hoshanaRabbaFollowsTheShorterOfItsTwoRules() {
    LocalDate hoshanaRabba = LocalDate.of(2025, 10, 13);
    var cholHamoedOff = new IsraeliBusinessCalendar(new HolidayRules(DayRule.HALF_DAY, DayRule.DAY_OFF));
    var evesOff = new IsraeliBusinessCalendar(new HolidayRules(DayRule.DAY_OFF, DayRule.WORKDAY));

    assertThat(cholHamoedOff.dayOffReason(hoshanaRabba)).contains("חול המועד");
    assertThat(evesOff.dayOffReason(hoshanaRabba)).contains("ערב חג");
  }

  @Test
  void unsetPropertiesKeepTheDefaultRules() {
    assertThat(new BusinessCalendarProperties(null, null).holidayRules()).isEqualTo(HolidayRules.DEFAULT);
    assertThat(new BusinessCalendarProperties(DayRule.DAY_OFF, null).holidayRules())
        .isEqualTo(new HolidayRules(DayRule.DAY_OFF, DayRule.WORKDAY));
  }
}
