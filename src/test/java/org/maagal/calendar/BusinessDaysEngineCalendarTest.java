package org.maagal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.maagal.clock.ApplicationClock.ISRAEL;

import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.maagal.clock.ApplicationClock;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessDaysEngineCalendarTest {

  static final Date SUNDAY_0900 = israeli(2025, 11, 2, 9, 0);
  static final Date THURSDAY_1430 = israeli(2025, 11, 6, 14, 30);

  final BusinessDaysEngineCalendar calendar = new BusinessDaysEngineCalendar(new IsraeliBusinessCalendar(), new ApplicationClock());

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void tenDaysAreTenBusinessDaysAtTheSameTimeOfDay() {
    assertThat(calendar.resolveDuedate("P10D", SUNDAY_0900)).isEqualTo(israeli(2025, 11, 16, 9, 0));
  }

  @Test
  void oneDayFromThursdayIsSunday() {
    assertThat(calendar.resolveDuedate("P1D", THURSDAY_1430)).isEqualTo(israeli(2025, 11, 9, 14, 30));
  }

  @Test
  void tenDaysBeforeRoshHashanaSkipTheHolidays() {
    assertThat(calendar.resolveDuedate("P10D", israeli(2025, 9, 21, 9, 0))).isEqualTo(israeli(2025, 10, 9, 9, 0));
  }

  @Test
  void hoursAreClockHours() {
    assertThat(calendar.resolveDuedate("PT4H", THURSDAY_1430)).isEqualTo(israeli(2025, 11, 6, 18, 30));
    assertThat(calendar.resolveDuedate("PT90M", THURSDAY_1430)).isEqualTo(israeli(2025, 11, 6, 16, 0));
    assertThat(calendar.resolveDuedate("PT30S", THURSDAY_1430)).isEqualTo(
        Date.from(THURSDAY_1430.toInstant().plusSeconds(30)));
  }

  @Test
  void businessDaysComeFirstThenClockHours() {
    assertThat(calendar.resolveDuedate("P2DT4H", SUNDAY_0900)).isEqualTo(israeli(2025, 11, 4, 13, 0));
  }

  @Test
  void negativeDurationsCountBackwards() {
    assertThat(calendar.resolveDuedate("-P2D", israeli(2025, 11, 9, 9, 0))).isEqualTo(israeli(2025, 11, 5, 9, 0));
    assertThat(calendar.resolveDuedate("-PT1H", SUNDAY_0900)).isEqualTo(israeli(2025, 11, 2, 8, 0));
  }

  @Test
  void aDateTimeIsThatMomentInIsraelUnlessItHasAnOffset() {
    assertThat(calendar.resolveDuedate("2027-03-01T12:00:00", SUNDAY_0900)).isEqualTo(israeli(2027, 3, 1, 12, 0));
    assertThat(calendar.resolveDuedate("2027-03-01T12:00:00Z", SUNDAY_0900)).isEqualTo(israeli(2027, 3, 1, 14, 0));
  }

  @Test
  void withoutAStartDateCountsFromTheEngineClock() {
    ClockUtil.setCurrentTime(THURSDAY_1430);

    assertThat(calendar.resolveDuedate("P1D")).isEqualTo(israeli(2025, 11, 9, 14, 30));
    assertThat(calendar.resolveDuedate("P1D", (Task) null)).isEqualTo(israeli(2025, 11, 9, 14, 30));
    assertThat(calendar.resolveDuedate("P1D", (Date) null)).isEqualTo(israeli(2025, 11, 9, 14, 30));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"soon", "P", "PT", "P1DT", "P1M", "P1Y", "P2W", "R3/PT1H", "P99999D", "2027-03-01"})
  void anythingElseIsRefusedClearly(String description) {
    assertThatThrownBy(() -> calendar.resolveDuedate(description, SUNDAY_0900))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Cannot read the due date '" + description + "'")
        .hasMessageContaining("P10D");
  }

  static Date israeli(int year, int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ISRAEL).toInstant());
  }
}
