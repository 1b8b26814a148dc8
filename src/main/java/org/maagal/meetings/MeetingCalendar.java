package org.maagal.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.maagal.calendar.IsraeliBusinessCalendar;
import org.maagal.organization.Committee;

/**
 * Places a committee's meetings of a cycle year on the calendar: from the cycle's first day, one every
 * {@code 12 / n} months for the committee's cadence in that year; each on the committee's weekday on or after
 * the date, moved on to the next business day when that is a holiday or a Friday or Saturday. The first is
 * {@value #FIRST_AFTER} business days after the cycle opens, so that its agenda can be prepared.
 */
record MeetingCalendar(IsraeliBusinessCalendar businessDays) {

  static final int FIRST_AFTER = 10;

  List<LocalDateTime> meetingsOf(Committee committee, int year, int programmeStart, LocalDate cycleOpened) {
    var rules = committee.meetings();
    var cadence = rules.cadenceIn(year, programmeStart);
    var first = businessDays.addBusinessDays(cycleOpened, FIRST_AFTER);
    var meetings = new ArrayList<LocalDateTime>();
    for (int k = 0; k < cadence.meetingsAYear(); k++) {
      var day = first.plusMonths((long) k * cadence.monthsApart()).with(TemporalAdjusters.nextOrSame(rules.weekday()));
      while (!businessDays.isBusinessDay(day)) {
        day = day.plusDays(1);
      }
      meetings.add(day.atTime(rules.time()));
    }
    return meetings;
  }

  /** The business day {@code days} before a meeting, when its agenda closes and the invitations go out. */
  LocalDate agendaClosesBefore(LocalDateTime meeting, int days) {
    return businessDays.addBusinessDays(meeting.toLocalDate(), -days);
  }

  /** The day by which a meeting held on {@code day} is to be recorded: {@code days} business days later. */
  LocalDate recordBy(LocalDate day, int days) {
    return businessDays.addBusinessDays(day, days);
  }

  boolean isBusinessDay(LocalDate day) {
    return businessDays.isBusinessDay(day);
  }
}
