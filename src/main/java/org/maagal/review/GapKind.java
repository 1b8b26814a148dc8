package org.maagal.review;

/** What a gap is about. */
enum GapKind {
  RED_TARGET("red-target", "יעד באדום"),
  LOW_ADHERENCE("low-adherence", "עמידה נמוכה בתכנית העבודה"),
  OTHER("other", "פער שהוסיפה היחידה לתכנון אסטרטגי");

  private final String key;
  private final String hebrewName;

  GapKind(String key, String hebrewName) {
    this.key = key;
    this.hebrewName = hebrewName;
  }

  String key() {
    return key;
  }

  String hebrewName() {
    return hebrewName;
  }
}
