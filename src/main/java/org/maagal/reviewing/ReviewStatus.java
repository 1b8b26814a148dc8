package org.maagal.reviewing;

import java.util.Set;

/**
 * Where a reviewed version stands. The Hebrew names agree with "גרסה" (a version), which is what has a status:
 * "גרסה 2 (הוחזרה לתיקון)".
 */
public enum ReviewStatus {
  /** Being written: the only status in which the version may be edited. */
  DRAFT("טיוטה"),
  /** Handed in and frozen, waiting for its reviewers. */
  SUBMITTED("הוגשה לבדיקה"),
  /** Sent back with what to correct; kept as it was, the next version is its copy. */
  RETURNED("הוחזרה לתיקון"),
  /** The end of the life: what the version says counts. */
  APPROVED("אושרה");

  private final String hebrewName;

  ReviewStatus(String hebrewName) {
    this.hebrewName = hebrewName;
  }

  public String hebrewName() {
    return hebrewName;
  }

  /** The statuses this one may change to: a draft is submitted; a submitted version is approved or returned. */
  public Set<ReviewStatus> next() {
    return switch (this) {
      case DRAFT -> Set.of(SUBMITTED);
      case SUBMITTED -> Set.of(APPROVED, RETURNED);
      case RETURNED, APPROVED -> Set.of();
    };
  }

  public boolean mayBecome(ReviewStatus status) {
    return next().contains(status);
  }

  /** Handed in, and not sent back: what the department said and stands by (submitted or approved). */
  public boolean handedIn() {
    return this == SUBMITTED || this == APPROVED;
  }
}
