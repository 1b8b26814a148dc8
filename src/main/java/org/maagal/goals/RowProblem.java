package org.maagal.goals;

import org.maagal.spreadsheets.SheetProblem;

/**
 * What is wrong with one row of an imported file; {@code row} is the spreadsheet's row number
 * (0 for the whole file), {@code reason} names the column by its letter and header in the file.
 */
public record RowProblem(int row, String reason) {

  static RowProblem of(SheetProblem problem) {
    return new RowProblem(problem.row(), problem.inRow());
  }
}
