package org.maagal.measurement;

import java.util.List;
import java.util.Map;
import org.maagal.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The refusals of the measurement feature, each a problem detail in Hebrew. */
final class MeasurementProblems {

  private MeasurementProblems() {
  }

  static ErrorResponseException noRound(String written) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No such round",
        "אין סבב מדידה '" + written + "'; הסבבים הם semi-annual (חצי שנתי) ו-annual (שנתי)");
  }

  static ErrorResponseException noReport(int year, String departmentName, Round round) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No report",
        "אין עדיין דיווח של " + departmentName + " ב" + round.hebrewName() + " של " + year);
  }

  static ErrorResponseException noVersion(int year, String departmentName, Round round, int number) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No such version",
        "אין גרסה " + number + " לדיווח של " + departmentName + " ב" + round.hebrewName() + " של " + year);
  }

  static ErrorResponseException noDepartment(String departmentId) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No such department", "אין מחלקה '" + departmentId + "' ברשות");
  }

  static ErrorResponseException noIndicator(int position, int count) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No such indicator",
        "אין מדד מספר " + position + " בדיווח; " + (count == 0 ? "אין בו מדדים"
            : "המדדים בו ממוספרים 1 עד " + count));
  }

  static ErrorResponseException noActivity(long activityId) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No such activity",
        "אין בדיווח פעילות " + activityId + " של תכנית העבודה");
  }

  static ErrorResponseException noLine(long lineId) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No such budget line",
        "אין שורת תקציב " + lineId + " בגרסה הנוכחית של הדיווח");
  }

  static ErrorResponseException notYours(String departmentName) {
    return Problems.problem(HttpStatus.FORBIDDEN, "Not your department",
        "דיווחי המדידה של " + departmentName + " גלויים למחלקה, ליחידה לתכנון אסטרטגי ולהנהלה בלבד");
  }

  static ErrorResponseException notYoursToEdit(String departmentName) {
    return Problems.problem(HttpStatus.FORBIDDEN, "Only the department fills its report",
        "רק אנשי " + departmentName + " ממלאים את דיווח המדידה שלה");
  }

  static ErrorResponseException invalid(String what, List<String> problems) {
    return Problems.problem(HttpStatus.BAD_REQUEST, "Invalid " + what,
        String.join("; ", problems), Map.of("problems", problems));
  }
}
