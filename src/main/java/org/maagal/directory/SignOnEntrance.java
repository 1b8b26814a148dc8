package org.maagal.directory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist (and the web apps' welcome page) opened without a login goes to the municipality's provider instead of
 * showing a password form nobody has a password for. The address a Maagal page asked to return to
 * ({@value SignOnLogin#RETURN_PARAMETER}) is kept in the session for after the sign-on. Cockpit and Admin keep their
 * password form, for the break-glass admin; a person signed on through the provider is logged in to them too.
 */
class SignOnEntrance extends OncePerRequestFilter {

  /** The web apps' pages (not their scripts and styles) that a person opens. */
  private static final Pattern PAGES = Pattern.compile("/camunda/app/(?:tasklist|welcome)/(?:[A-Za-z0-9_-]+/)?");

  private final String engineName;

  SignOnEntrance(String engineName) {
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!"GET".equals(request.getMethod()) || !PAGES.matcher(path).matches() || loggedIn(request)) {
      chain.doFilter(request, response);
      return;
    }
    String back = request.getParameter(SignOnLogin.RETURN_PARAMETER);
    if (back != null && back.length() <= SignOnLogin.MAX_RETURN_LENGTH) {
      request.getSession().setAttribute(SignOnLogin.RETURN_ATTRIBUTE, back);
    }
    response.sendRedirect(request.getContextPath() + SignOnConfiguration.START);
  }

  private boolean loggedIn(HttpServletRequest request) {
    var session = request.getSession(false);
    return session != null
        && AuthenticationUtil.getAuthsFromSession(session).hasAuthenticationForProcessEngine(engineName);
  }
}
