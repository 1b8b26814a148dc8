package org.maagal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.util.HtmlUtils;

/**
 * A page (the goal tree, the work plans, the measurement reports, the dashboard) opened with no login: a short Hebrew page that sends the person
 * to the Tasklist login and back. No {@code WWW-Authenticate}, so the browser shows no Basic prompt of
 * its own; people log in once, in Tasklist, and the pages take that login from the session. The login link
 * carries the page's address in {@value #RETURN_PARAMETER}, and Tasklist's {@code maagal/landing.js} returns
 * there after the login (only to a path of this site).
 */
class PageLoginRequired implements AuthenticationEntryPoint {

  /** The default engine's Tasklist: {@code /camunda/app/tasklist/} redirects there and drops the query. */
  static final String TASKLIST_LOGIN = "/camunda/app/tasklist/default/";
  static final String RETURN_PARAMETER = "maagal-return";
  /** The pages' shared stylesheet, outside the pages' paths so that it is served without a login. */
  static final String STYLESHEET = "/common/page.css";

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String query = request.getQueryString();
    String page = request.getRequestURI() + (query == null ? "" : "?" + query);
    String login = TASKLIST_LOGIN + "?" + RETURN_PARAMETER + "=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
    String back = HtmlUtils.htmlEscape(page);
    String html = """
        <!DOCTYPE html>
        <html lang="he" dir="rtl">
        <head><meta charset="UTF-8"><title>נדרשת התחברות · מעגל</title>
        <link rel="stylesheet" href="%s">
        <style>main{max-width:640px;line-height:1.6}</style></head>
        <body>
        <header><h1>מעגל</h1></header>
        <main>
        <h2>נדרשת התחברות</h2>
        <p>הדף הזה פתוח למי שהתחבר למערכת המשימות. <a id="login" href="%s">להתחברות למערכת המשימות</a>.</p>
        <p>אחרי ההתחברות תחזרו לדף הזה. אפשר לחזור אליו גם דרך הקישור שבמשימה, או דרך הכתובת הזאת: <a id="back" href="%s">%s</a></p>
        </main>
        </body>
        </html>
        """.formatted(STYLESHEET, HtmlUtils.htmlEscape(login), back, back);
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(html);
  }
}
