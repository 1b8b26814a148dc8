package org.maagal.cycle;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The errors a user can cause on cycles, each answered as a problem detail. */
final class CycleProblems {

  private CycleProblems() {
  }

  static ErrorResponseException alreadyExists(int year) {
    return problem(HttpStatus.CONFLICT, "Cycle already exists", "מעגל התכנון לשנת " + year + " כבר קיים", year);
  }

  static ErrorResponseException notFound(int year) {
    return problem(HttpStatus.NOT_FOUND, "Cycle not found", "אין מעגל תכנון לשנת " + year, year);
  }

  private static ErrorResponseException problem(HttpStatus status, String title, String detail, int year) {
    var problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setProperty("year", year);
    return new ErrorResponseException(status, problem, null);
  }
}
