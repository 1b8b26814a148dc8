package org.maagal.goals;

import java.util.List;
import java.util.Map;
import org.maagal.spreadsheets.SheetCell;
import org.maagal.spreadsheets.SheetProblem;

/**
 * What a goal-tree file holds: the rows without problems, each one's spreadsheet row number (for
 * problems found later, such as an unknown department), every problem found, by row, and the
 * notices for the user that refuse nothing (a column that was not read, in Hebrew), and where
 * each column stands in the user's file (letter and header), for problems found later; the city's vision when a
 * line above the header gives it, else null.
 */
record ParsedSheet(List<GoalTreeRow> rows, List<Integer> rowNumbers, List<RowProblem> problems,
    List<String> notices, Map<GoalTreeColumn, SheetCell> columns, String vision) {

  ParsedSheet {
    rows = List.copyOf(rows);
    rowNumbers = List.copyOf(rowNumbers);
    problems = List.copyOf(problems);
    notices = List.copyOf(notices);
    columns = Map.copyOf(columns);
  }

  /** A problem of one cell, named by its column as the user's file has it. */
  RowProblem problem(int row, GoalTreeColumn column, String reason) {
    var cell = columns.get(column);
    return cell == null ? new RowProblem(row, reason)
        : RowProblem.of(new SheetProblem(row, cell.column(), cell.header(), reason));
  }
}
