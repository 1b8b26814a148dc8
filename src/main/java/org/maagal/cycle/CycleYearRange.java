package org.maagal.cycle;

/**
 * The years a cycle may have, from 2000 to 2100, and so the years read as a cycle's: a goal's target year, a budget
 * book's, an open call's.
 */
public final class CycleYearRange {

  public static final int FIRST = 2000;
  public static final int LAST = 2100;
  /** "between 2000 and 2100", for a problem's Hebrew text. */
  public static final String BETWEEN = "בין " + FIRST + " ל-" + LAST;

  private CycleYearRange() {
  }

  /** Whether a cycle may have this year; false for none. */
  public static boolean contains(Integer year) {
    return year != null && year >= FIRST && year <= LAST;
  }
}
