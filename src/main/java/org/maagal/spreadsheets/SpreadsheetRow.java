package org.maagal.spreadsheets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A data row of an uploaded sheet: its sheet's name when the workbook has more than one (else null), its row number
 * as the spreadsheet shows it, a cell for each expected column (by key), the problems the reader found in it, and
 * the headings written above it in its sheet, nearest last (a section "הכנסות", a department's name).
 */
public record SpreadsheetRow(String sheet, int row, Map<String, SheetCell> cells, List<SheetProblem> problems,
    List<String> headingsAbove) {

  public SpreadsheetRow {
    cells = Map.copyOf(cells);
    problems = List.copyOf(problems);
    headingsAbove = List.copyOf(headingsAbove);
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
    return new SheetProblem(sheet, row, cell.column(), cell.header(), reason);
  }

  /** "שורה 5", or "שורה 5 בגיליון 'תב\"ר'" in a workbook of more than one sheet. */
  public String where() {
    return "שורה " + row + (sheet == null ? "" : " בגיליון '" + sheet + "'");
  }
}
