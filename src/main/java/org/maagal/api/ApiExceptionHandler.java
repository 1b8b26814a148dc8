package org.maagal.api;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the API into a problem detail. Spring's handler covers the standard cases
 * (unreadable body, wrong types, unknown paths, an {@code ErrorResponseException} thrown by a
 * feature); here they get a Hebrew detail, field errors are listed, and anything unexpected is
 * logged and answered 500 without internals.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final MultipartProperties multipart;

  ApiExceptionHandler(MultipartProperties multipart) {
    this.multipart = multipart;
  }

  /** An upload past spring.servlet.multipart's limits (an undeclared body the container parsed itself). */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException exception,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    var problem = ProblemDetail.forStatusAndDetail(status,
        "הקובץ גדול מדי: עד " + multipart.getMaxRequestSize().toMegabytes() + " MB לבקשה");
    return handleExceptionInternal(exception, problem, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    var problem = ProblemDetail.forStatusAndDetail(status, "הבקשה אינה תקינה");
    List<Map<String, String>> errors = exception.getBindingResult().getFieldErrors().stream()
        .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
        .toList();
    problem.setProperty("errors", errors);
    return handleExceptionInternal(exception, problem, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    var problem = ProblemDetail.forStatusAndDetail(status, "גוף הבקשה אינו JSON תקין או שאינו בצורה הנדרשת");
    return handleExceptionInternal(exception, problem, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String name = exception.getPropertyName() != null ? exception.getPropertyName() : "value";
    var problem = ProblemDetail.forStatusAndDetail(status, "הערך '" + exception.getValue() + "' אינו תקין עבור " + name);
    return handleExceptionInternal(exception, problem, headers, status, request);
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ProblemDetail> engineRefused(AuthorizationException exception) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "אין לך הרשאה לפעולה זו"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception exception) {
    log.error("Unexpected error in the API", exception);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ProblemDetail.forStatusAndDetail(
        HttpStatus.INTERNAL_SERVER_ERROR, "אירעה שגיאה פנימית; הנתונים לא שונו. נסו שוב או פנו למנהל המערכת"));
  }
}
