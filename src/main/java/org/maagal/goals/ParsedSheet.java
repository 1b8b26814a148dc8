package org.maagal.goals;

import java.util.List;
import java.util.Map;

/**
 * What a goal-tree file holds: the rows without problems, each one's spreadsheet row number (for
 * problems found later, such as an unknown department), every problem found, by row, and the
 * notices for the user that refuse nothing (a column that was not read, in Hebrew), and where
 * each column stands in the user's file ("K (מחלקה אחראית)"), for problems found later.
 */
record ParsedSheet(List<GoalTreeRow> rows, List<Integer> rowNumbers, List<RowProblem> problems,
    List<String> notices, Map<GoalTreeColumn, String> columns) {

  ParsedSheet {
    rows = List.copyOf(rows);
    rowNumbers = List.copyOf(rowNumbers);
    problems = List.copyOf(problems);
    notices = List.copyOf(notices);
    columns = Map.copyOf(columns);
  }

  /** A problem of one cell, named by its column as the user's file has it. */
  RowProblem problem(int row, GoalTreeColumn column, String reason) {
    String where = columns.get(column);
    return new RowProblem(row, where == null ? reason : "עמודה " + where + ": " + reason);
  }
}
