package org.maagal.spreadsheets;

import java.util.List;

/**
 * What an uploaded sheet holds: its data rows, every problem found (of the whole file, or of a
 * row, in the order of the sheet), notices that refuse nothing, such as a column that was not
 * read, in Hebrew for the user, and the lines written above the header (a title, a vision), each its
 * cells' texts joined by a space.
 */
public record Spreadsheet(List<SpreadsheetRow> rows, List<SheetProblem> problems, List<String> notices,
    List<String> linesAbove) {

  public Spreadsheet {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
    notices = List.copyOf(notices);
    linesAbove = List.copyOf(linesAbove);
  }

  Spreadsheet(List<SpreadsheetRow> rows, List<SheetProblem> problems, List<String> notices) {
    this(rows, problems, notices, List.of());
  }

  static Spreadsheet refused(SheetProblem problem) {
    return new Spreadsheet(List.of(), List.of(problem), List.of());
  }

  /**
   * Whether the file itself could not be read: no rows at all, only problems of the whole file or its header,
   * or the first problems of a file that has too many ({@link SpreadsheetReader#MAX_PROBLEMS}).
   */
  public boolean unreadable() {
    return rows.isEmpty() && !problems.isEmpty();
  }
}
