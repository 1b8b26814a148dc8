package org.maagal.spreadsheets;

/**
 * Something in an uploaded sheet that could not be read, in the user's own terms: the sheet's name when the
 * workbook has more than one sheet (else null), the row number as the spreadsheet shows it (0 for the whole sheet
 * or file) and, for one cell, the column letter and the header as written in the file.
 */
public record SheetProblem(String sheet, int row, String column, String header, String reason) {

  /** A problem of a file of one sheet, or of a CSV file. */
  public SheetProblem(int row, String column, String header, String reason) {
    this(null, row, column, header, reason);
  }

  public static SheetProblem ofFile(String reason) {
    return new SheetProblem(0, null, null, reason);
  }

  static SheetProblem ofRow(String sheet, int row, String reason) {
    return new SheetProblem(sheet, row, null, null, reason);
  }

  /** "עמודה F (ערך בסיס): 'הרבה' אינו מספר", or the reason alone when no one column is meant. */
  public String inRow() {
    if (column == null) {
      return reason;
    }
    return "עמודה " + column + (header == null ? "" : " (" + header + ")") + ": " + reason;
  }

  /** "גיליון 'תב\"ר', שורה 7, עמודה F (ערך בסיס): 'הרבה' אינו מספר": the problem as one sentence. */
  public String message() {
    String where = sheet == null ? "" : "גיליון '" + sheet + "'";
    if (row <= 0) {
      return where.isEmpty() ? inRow() : where + ": " + inRow();
    }
    return (where.isEmpty() ? "" : where + ", ") + "שורה " + row + (column == null ? ": " : ", ") + inRow();
  }
}
