package org.maagal.workplans;

/** The steps a submitted work plan passes, in order; any of them may return it to the department. */
public enum ReviewStep {
  CHECKS("בדיקות אוטומטיות"),
  ALIGNMENT("בדיקת התאמה ליעדים — היחידה לתכנון אסטרטגי"),
  BUDGET("בדיקה תקציבית — גזברות"),
  CEO("אישור המנכ\"ל");

  private final String hebrewName;

  ReviewStep(String hebrewName) {
    this.hebrewName = hebrewName;
  }

  public String hebrewName() {
    return hebrewName;
  }
}
