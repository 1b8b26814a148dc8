package org.maagal.goals;

import java.util.List;
import org.maagal.spreadsheets.SheetSummary;
import org.maagal.spreadsheets.SpreadsheetRow;

/**
 * What a goal-tree file holds: the rows without problems, each with the sheet row it was read from (for problems
 * found later, such as an unknown department, named by the user's sheet, row, column letter and header), every
 * problem found, by row, the notices for the user that refuse nothing (a column or a sheet that was not read, in
 * Hebrew), what became of each sheet, and the city's vision when a line above the header gives it, else null.
 */
record ParsedSheet(List<GoalTreeRow> rows, List<SpreadsheetRow> sources, List<RowProblem> problems,
    List<String> notices, List<SheetSummary> sheets, String vision) {

  ParsedSheet {
    rows = List.copyOf(rows);
    sources = List.copyOf(sources);
    problems = List.copyOf(problems);
    notices = List.copyOf(notices);
    sheets = List.copyOf(sheets);
  }

  /** A problem of one cell of the {@code index}th row, named by its column as the user's file has it. */
  RowProblem problem(int index, GoalTreeColumn column, String reason) {
    return RowProblem.of(sources.get(index).problem(column.key(), reason));
  }
}
