package org.maagal.cycle;

import java.util.Map;
import org.maagal.api.Problems;
import org.springframework.http.HttpStatus;
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
    return Problems.problem(status, title, detail, Map.of("year", year));
  }
}
