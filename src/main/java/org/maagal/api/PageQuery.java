package org.maagal.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;

/**
 * The page of a list a caller asks for, from {@code ?page=0&size=50}: a controller method takes it
 * as a plain parameter ({@link PageQueryResolver} reads it). Anything else than a whole number in
 * range is refused with 400, never clamped, so that a caller never reads another page than it asked for.
 */
@ParameterObject
public record PageQuery(
    @Parameter(description = "The page, counted from 0; a page past the end is empty",
        schema = @Schema(type = "integer", minimum = "0", maximum = "1000000", defaultValue = "0"))
    int page,
    @Parameter(description = "How many items a page holds",
        schema = @Schema(type = "integer", minimum = "1", maximum = "500", defaultValue = "50"))
    int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;
  /** Keeps page × size far from the 2^31 limit of the databases' offsets. */
  public static final int MAX_PAGE = 1_000_000;

  public PageQuery {
    if (page < 0 || page > MAX_PAGE) {
      throw refused("page");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw refused("size");
    }
  }

  /** For Spring Data: this page, without a sort of its own (each repository method names its order). */
  public Pageable pageable() {
    return PageRequest.of(page, size);
  }

  /** For the engine's {@code listPage}: how many items come before this page. */
  public int offset() {
    return page * size;
  }

  static RuntimeException refused(String parameter) {
    String detail = "page".equals(parameter)
        ? "מספר העמוד (page) חייב להיות מספר שלם בין 0 ל-" + MAX_PAGE
        : "גודל העמוד (size) חייב להיות מספר שלם בין 1 ל-" + MAX_SIZE;
    return Problems.problem(HttpStatus.BAD_REQUEST, "Bad paging parameter", detail, Map.of("parameter", parameter));
  }
}
