package org.maagal.organization;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * How a committee meets, from the organisation file's {@code meetings:} of the committee; what the file leaves out
 * takes the committee type's default ({@link #defaultsFor}).
 *
 * @param cadence          how often it meets
 * @param firstYearCadence how often it meets in the programme's first year ({@link Programme#startYear}); the
 *                         design committee meets monthly then
 * @param quorum           the share of the members who must be present for the meeting to decide, in (0, 1]
 * @param byCirculation    whether a decision may be taken between meetings, each member answering in writing
 * @param weekday          the day of the week it meets (a business day is found on or after it)
 * @param time             the hour it starts, Israel time
 * @param hours            how long it is planned to last
 * @param place            where it meets
 */
public record MeetingRules(Cadence cadence, Cadence firstYearCadence, Double quorum, Boolean byCirculation,
    DayOfWeek weekday, LocalTime time, Integer hours, String place) {

  static MeetingRules defaultsFor(CommitteeType type) {
    return switch (type == null ? CommitteeType.WORKING_TEAM : type) {
      case STEERING -> new MeetingRules(Cadence.QUARTERLY, Cadence.QUARTERLY, 0.5, true, DayOfWeek.SUNDAY,
          LocalTime.of(10, 0), 2, "לשכת ראש העירייה");
      case DESIGN -> new MeetingRules(Cadence.QUARTERLY, Cadence.MONTHLY, 0.5, false, DayOfWeek.TUESDAY,
          LocalTime.of(17, 0), 2, "אולם הישיבות של העירייה");
      case WORKING_TEAM -> new MeetingRules(Cadence.QUARTERLY, Cadence.QUARTERLY, 0.5, false, DayOfWeek.WEDNESDAY,
          LocalTime.of(9, 0), 2, "חדר הישיבות של האגף");
    };
  }

  /** These rules with what they leave out taken from {@code defaults}. */
  MeetingRules orElse(MeetingRules defaults) {
    return new MeetingRules(cadence != null ? cadence : defaults.cadence,
        firstYearCadence != null ? firstYearCadence : cadence != null ? cadence : defaults.firstYearCadence,
        quorum != null ? quorum : defaults.quorum, byCirculation != null ? byCirculation : defaults.byCirculation,
        weekday != null ? weekday : defaults.weekday, time != null ? time : defaults.time,
        hours != null ? hours : defaults.hours, place != null ? place : defaults.place);
  }

  /** The cadence in a given cycle year of a programme that started in {@code programmeStart}. */
  public Cadence cadenceIn(int year, int programmeStart) {
    return year == programmeStart ? firstYearCadence : cadence;
  }

  /** How many members must be present for a committee of {@code members} to decide. */
  public int quorumOf(int members) {
    return (int) Math.ceil(quorum * members - 1e-9);
  }
}
