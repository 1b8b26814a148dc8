package org.maagal.organization;

/** The levels of a municipality's hierarchy; each unit's engine group id starts with its prefix. */
public enum UnitType {
  MUNICIPALITY("municipality-"),
  DIVISION("division-"),
  DEPARTMENT("dept-");

  private final String groupPrefix;

  UnitType(String groupPrefix) {
    this.groupPrefix = groupPrefix;
  }

  public String groupIdOf(String unitId) {
    return groupPrefix + unitId;
  }
}
