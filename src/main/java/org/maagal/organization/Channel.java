package org.maagal.organization;

/** The channels (אפיקים) a working team builds the situation picture for. */
public enum Channel {
  URBAN, SOCIAL, ECONOMIC, EDUCATIONAL
}
