package org.maagal.control;

/** Whether a corrective action worked, by the mid-year rules applied to the annual round's report. */
public enum Outcome {
  WORKED("השתפר: אין עוד חריגה"),
  PARTLY("שיפור חלקי"),
  NOT_WORKED("לא השתפר"),
  /** The activity is no longer in the plan the annual round reported: an amendment cancelled it. */
  DROPPED("הפעילות בוטלה בתיקון לתכנית"),
  NOT_YET("טרם נמדד בסבב השנתי");

  private final String hebrewName;

  Outcome(String hebrewName) {
    this.hebrewName = hebrewName;
  }

  public String hebrewName() {
    return hebrewName;
  }
}
