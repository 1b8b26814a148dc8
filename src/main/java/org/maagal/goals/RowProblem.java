package org.maagal.goals;

import java.util.Comparator;
import java.util.List;
import org.maagal.spreadsheets.SheetProblem;
import org.maagal.spreadsheets.SheetSummary;

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

  /** Problems in the order of the file: by sheet, then by row (a stable sort keeps a row's own order). */
  static Comparator<RowProblem> fileOrder(List<SheetSummary> sheets) {
    var names = sheets.stream().map(SheetSummary::name).toList();
    return Comparator.comparingInt((RowProblem problem) -> names.indexOf(problem.sheet()))
        .thenComparingInt(RowProblem::row);
  }
}
