package org.maagal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.util.HtmlUtils;

/**
 * A page (the goal tree, the work plans, the measurement reports, the dashboard) opened with no login: a short Hebrew page that sends the person
 * to the Tasklist login and back. No {@code WWW-Authenticate}, so the browser shows no Basic prompt of
 * its own; people log in once, in Tasklist, and the pages take that login from the session.
 */
class PageLoginRequired implements AuthenticationEntryPoint {

  static final String TASKLIST_LOGIN = "/camunda/app/tasklist/";
  /** The pages' shared stylesheet, outside the pages' paths so that it is served without a login. */
  static final String STYLESHEET = "/common/page.css";

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String query = request.getQueryString();
    String back = HtmlUtils.htmlEscape(request.getRequestURI() + (query == null ? "" : "?" + query));
    String page = """
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
        <p>אחרי ההתחברות חזרו לדף דרך הקישור שבמשימה, או דרך הכתובת הזאת: <a id="back" href="%s">%s</a></p>
        </main>
        </body>
        </html>
        """.formatted(STYLESHEET, TASKLIST_LOGIN, back, back);
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(page);
  }
}
