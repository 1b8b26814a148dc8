package org.maagal.spreadsheets;

import java.math.BigDecimal;

/**
 * One cell of an expected column: where it is in the user's sheet (column letter, header as
 * written), its text trimmed (null when empty), its number for number and year columns, and why
 * it could not be read (null when it could).
 */
public record SheetCell(String column, String header, String text, BigDecimal number, String problem) {

  public boolean empty() {
    return text == null;
  }

  /** The number of a year column, when it was read. */
  public Integer year() {
    return number == null ? null : number.intValueExact();
  }
}
