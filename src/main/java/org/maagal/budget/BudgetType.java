package org.maagal.budget;

/** The two budgets of a municipality: the ordinary (operating) budget and the development budget (תב"ר). */
public enum BudgetType {
  OPERATING("תקציב רגיל"),
  DEVELOPMENT("תב\"ר");

  private final String hebrewName;

  BudgetType(String hebrewName) {
    this.hebrewName = hebrewName;
  }

  public String hebrewName() {
    return hebrewName;
  }
}
