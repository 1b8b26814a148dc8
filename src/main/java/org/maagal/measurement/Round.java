package org.maagal.measurement;

import java.time.LocalDate;
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

  static Optional<Round> ofPath(String path) {
    return Arrays.stream(values()).filter(round -> round.path.equals(path) || round.name().equals(path)).findFirst();
  }
}
