package org.maagal.meetings;

/** Where a meeting stands. */
public enum MeetingStatus {
  /** On the calendar; its agenda is open. */
  PLANNED("מתוכננת"),
  /** The agenda is closed and the members are invited. */
  INVITED("הוזמנו החברים"),
  /** Held and recorded: attendance, decisions and action items; its minutes wait for the chair. */
  HELD("התקיימה"),
  /** The chair approved the minutes. */
  MINUTES_APPROVED("הפרוטוקול אושר"),
  /** Cancelled; what was on its agenda moved to the next meeting. */
  CANCELLED("בוטלה");

  private final String hebrewName;

  MeetingStatus(String hebrewName) {
    this.hebrewName = hebrewName;
  }

  public String hebrewName() {
    return hebrewName;
  }
}
