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
 * A page (the goal tree, the work plans) opened with no login: a short Hebrew page that sends the person
 * to the Tasklist login and back. No {@code WWW-Authenticate}, so the browser shows no Basic prompt of
 * its own; people log in once, in Tasklist, and the pages take that login from the session.
 */
class PageLoginRequired implements AuthenticationEntryPoint {

  static final String TASKLIST_LOGIN = "/camunda/app/tasklist/";

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String query = request.getQueryString();
    String back = HtmlUtils.htmlEscape(request.getRequestURI() + (query == null ? "" : "?" + query));
    String page = """
        <!DOCTYPE html>
        <html lang="he" dir="rtl">
        <head><meta charset="UTF-8"><title>נדרשת התחברות · מעגל</title>
        <style>body{font-family:"Noto Sans Hebrew",Arial,sans-serif;max-width:640px;margin:60px auto;
        padding:0 20px;color:#333;line-height:1.6}a{color:#1f6f8b}</style></head>
        <body>
        <h1>נדרשת התחברות</h1>
        <p>הדף הזה פתוח למי שהתחבר למערכת המשימות. <a id="login" href="%s">להתחברות למערכת המשימות</a>.</p>
        <p>אחרי ההתחברות חזרו לדף דרך הקישור שבמשימה, או דרך הכתובת הזאת: <a id="back" href="%s">%s</a></p>
        </body>
        </html>
        """.formatted(TASKLIST_LOGIN, back, back);
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(page);
  }
}
