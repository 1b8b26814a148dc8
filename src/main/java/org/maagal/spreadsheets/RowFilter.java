package org.maagal.spreadsheets;

/**
 * What an import leaves out of the rows it reads, such as a budget book's income lines: each left-out row is still
 * counted in the totals written below it, and the preview lists it by the reason given.
 */
@FunctionalInterface
public interface RowFilter {

  /** Reads every row. */
  RowFilter NONE = row -> null;

  /** Why the row is left out, as a plural phrase ("שורות הכנסה, שאינן סעיפי הוצאה"); null to read it. */
  String leftOut(SpreadsheetRow row);
}
