package org.maagal.meetings;

/** What a vote on an agenda item came to. */
public enum Outcome {
  /** More for than against among the members present (or, by circulation, among all the members). */
  APPROVED("אושר"),
  /** More against than for. */
  REJECTED("לא אושר"),
  /** As many for as against: the item is voted on again, at this meeting or the next. */
  TIE("תיקו: סבב נוסף"),
  /** Too few members present: the meeting decides nothing and its items move to the next meeting. */
  NO_QUORUM("אין מניין");

  private final String hebrewName;

  Outcome(String hebrewName) {
    this.hebrewName = hebrewName;
  }

  public String hebrewName() {
    return hebrewName;
  }

  /** Whether the item is decided, one way or the other. */
  public boolean decides() {
    return this == APPROVED || this == REJECTED;
  }
}
