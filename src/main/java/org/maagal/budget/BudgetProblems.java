package org.maagal.budget;

import static org.maagal.api.Problems.problem;

import java.util.Map;
import org.maagal.cycle.CycleYearRange;
import org.maagal.spreadsheets.SheetProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The errors a user can cause on budget books, each answered as a problem detail. */
final class BudgetProblems {

  private BudgetProblems() {
  }

  /** A problem of the file as the API lists it: the row (0 for the whole file), where, and the sentence to show. */
  record FileProblem(String sheet, int row, String column, String header, String reason, String message) {

    static FileProblem of(SheetProblem problem) {
      return new FileProblem(problem.sheet(), problem.row(), problem.column(), problem.header(), problem.inRow(),
          problem.message());
    }
  }

  static ErrorResponseException noBook(int year) {
    return problem(HttpStatus.NOT_FOUND, "No budget book", "אין ספר תקציב למעגל " + year
        + ": הגזברות עוד לא העלתה אותו", Map.of("year", year));
  }

  static ErrorResponseException noDepartment(String departmentId) {
    return problem(HttpStatus.NOT_FOUND, "No such department", "המחלקה '" + departmentId + "' אינה מחלקה ברשות",
        Map.of("department", departmentId));
  }

  static ErrorResponseException badYear(int year) {
    return problem(HttpStatus.BAD_REQUEST, "Bad cycle year",
        "שנת מעגל היא " + CycleYearRange.BETWEEN + "; התקבל " + year, Map.of("year", year));
  }

  /** Every problem, the notices (columns and sheets not read) that may explain them, and what became of each sheet. */
  static ErrorResponseException invalidFile(ParsedBook parsed) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid budget book file",
        "ספר התקציב לא נקלט: נמצאו " + parsed.problems().size() + " בעיות. דבר לא נשמר; תקנו את השורות ונסו שוב.",
        Map.of("errors", parsed.problems().stream().map(FileProblem::of).toList(), "notices", parsed.notices(),
            "sheets", parsed.sheets()));
  }
}
