package org.maagal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser keeps the HTTP Basic credentials a person once typed for this site and sends them with any request to
 * it, one that another site's page makes included: a form or a script there could complete a task or start a cycle
 * in the person's name. So a change (POST, PUT, PATCH, DELETE) to {@code /api} or {@code /engine-rest} that carries
 * Basic credentials is refused (403) when the browser says it comes from another site ({@code Sec-Fetch-Site:
 * cross-site} or {@code same-site}, a neighbouring subdomain being another site here) or names an origin that is not
 * this server's ({@code Origin}). Scripts and other systems send neither header and pass; so do reads, and this
 * site's own pages (same-origin). Requests on the web apps' session are guarded by their CSRF token instead
 * ({@link WebappSessionAuthentication}).
 */
class CrossSiteBasicRefusal extends OncePerRequestFilter {

  static final String REFUSED = "הבקשה נדחתה: שינוי עם פרטי התחברות (HTTP Basic) שנשלח מאתר אחר אינו מתקבל. "
      + "סקריפטים ומערכות אחרות שולחים את הבקשה ישירות, בלי כותרות Origin או Sec-Fetch-Site של דפדפן.";

  private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

  private final ProblemResponses problems;

  CrossSiteBasicRefusal(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!WebappSessionAuthentication.SAFE_METHODS.contains(request.getMethod()) && carriesBasic(request) && fromAnotherSite(request)) {
      problems.write(request, response, HttpStatus.FORBIDDEN, REFUSED);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean carriesBasic(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return authorization != null && authorization.strip().toLowerCase(Locale.ROOT).startsWith("basic");
  }

  /** What the browser says of the request's source; an origin this code cannot read counts as another's. */
  static boolean fromAnotherSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && OTHER_SITES.contains(site.strip().toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (request.getHeader(HttpHeaders.ORIGIN) == null) {
      return false;
    }
    try {
      return CorsUtils.isCorsRequest(request);
    } catch (RuntimeException unreadableOrigin) {
      return true;
    }
  }
}
