package org.maagal.meetings;

/**
 * Ids and variables of the meetings' processes: {@code year-meetings} per cycle (its meetings put on the calendar),
 * {@code committee-meeting} per meeting, {@code action-item} per item, {@code resident-application} per application
 * to an open call.
 */
final class MeetingsProcess {

  static final String YEAR_PROCESS = "year-meetings";
  static final String PLAN_TASK = "planMeetings";

  static final String MEETING_PROCESS = "committee-meeting";
  static final String PREPARE_TASK = "prepareAgenda";
  static final String RECORD_TASK = "recordMeeting";
  static final String APPROVE_MINUTES_TASK = "approveMinutes";
  static final String CORRECT_MINUTES_TASK = "correctMinutes";
  static final String MINUTES_APPROVED = "minutesApproved";
  static final String MINUTES_DECISION = "minutesDecision";
  static final String MINUTES_COMMENTS = "minutesComments";
  static final String SUMMARY = "meetingSummary";

  static final String ACTION_PROCESS = "action-item";
  static final String ACTION_TASK = "doActionItem";
  static final String ACTION_RESULT = "actionResult";

  static final String APPLICATION_PROCESS = "resident-application";
  static final String SCREEN_TASK = "screenApplication";
  static final String SCREENING = "screening";

  /** The message a process waiting for a committee's decision receives when the committee decided. */
  static final String DECIDED_MESSAGE = "committeeDecided";

  private MeetingsProcess() {
  }
}
