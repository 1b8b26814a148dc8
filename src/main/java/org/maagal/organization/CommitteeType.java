package org.maagal.organization;

/** The committees of the planning cycle. */
public enum CommitteeType {
  STEERING, DESIGN, WORKING_TEAM
}
