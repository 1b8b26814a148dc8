package org.maagal.budget;

import java.util.List;
import org.maagal.spreadsheets.SheetProblem;
import org.maagal.spreadsheets.SheetSummary;

/**
 * A budget book file as read: its clauses in the file's order, every problem (by sheet, row, column letter
 * and header), the notices that refuse nothing, and what became of each sheet. A file with any problem is refused whole.
 */
record ParsedBook(List<BudgetClause> clauses, List<SheetProblem> problems, List<String> notices,
    List<SheetSummary> sheets) {

  ParsedBook {
    clauses = List.copyOf(clauses);
    problems = List.copyOf(problems);
    notices = List.copyOf(notices);
    sheets = List.copyOf(sheets);
  }

  boolean refused() {
    return !problems.isEmpty();
  }
}
