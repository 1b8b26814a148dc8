package org.maagal.dashboard;

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

  /** The css class and the message key's tail: {@code state.<code>}. */
  public String code() {
    return code;
  }
}
