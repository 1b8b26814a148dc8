package org.maagal.control;

/** What a deviation is about: an indicator of a target, or an activity of the work plan (its status or its money). */
public enum DeviationSubject {
  TARGET("יעד", "target"),
  ACTIVITY("פעילות", "activity");

  private final String hebrewName;
  private final String ruleName;

  DeviationSubject(String hebrewName, String ruleName) {
    this.hebrewName = hebrewName;
    this.ruleName = ruleName;
  }

  public String hebrewName() {
    return hebrewName;
  }

  /** How the decision table names it. */
  String ruleName() {
    return ruleName;
  }
}
