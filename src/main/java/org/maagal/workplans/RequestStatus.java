package org.maagal.workplans;

/**
 * Where an additional budget request stands: asked by the department, or decided by finance in its budget review —
 * approved into a new clause, partly approved, deferred to next year's budget, or refused.
 */
public enum RequestStatus {
  REQUESTED("מבוקש"),
  APPROVED("אושר בסעיף חדש"),
  PARTLY_APPROVED("אושר חלקית"),
  DEFERRED("נדחה לתקציב השנה הבאה"),
  REFUSED("נדחה");

  private final String hebrewName;

  RequestStatus(String hebrewName) {
    this.hebrewName = hebrewName;
  }

  public String hebrewName() {
    return hebrewName;
  }

  /** Whether money was given: a new clause holds it. */
  boolean grants() {
    return this == APPROVED || this == PARTLY_APPROVED;
  }
}
