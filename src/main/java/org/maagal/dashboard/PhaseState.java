package org.maagal.dashboard;

import org.maagal.reviewing.ReviewStatus;

/** Where a department stands in a phase of a cycle, as the overview shows it in a word and a colour. */
enum PhaseState {
  NOT_STARTED("not-started"),
  IN_PROGRESS("in-progress"),
  LATE("late"),
  DONE("done"),
  /** A phase of the whole city (the goal tree): no department has a step of its own in it. */
  CITY_WIDE("city-wide");

  private final String code;

  PhaseState(String code) {
    this.code = code;
  }

  /**
   * The one reading of a reviewed status on the overview: approved is done; a draft, a submitted or a returned
   * version is in progress; nothing handed in yet (null) is not started.
   */
  static PhaseState of(ReviewStatus status) {
    if (status == null) {
      return NOT_STARTED;
    }
    return status == ReviewStatus.APPROVED ? DONE : IN_PROGRESS;
  }

  /** The css class and the message key's tail: {@code state.<code>}. */
  public String code() {
    return code;
  }
}
