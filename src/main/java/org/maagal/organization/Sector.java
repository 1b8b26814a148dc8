package org.maagal.organization;

/** The sector a committee member represents; in the design committee every sector votes equally. */
public enum Sector {
  AUTHORITY("הרשות המקומית"), RESIDENTS("תושבים"), COMMUNITY("קהילה"), GOVERNMENT("ממשלה"),
  CIVIL_SOCIETY("חברה אזרחית"), ACADEMIA("אקדמיה"), BUSINESS("מגזר עסקי");

  private final String hebrewName;

  Sector(String hebrewName) {
    this.hebrewName = hebrewName;
  }

  public String hebrewName() {
    return hebrewName;
  }
}
