package org.maagal.review;

import org.maagal.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The refusals of the review feature, each a problem detail in Hebrew. */
final class ReviewProblems {

  private ReviewProblems() {
  }

  static ErrorResponseException noDepartmentOf(String userId) {
    return Problems.problem(HttpStatus.FORBIDDEN, "No department",
        "התוצאות גלויות ליחידה לתכנון אסטרטגי, להנהלה ולמחלקות; " + userId + " אינו שייך למחלקה");
  }

  static ErrorResponseException noGap(int year, long gapId) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No such gap", "אין פער " + gapId + " בניתוח של " + year);
  }

  static ErrorResponseException noDepartment(String departmentId) {
    return Problems.problem(HttpStatus.BAD_REQUEST, "No such department", "אין מחלקה '" + departmentId + "' ברשות");
  }

  static ErrorResponseException invalid(String message) {
    return Problems.problem(HttpStatus.BAD_REQUEST, "Invalid gap", message);
  }

  static ErrorResponseException gapsClosed(int year) {
    return Problems.problem(HttpStatus.CONFLICT, "Gap list closed",
        "רשימת הפערים של " + year + " נסגרה והועברה למחלקות; פערים נוספים יועלו בניתוח הבא");
  }

  static ErrorResponseException notOpenYet(int year) {
    return Problems.problem(HttpStatus.CONFLICT, "Review not open",
        "שלב הניתוח וההערכה של " + year + " טרם נפתח");
  }

  static ErrorResponseException notDeciding(int year) {
    return Problems.problem(HttpStatus.CONFLICT, "Not deciding",
        "ועדת ההיגוי מחליטה אילו פערים עוברים לשנה הבאה רק לאחר תיעוד הלקחים ולפני סגירת הניתוח של " + year);
  }

  static ErrorResponseException onlyStrategyUnit() {
    return Problems.problem(HttpStatus.FORBIDDEN, "Strategy unit only", "רק היחידה לתכנון אסטרטגי מוסיפה פערים");
  }

  static ErrorResponseException onlySteering() {
    return Problems.problem(HttpStatus.FORBIDDEN, "Steering committee only",
        "רק חברי ועדת ההיגוי מחליטים אילו פערים עוברים לשנה הבאה");
  }
}
