package org.maagal.spreadsheets;

import java.math.BigDecimal;

/**
 * A CSV cell as a spreadsheet program may open it safely (OWASP, "CSV injection"). Excel, LibreOffice and
 * Google Sheets run a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return as a formula: {@code =HYPERLINK(...)} sends the sheet's data out, DDE starts programs. Such a cell is
 * written after an apostrophe, and the program shows it as text.
 *
 * <p>One exception: a plain negative number, as the reader reads numbers ("-5", "-1,200.50", "-0.35"). A
 * spreadsheet reads it as that number and runs nothing, and an apostrophe would turn the user's number into
 * text; so it is written as it is, and the number stored is the number the user saw. "-5+1" or "-5 " is no
 * plain number and gets its apostrophe.
 */
final class CsvCell {

  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final char GUARD = '\'';

  private CsvCell() {
  }

  /** The cell's text as written: a number plainly (no exponent), text that would run after an apostrophe. */
  static String guarded(Object value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    boolean runs = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    boolean negativeNumber = text.startsWith("-") && CellText.isPlainNumber(text);
    return runs && !negativeNumber ? GUARD + text : text;
  }

  /** A cell of a file we wrote, as the user typed it: the guard's apostrophe taken off again. */
  static String unguarded(String cell) {
    boolean guarded = cell.length() > 1 && cell.charAt(0) == GUARD && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0;
    return guarded ? cell.substring(1) : cell;
  }
}
