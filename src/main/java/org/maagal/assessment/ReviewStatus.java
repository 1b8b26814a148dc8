package org.maagal.assessment;

/** Where a department's assessment stands with the strategy unit. */
public enum ReviewStatus {
  SUBMITTED, RETURNED, ACCEPTED
}
