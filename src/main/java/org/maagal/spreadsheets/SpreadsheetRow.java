package org.maagal.spreadsheets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A data row of an uploaded sheet: its row number as the spreadsheet shows it, a cell for each
 * expected column (by key), and the problems the reader found in it.
 */
public record SpreadsheetRow(int row, Map<String, SheetCell> cells, List<SheetProblem> problems) {

  public SpreadsheetRow {
    cells = Map.copyOf(cells);
    problems = List.copyOf(problems);
  }

  public SheetCell cell(String key) {
    var cell = cells.get(key);
    if (cell == null) {
      throw new IllegalArgumentException("No column " + key + " was asked for");
    }
    return cell;
  }

  public String text(String key) {
    return cell(key).text();
  }

  public BigDecimal number(String key) {
    return cell(key).number();
  }

  public Integer year(String key) {
    return cell(key).year();
  }

  /** A problem of one cell of this row, named by the column's letter and header in the user's file. */
  public SheetProblem problem(String key, String reason) {
    var cell = cell(key);
    return new SheetProblem(row, cell.column(), cell.header(), reason);
  }
}
