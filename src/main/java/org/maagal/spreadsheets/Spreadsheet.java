package org.maagal.spreadsheets;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an uploaded file holds: its data rows (of every sheet that has the expected columns, in the workbook's
 * order), every problem found (of the whole file, or of a row, in the order of the sheets), notices that refuse
 * nothing, such as a column or a sheet that was not read, in Hebrew for the user, the lines written above the header
 * of the first sheet read or on a cover sheet before it (a title, a vision), each its cells' texts joined by a space,
 * and what became of each sheet.
 */
public record Spreadsheet(List<SpreadsheetRow> rows, List<SheetProblem> problems, List<String> notices,
    List<String> linesAbove, List<SheetSummary> sheets) {

  public Spreadsheet {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
    notices = List.copyOf(notices);
    linesAbove = List.copyOf(linesAbove);
    sheets = List.copyOf(sheets);
  }

  static Spreadsheet refused(List<SheetProblem> problems, List<String> notices, List<SheetSummary> sheets) {
    return new Spreadsheet(List.of(), problems, notices, List.of(), sheets);
  }

  static Spreadsheet refused(SheetProblem problem) {
    return refused(List.of(problem), List.of(), List.of());
  }

  /** The problems of no data row: a sheet's header, a total that does not add up. */
  public List<SheetProblem> problemsOutsideRows() {
    var ofRows = rows.stream().flatMap(row -> row.problems().stream()).collect(Collectors.toSet());
    return problems.stream().filter(problem -> !ofRows.contains(problem)).toList();
  }

  /** Problems in the order of the file: by sheet, then by row (a stable sort keeps a row's own order). */
  public Comparator<SheetProblem> fileOrder() {
    var names = sheets.stream().map(SheetSummary::name).toList();
    return Comparator.comparingInt((SheetProblem problem) -> names.indexOf(problem.sheet()))
        .thenComparingInt(SheetProblem::row);
  }

  /**
   * Whether the file itself could not be read: no rows at all, only problems of the whole file or its header,
   * or the first problems of a file that has too many ({@link SpreadsheetReader#MAX_PROBLEMS}).
   */
  public boolean unreadable() {
    return rows.isEmpty() && !problems.isEmpty();
  }
}
