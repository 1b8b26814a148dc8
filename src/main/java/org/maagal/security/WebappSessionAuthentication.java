package org.maagal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One login for Tasklist and our pages: a request without a Basic login is taken as the user logged in
 * to the engine's web apps in this browser session, with the same authorities as a Basic login. Because
 * a cookie rides along with any request the browser makes, even one another site forges, a change
 * (POST, PUT, PATCH, DELETE) made on the session must carry the web apps' CSRF token in
 * {@code X-XSRF-TOKEN}. Basic requests are left to the Basic filter as before: no cookie, no CSRF.
 * The web apps' {@code XSRF-TOKEN} cookie is scoped to {@code /camunda}, out of our pages' reach, so
 * every answer on the session hands the token to the page's script in the same header, as Camunda's
 * own filter does when it issues one; only a same-origin script can read it.
 * Not a bean, so that Spring Boot does not also register it for every path.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

  static final String CSRF_REFUSED = "הבקשה נדחתה: חסר אסימון האבטחה (X-XSRF-TOKEN) של ההתחברות, או שאינו תואם. "
      + "יש לרענן את הדף ולנסות שוב.";

  /** The methods that change nothing: the security filters pass them without a token or a check of their origin. */
  static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final EngineUserAuthenticationProvider users;
  private final ProblemResponses problems;
  private final String engineName;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

  WebappSessionAuthentication(EngineUserAuthenticationProvider users, ProblemResponses problems, String engineName) {
    this.users = users;
    this.problems = problems;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || session == null) {
      chain.doFilter(request, response);
      return;
    }
    Optional<String> userId = loggedIn(session);
    if (userId.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    if (!SAFE_METHODS.contains(request.getMethod()) && !carriesToken(request, session)) {
      problems.write(request, response, HttpStatus.FORBIDDEN, CSRF_REFUSED);
      return;
    }
    if (session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME) instanceof String token) {
      response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, token);
    }
    var context = contexts.createEmptyContext();
    context.setAuthentication(users.authenticated(userId.get()));
    contexts.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      contexts.clearContext();
    }
  }

  /** The user the web apps logged in on this session for our engine, while the engine still knows them. */
  private Optional<String> loggedIn(HttpSession session) {
    return webappUser(session, engineName).map(UserAuthentication::getIdentityId).filter(users::exists);
  }

  /** The user the engine's web apps logged in on this session for the engine of this name, if any. */
  static Optional<UserAuthentication> webappUser(HttpSession session, String engineName) {
    var authentication = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
    return authentication instanceof UserAuthentication user && user.getIdentityId() != null ? Optional.of(user)
        : Optional.empty();
  }

  /** The header must equal the token Camunda's CsrfPreventionFilter keeps in the session (and its cookie). */
  private static boolean carriesToken(HttpServletRequest request, HttpSession session) {
    String header = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return header != null && !header.isBlank() && expected instanceof String token && !token.isBlank()
        && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }
}
