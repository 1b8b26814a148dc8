package org.maagal.organization;

/** How often a committee meets: the number of meetings in a cycle year, spread evenly over it. */
public enum Cadence {
  MONTHLY(12), BIMONTHLY(6), QUARTERLY(4), TWICE_A_YEAR(2);

  private final int meetingsAYear;

  Cadence(int meetingsAYear) {
    this.meetingsAYear = meetingsAYear;
  }

  public int meetingsAYear() {
    return meetingsAYear;
  }

  /** The months between two meetings. */
  public int monthsApart() {
    return 12 / meetingsAYear;
  }
}
