package org.maagal.spreadsheets;

/**
 * Something in an uploaded sheet that could not be read, in the user's own terms: the row number
 * as the spreadsheet shows it (0 for the whole file) and, for one cell, the column letter and the
 * header as written in the file.
 */
public record SheetProblem(int row, String column, String header, String reason) {

  static SheetProblem ofFile(String reason) {
    return new SheetProblem(0, null, null, reason);
  }

  static SheetProblem ofRow(int row, String reason) {
    return new SheetProblem(row, null, null, reason);
  }

  /** "עמודה F (ערך בסיס): 'הרבה' אינו מספר", or the reason alone when no one column is meant. */
  public String inRow() {
    if (column == null) {
      return reason;
    }
    return "עמודה " + column + (header == null ? "" : " (" + header + ")") + ": " + reason;
  }

  /** "שורה 7, עמודה F (ערך בסיס): 'הרבה' אינו מספר": the problem as one sentence. */
  public String message() {
    if (row <= 0) {
      return inRow();
    }
    return "שורה " + row + (column == null ? ": " : ", ") + inRow();
  }
}
