package org.maagal.measurement;

/** Where a version of a report stands: the department fills a draft; the strategy unit validates what it submits. */
public enum ReportStatus {
  DRAFT("טיוטה"),
  SUBMITTED("הוגש לבדיקה"),
  RETURNED("הוחזר לתיקון"),
  ACCEPTED("אושר");

  private final String hebrewName;

  ReportStatus(String hebrewName) {
    this.hebrewName = hebrewName;
  }

  public String hebrewName() {
    return hebrewName;
  }
}
