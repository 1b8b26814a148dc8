package org.maagal.workplans;

/** Where a version of a work plan stands: the department edits a draft; a submitted version is reviewed. */
public enum PlanStatus {
  DRAFT("טיוטה"),
  SUBMITTED("הוגשה לבדיקה"),
  RETURNED("הוחזרה לתיקון"),
  APPROVED("אושרה");

  private final String hebrewName;

  PlanStatus(String hebrewName) {
    this.hebrewName = hebrewName;
  }

  public String hebrewName() {
    return hebrewName;
  }
}
