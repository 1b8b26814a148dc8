package org.maagal.picture;

import org.maagal.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The city picture's refusals, in Hebrew. */
final class PictureProblems {

  private PictureProblems() {
  }

  static ErrorResponseException notAPlanner() {
    return Problems.problem(HttpStatus.FORBIDDEN, "Not a planner", "תמונת העיר גלויה להנהלה, ליחידה לתכנון אסטרטגי, "
        + "לוועדת ההיגוי ולוועדה המעצבת; הערכת המצב של מחלקתך בדף הערכת המצב שלה");
  }

  static ErrorResponseException nothingYet(int year) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No situation assessment yet",
        "להערכת המצב של " + year + " טרם הוגש דבר: תמונת העיר נבנית ממה שהמחלקות, מחלקת המחקר וצוותי העבודה מגישים");
  }
}
