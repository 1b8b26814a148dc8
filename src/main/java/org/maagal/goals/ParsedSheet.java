package org.maagal.goals;

import java.util.List;

/**
 * What a goal-tree file holds: the rows without problems, each one's spreadsheet row number (for
 * problems found later, such as an unknown department), and every problem found, by row.
 */
record ParsedSheet(List<GoalTreeRow> rows, List<Integer> rowNumbers, List<RowProblem> problems) {

  ParsedSheet {
    rows = List.copyOf(rows);
    rowNumbers = List.copyOf(rowNumbers);
    problems = List.copyOf(problems);
  }

  static ParsedSheet refused(RowProblem problem) {
    return new ParsedSheet(List.of(), List.of(), List.of(problem));
  }
}
