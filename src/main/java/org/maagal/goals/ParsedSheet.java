package org.maagal.goals;

import java.util.List;

/**
 * What a goal-tree file holds: the rows without problems, each one's spreadsheet row number (for
 * problems found later, such as an unknown department), every problem found, by row, and the
 * notices for the user that refuse nothing (a column that was not read, in Hebrew).
 */
record ParsedSheet(List<GoalTreeRow> rows, List<Integer> rowNumbers, List<RowProblem> problems,
    List<String> notices) {

  ParsedSheet {
    rows = List.copyOf(rows);
    rowNumbers = List.copyOf(rowNumbers);
    problems = List.copyOf(problems);
    notices = List.copyOf(notices);
  }

  static ParsedSheet refused(RowProblem problem) {
    return new ParsedSheet(List.of(), List.of(), List.of(problem), List.of());
  }
}
