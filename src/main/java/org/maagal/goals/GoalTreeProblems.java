package org.maagal.goals;

import static org.maagal.api.Problems.problem;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The errors a user can cause on goal trees, each answered as a problem detail. */
final class GoalTreeProblems {

  private GoalTreeProblems() {
  }

  static ErrorResponseException noTree(int year) {
    return problem(HttpStatus.NOT_FOUND, "No goal tree", "אין עץ מטרות למעגל " + year + ": המעגל לא נפתח",
        Map.of("year", year));
  }

  static ErrorResponseException noVersion(int year, int version) {
    return problem(HttpStatus.NOT_FOUND, "No such version", "לעץ המטרות של " + year + " אין גרסה " + version,
        Map.of("year", year, "version", version));
  }

  static ErrorResponseException badVersion(String parameter, int version) {
    return problem(HttpStatus.BAD_REQUEST, "Bad version number",
        "מספר גרסה הוא מספר שלם מ-1 ומעלה; התקבל " + parameter + "=" + version,
        Map.of("parameter", parameter, "version", version));
  }

  static ErrorResponseException noEarlierVersion(int year, int version) {
    return problem(HttpStatus.BAD_REQUEST, "No earlier version",
        "גרסה " + version + " היא הגרסה הראשונה של עץ המטרות של " + year + ": אין גרסה קודמת להשוות אליה; בחרו from",
        Map.of("year", year, "version", version));
  }

  static ErrorResponseException frozen(int year, int version) {
    return problem(HttpStatus.CONFLICT, "Goal tree approved",
        "עץ המטרות של " + year + " אושר בוועדת ההיגוי (גרסה " + version + ") ואינו ניתן לשינוי במעגל זה",
        Map.of("year", year, "version", version));
  }

  /** Every problem, the notices (columns and sheets not read) that may explain them, and what became of each sheet. */
  static ErrorResponseException invalidFile(List<RowProblem> problems, ParsedSheet parsed) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid goal tree file",
        "הקובץ לא נקלט: נמצאו " + problems.size() + " בעיות. דבר לא נשמר; תקנו את השורות ונסו שוב.",
        Map.of("errors", problems, "notices", parsed.notices(), "sheets", parsed.sheets()));
  }
}
