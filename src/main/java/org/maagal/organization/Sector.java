package org.maagal.organization;

/** The sector a committee member represents; in the design committee every sector votes equally. */
public enum Sector {
  AUTHORITY, RESIDENTS, COMMUNITY, GOVERNMENT, CIVIL_SOCIETY, ACADEMIA, BUSINESS
}
