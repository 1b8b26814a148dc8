package org.maagal.goals;

import org.maagal.spreadsheets.SheetProblem;

/**
 * What is wrong with one row of an imported file; {@code sheet} is the sheet's name in a workbook of more than one
 * sheet (else null), {@code row} the spreadsheet's row number (0 for the whole file or sheet), {@code reason} names
 * the column by its letter and header in the file.
 */
public record RowProblem(String sheet, int row, String reason) {

  public RowProblem(int row, String reason) {
    this(null, row, reason);
  }

  static RowProblem of(SheetProblem problem) {
    return new RowProblem(problem.sheet(), problem.row(), problem.inRow());
  }
}
