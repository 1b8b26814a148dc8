package org.maagal.budget;

import java.util.List;
import org.maagal.spreadsheets.SheetProblem;

/**
 * A budget book file as read: its clauses in the file's order, every problem (by row, column letter
 * and header), and the notices that refuse nothing. A file with any problem is refused whole.
 */
record ParsedBook(List<BudgetClause> clauses, List<SheetProblem> problems, List<String> notices) {

  ParsedBook {
    clauses = List.copyOf(clauses);
    problems = List.copyOf(problems);
    notices = List.copyOf(notices);
  }

  boolean refused() {
    return !problems.isEmpty();
  }
}
