package org.maagal.measurement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/** A measurement round of the cycle's year: its half-year and its end. */
public enum Round {
  SEMI_ANNUAL("semi-annual", "מדידה חצי שנתית", 6, 30),
  ANNUAL("annual", "מדידה שנתית", 12, 31);

  private final String path;
  private final String hebrewName;
  private final int month;
  private final int day;

  Round(String path, String hebrewName, int month, int day) {
    this.path = path;
    this.hebrewName = hebrewName;
    this.month = month;
    this.day = day;
  }

  /** How the API writes the round in its paths. */
  public String path() {
    return path;
  }

  public String hebrewName() {
    return hebrewName;
  }

  /** The day the round measures: an activity whose end date is before it should have ended. */
  public LocalDate measuredAt(int year) {
    return LocalDate.of(year, month, day);
  }

  /**
   * The share of a target's period behind us at this round of the year: from the end of the baseline's year to
   * the end of the target's year. Without both years, or a period of no length, the share of the cycle's own
   * year (a half at the semi-annual round, all of it at the annual one).
   */
  public double elapsedShare(int year, Integer baselineYear, Integer targetYear) {
    if (baselineYear == null || targetYear == null || targetYear <= baselineYear) {
      return this == SEMI_ANNUAL ? 0.5 : 1.0;
    }
    var start = LocalDate.of(baselineYear, 12, 31);
    double share = (double) ChronoUnit.DAYS.between(start, measuredAt(year))
        / ChronoUnit.DAYS.between(start, LocalDate.of(targetYear, 12, 31));
    return Math.max(0, Math.min(1, share));
  }

  static Optional<Round> ofPath(String path) {
    return Arrays.stream(values()).filter(round -> round.path.equals(path) || round.name().equals(path)).findFirst();
  }
}
