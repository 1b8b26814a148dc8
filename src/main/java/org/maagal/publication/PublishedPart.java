package org.maagal.publication;

/** What of a year may be published, each part on its own decision. */
public enum PublishedPart {
  /** The approved goal tree with the city's vision: domains, goals, targets, indicators, baselines and targets. */
  GOALS("עץ המטרות"),
  /** The money of the approved work plans: by funding source, by domain and per target. */
  MONEY("תקציב תכניות העבודה"),
  /** The year's results: each indicator's last measured value and status, and the gaps carried into next year. */
  RESULTS("תוצאות השנה");

  private final String hebrewName;

  PublishedPart(String hebrewName) {
    this.hebrewName = hebrewName;
  }

  String hebrewName() {
    return hebrewName;
  }
}
