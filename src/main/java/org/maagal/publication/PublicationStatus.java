package org.maagal.publication;

/** Where a proposed publication stands. */
public enum PublicationStatus {
  /** On the committee's agenda; nothing of it is public. */
  PROPOSED("ממתין להחלטת הוועדה"),
  /** Approved: the public site shows it (the newest published of its year and part). */
  PUBLISHED("פורסם"),
  /** The committee did not approve it. */
  NOT_APPROVED("לא אושר לפרסום"),
  /** Was published and was taken down; who, when and why are kept. */
  WITHDRAWN("הוסר מהאתר");

  private final String hebrewName;

  PublicationStatus(String hebrewName) {
    this.hebrewName = hebrewName;
  }

  String hebrewName() {
    return hebrewName;
  }
}
