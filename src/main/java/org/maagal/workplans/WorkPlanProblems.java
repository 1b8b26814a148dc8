package org.maagal.workplans;

import java.util.List;
import java.util.Map;
import org.maagal.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The refusals of the work plans feature, each a problem detail in Hebrew. */
final class WorkPlanProblems {

  private WorkPlanProblems() {
  }

  static ErrorResponseException noPlan(int year, String departmentName) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No work plan",
        "אין עדיין תכנית עבודה של " + departmentName + " במעגל " + year);
  }

  static ErrorResponseException noVersion(int year, String departmentName, int number) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No such version",
        "אין גרסה " + number + " לתכנית העבודה של " + departmentName + " במעגל " + year);
  }

  static ErrorResponseException noDepartment(String departmentId) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No such department", "אין מחלקה '" + departmentId + "' ברשות");
  }

  static ErrorResponseException noActivity(long activityId) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No such activity",
        "אין פעילות " + activityId + " בטיוטה הנוכחית של התכנית");
  }

  static ErrorResponseException noLine(long lineId) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No such budget line",
        "אין שורת תקציב " + lineId + " בגרסה הנוכחית של התכנית");
  }

  static ErrorResponseException noRequest(long requestId) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No such budget request",
        "אין בקשה לתקציב נוסף " + requestId + " בגרסה הנוכחית של התכנית");
  }

  static ErrorResponseException notYours(String departmentName) {
    return Problems.problem(HttpStatus.FORBIDDEN, "Not your department",
        "תכנית העבודה של " + departmentName + " גלויה למחלקה, ליחידה לתכנון אסטרטגי, לגזברות ולהנהלה בלבד");
  }

  static ErrorResponseException notYoursToEdit(String departmentName) {
    return Problems.problem(HttpStatus.FORBIDDEN, "Only the department edits its plan",
        "רק אנשי " + departmentName + " עורכים את תכנית העבודה שלה");
  }

  static ErrorResponseException financeOnly() {
    return Problems.problem(HttpStatus.FORBIDDEN, "Finance only",
        "רק הגזברות מאשרת או מקצצת שורות תקציב ומחליטה על בקשות לתקציב נוסף");
  }

  static ErrorResponseException notInBudgetReview(String departmentName) {
    return Problems.problem(HttpStatus.CONFLICT, "Not in budget review",
        "תכנית העבודה של " + departmentName + " אינה בבדיקה תקציבית כעת");
  }

  static ErrorResponseException invalid(String what, List<String> problems) {
    return Problems.problem(HttpStatus.BAD_REQUEST, "Invalid " + what,
        String.join("; ", problems), Map.of("problems", problems));
  }
}
