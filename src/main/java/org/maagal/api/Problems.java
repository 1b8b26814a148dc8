package org.maagal.api;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The one way a feature refuses a request: a problem detail with a Hebrew detail and its facts. */
public final class Problems {

  private Problems() {
  }

  public static ErrorResponseException problem(HttpStatus status, String title, String detail) {
    return problem(status, title, detail, Map.of());
  }

  public static ErrorResponseException problem(HttpStatus status, String title, String detail,
      Map<String, ?> properties) {
    var problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    properties.forEach(problem::setProperty);
    return new ErrorResponseException(status, problem, null);
  }
}
