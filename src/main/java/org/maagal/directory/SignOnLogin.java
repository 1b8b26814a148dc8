package org.maagal.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.maagal.organization.EngineUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.util.HtmlUtils;

/**
 * What the provider's answer does. A person it vouches for becomes (or stays) the engine's user with the name and
 * e-mail it gives, no password of the engine's, and exactly the Maagal groups their provider's groups map to; then
 * the web apps' login is made on a new session, as their own login form makes it, and the person goes to Tasklist,
 * which takes them on to the page that sent them (Tasklist's {@code maagal/landing.js}). Refused, with a Hebrew page
 * and nothing written: a user id the engine does not take or of another domain, the id of an account with a password
 * of the engine's own (the break-glass admin), and a person in no mapped group (whose memberships are taken away).
 */
class SignOnLogin implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  static final String RETURN_PARAMETER = "maagal-return";
  /** Tells Tasklist's {@code maagal/landing.js} that this page load follows a fresh login. */
  static final String SIGNED_ON_PARAMETER = "maagal-signed-on";
  static final String RETURN_ATTRIBUTE = SignOnLogin.class.getName() + ".return";
  static final int MAX_RETURN_LENGTH = 2000;
  static final String TASKLIST = "/camunda/app/tasklist/default/";

  private static final Logger log = LoggerFactory.getLogger(SignOnLogin.class);

  private final SignOnProperties settings;
  private final EngineUsers users;
  private final ProcessEngine engine;

  SignOnLogin(SignOnProperties settings, EngineUsers users, ProcessEngine engine) {
    this.settings = settings;
    this.users = users;
    this.engine = engine;
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws IOException {
    if (!(authentication.getPrincipal() instanceof OidcUser person)) {
      refuse(response, HttpStatus.FORBIDDEN, "ספק הזהות לא מסר מי נכנס (אין אסימון OpenID Connect).");
      return;
    }
    String claimed = person.getClaimAsString(settings.userIdClaim());
    Optional<String> userId = userIdOf(claimed);
    if (userId.isEmpty()) {
      log.warn("Sign-on refused: '{}' in claim {} is no user id Maagal takes", claimed, settings.userIdClaim());
      refuse(response, HttpStatus.FORBIDDEN, "שם המשתמש שמסר ספק הזהות (" + (claimed == null ? "ריק" : HtmlUtils.htmlEscape(claimed))
          + ") אינו שם משתמש של העירייה במעגל. פנו למנהל המערכת.");
      return;
    }
    String id = userId.get();
    if (users.hasOwnPassword(id)) {
      log.warn("Sign-on refused: {} is an account of the engine's own, with its own password", id);
      refuse(response, HttpStatus.FORBIDDEN, "החשבון " + id + " הוא חשבון מקומי של המערכת ונכנסים אליו בסיסמה "
          + "שלו, לא דרך ספק הזהות. פנו למנהל המערכת.");
      return;
    }
    Set<String> given = GroupMapping.given(settings.groups(), groupsOf(person));
    if (given.isEmpty()) {
      users.keep(id, given, GroupMapping.decided(settings.groups()));
      log.warn("Sign-on refused: {} is in none of the provider's groups that maagal.sign-on.groups maps", id);
      refuse(response, HttpStatus.FORBIDDEN, "החשבון " + id + " אינו חבר באף קבוצה שממופה ליחידה, לתפקיד או "
          + "לוועדה במעגל, ולכן אין לו משימות. פנו למנהל המערכת כדי לצרף אותו לקבוצה.");
      return;
    }
    boolean created = users.ensure(id, firstNameOf(person), person.getFamilyName(), person.getEmail(), null);
    var memberships = users.keep(id, given, GroupMapping.decided(settings.groups()));
    var session = request.getSession(false);
    Object back = session == null ? null : session.getAttribute(RETURN_ATTRIBUTE);
    AuthenticationUtil.revalidateSession(request, AuthenticationUtil.createAuthentication(engine, id));
    log.info("{} signed on through the provider{}: groups {} ({} added, {} removed)", id,
        created ? " for the first time" : "", given, memberships.added(), memberships.removed());
    String target = TASKLIST + "?" + SIGNED_ON_PARAMETER + (back instanceof String address
        ? "&" + RETURN_PARAMETER + "=" + URLEncoder.encode(address, StandardCharsets.UTF_8) : "");
    response.sendRedirect(request.getContextPath() + target);
  }

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException exception) throws IOException {
    log.warn("Sign-on through the provider failed: {}", exception.getMessage());
    refuse(response, HttpStatus.UNAUTHORIZED, "הכניסה דרך ספק הזהות של העירייה לא הושלמה. "
        + "<a id=\"again\" href=\"" + SignOnConfiguration.START + "\">לנסות שוב</a>.");
  }

  /**
   * The engine's user id for the claimed name: in lower case (a sign-in name is typed in any case), without the
   * municipality's {@code @domain}; empty when it is blank, of another domain, or not an id the engine takes.
   */
  Optional<String> userIdOf(String claimed) {
    if (claimed == null || claimed.isBlank() || claimed.length() > 256) {
      return Optional.empty();
    }
    String id = claimed.strip().toLowerCase(Locale.ROOT);
    String suffix = settings.userIdDomain() == null ? null : "@" + settings.userIdDomain().toLowerCase(Locale.ROOT);
    if (suffix != null && id.endsWith(suffix)) {
      id = id.substring(0, id.length() - suffix.length());
    }
    return users.takes(id) ? Optional.of(id) : Optional.empty();
  }

  private List<String> groupsOf(OidcUser person) {
    try {
      List<String> groups = person.getClaimAsStringList(settings.groupsClaim());
      return groups == null ? List.of() : groups;
    } catch (IllegalArgumentException notAList) {
      return List.of();
    }
  }

  private static String firstNameOf(OidcUser person) {
    return person.getGivenName() != null ? person.getGivenName() : person.getFullName();
  }

  /** A short Hebrew page; {@code text} is ours, with the provider's words escaped where they appear. */
  private static void refuse(HttpServletResponse response, HttpStatus status, String text) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("""
        <!DOCTYPE html>
        <html lang="he" dir="rtl">
        <head><meta charset="UTF-8"><title>הכניסה נדחתה · מעגל</title>
        <link rel="stylesheet" href="/common/page.css"></head>
        <body>
        <header><h1>מעגל</h1></header>
        <main>
        <h2>הכניסה נדחתה</h2>
        <p id="reason">%s</p>
        </main>
        </body>
        </html>
        """.formatted(text));
  }
}
