package org.maagal.api;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@link PageQuery} from the query string. Spring Data's own {@code Pageable} resolver is not
 * used: it quietly clamps a bad size or page and lets the caller choose the sort, where we refuse
 * bad values and keep each list's one documented order.
 */
class PageQueryResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return PageQuery.class.equals(parameter.getParameterType());
  }

  @Override
  public PageQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
      NativeWebRequest request, WebDataBinderFactory binders) {
    return new PageQuery(number(request, "page", 0), number(request, "size", PageQuery.DEFAULT_SIZE));
  }

  private static int number(NativeWebRequest request, String name, int absent) {
    String[] values = request.getParameterValues(name);
    if (values == null) {
      return absent;
    }
    if (values.length != 1 || !values[0].matches("\\d{1,9}")) {
      throw PageQuery.refused(name);
    }
    return Integer.parseInt(values[0]);
  }
}
