package org.maagal.workplans;

/** A budget line as finance left it: requested by the department, approved, or cut. A cut line counts for nothing. */
public enum LineStatus {
  REQUESTED("מבוקש"),
  APPROVED("מאושר"),
  CUT("קוצץ");

  private final String hebrewName;

  LineStatus(String hebrewName) {
    this.hebrewName = hebrewName;
  }

  public String hebrewName() {
    return hebrewName;
  }
}
