package org.maagal.control;

import org.maagal.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The refusals of mid-year control, each in Hebrew. */
final class ControlProblems {

  private ControlProblems() {
  }

  static ErrorResponseException noDeviation(long id) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No such deviation", "אין חריגה " + id + " בבקרת אמצע השנה");
  }

  static ErrorResponseException notFlagged(int year) {
    return Problems.problem(HttpStatus.NOT_FOUND, "No mid-year control",
        "בקרת אמצע השנה של " + year + " טרם נפתחה: היא נפתחת כשהמדידה החצי שנתית נבדקה");
  }
}
