package org.maagal.goals;

/** Where a version of a cycle's goal tree stands. Nothing is deleted: a replaced draft is superseded. */
public enum VersionStatus {
  /** Being worked on by the design committee; the newest draft is the one voted on. */
  DRAFT,
  /** A draft replaced by a newer one; kept, readable. */
  SUPERSEDED,
  /** Approved by the steering committee: the cycle's tree, frozen. */
  APPROVED
}
