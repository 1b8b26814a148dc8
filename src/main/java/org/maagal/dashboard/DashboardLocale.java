package org.maagal.dashboard;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The dashboard speaks Hebrew unless asked for English with {@code ?lang=en}, which a cookie then keeps for
 * the other pages ({@code ?lang=he} goes back). Everywhere else the browser's language decides, as before.
 */
@Configuration(proxyBeanMethods = false)
class DashboardLocale {

  static final Locale HEBREW = Locale.forLanguageTag("he");
  static final String PARAMETER = "lang";
  static final String COOKIE = "maagal-dashboard-lang";

  @Bean
  LocaleResolver localeResolver() {
    return new Resolver();
  }

  /** The language a dashboard request asks for: the parameter, else the cookie, else Hebrew. */
  static Locale of(HttpServletRequest request) {
    return asked(request.getParameter(PARAMETER))
        .or(() -> Optional.ofNullable(request.getCookies()).flatMap(cookies -> Arrays.stream(cookies)
            .filter(cookie -> COOKIE.equals(cookie.getName())).findFirst()).flatMap(cookie -> asked(cookie.getValue())))
        .orElse(HEBREW);
  }

  /** Keeps the language asked for in the parameter for the next pages. */
  static void remember(HttpServletRequest request, HttpServletResponse response) {
    asked(request.getParameter(PARAMETER)).ifPresent(locale -> {
      var cookie = new Cookie(COOKIE, locale.getLanguage());
      cookie.setPath("/dashboard");
      cookie.setHttpOnly(true);
      response.addCookie(cookie);
    });
  }

  private static Optional<Locale> asked(String language) {
    if ("en".equals(language)) {
      return Optional.of(Locale.ENGLISH);
    }
    return "he".equals(language) ? Optional.of(HEBREW) : Optional.empty();
  }

  private static final class Resolver extends AcceptHeaderLocaleResolver {
    @Override
    public Locale resolveLocale(HttpServletRequest request) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return path.equals("/dashboard") || path.startsWith("/dashboard/") ? of(request) : super.resolveLocale(request);
    }
  }
}
