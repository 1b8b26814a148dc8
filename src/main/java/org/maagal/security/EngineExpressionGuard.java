package org.maagal.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;
import org.maagal.forms.FormText;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps every expression a request carries away from the engine. The engine evaluates
 * {@code *Expression} fields of task queries on the server, and in Camunda 7.24 Community it does
 * so even for ad-hoc queries when they hide inside {@code orQueries}: an expression that calls a
 * method is code run by whoever sent it. This guard stands in front of {@code /engine-rest} and the
 * web apps' {@code /camunda/api}: a request whose query string or JSON body names any field ending
 * in "expression" (any case, any depth) is answered 400 before the engine sees it, for every
 * caller. Stored filters keep their expressions: they are created by the application, not here.
 *
 * <p>A JSON body is read as a token stream, so a field cannot hide behind a duplicate key, and a
 * body this reader cannot parse is refused rather than passed on to a reader that might.
 *
 * <p>The same reading refuses a text variable longer than the engine's column for it (4,000 characters): a
 * {@code value} string with no {@code type}, or type String, as Tasklist sends a form's text fields. The
 * engine would fail the whole submission with a server error; here the person is told in Hebrew, and nothing
 * is stored. Json, Object and other typed values are stored elsewhere and pass.
 */
class EngineExpressionGuard extends OncePerRequestFilter {

  private static final JsonFactory JSON = new JsonFactory();

  private final ProblemResponses problems;

  EngineExpressionGuard(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!queryStringIsClean(request.getQueryString())) {
      refuse(request, response);
      return;
    }
    if (!carriesJson(request)) {
      chain.doFilter(request, response);
      return;
    }
    // RequestBodyLimit, in front of every path, has let no larger body through; read no further than it
    byte[] body = request.getInputStream().readNBytes(RequestBodyLimit.MAX_BYTES + 1);
    if (body.length > RequestBodyLimit.MAX_BYTES) {
      RequestBodyLimit.refuse(problems, request, response);
      return;
    }
    switch (scan(body)) {
      case CLEAN -> chain.doFilter(new BufferedBody(request, body), response);
      case EXPRESSION -> refuse(request, response);
      case TEXT_TOO_LONG -> problems.write(request, response, HttpStatus.BAD_REQUEST,
          "טקסט ארוך מדי: שדה טקסט בטופס מכיל עד " + String.format("%,d", FormText.MAX_LENGTH)
              + " תווים. יש לקצר אותו (או לצרף מסמך) ולשלוח שוב.");
      case MALFORMED -> problems.write(request, response, HttpStatus.BAD_REQUEST, "גוף הבקשה אינו JSON תקין");
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    problems.write(request, response, HttpStatus.BAD_REQUEST,
        "ביטויים (Expression) אינם מותרים בבקשות למנוע התהליכים");
  }

  static boolean queryStringIsClean(String queryString) {
    if (queryString == null) {
      return true;
    }
    for (String pair : queryString.split("&")) {
      String name = pair.split("=", 2)[0];
      try {
        if (namesAnExpression(URLDecoder.decode(name, StandardCharsets.UTF_8))) {
          return false;
        }
      } catch (IllegalArgumentException malformed) {
        return false;
      }
    }
    return true;
  }

  /** Any body that is not a multipart upload or an HTML form is read as the engine reads it: as JSON. */
  private static boolean carriesJson(HttpServletRequest request) {
    if (request.getContentLengthLong() == 0) {
      return false;
    }
    String type = request.getContentType();
    if (type == null) {
      return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
    type = type.toLowerCase(Locale.ROOT);
    return !type.startsWith("multipart/") && !type.startsWith("application/x-www-form-urlencoded");
  }

  enum Verdict { CLEAN, EXPRESSION, MALFORMED, TEXT_TOO_LONG }

  static Verdict scan(byte[] body) {
    if (body.length == 0) {
      return Verdict.CLEAN;
    }
    try (JsonParser parser = JSON.createParser(body)) {
      var objects = new ArrayDeque<Variable>();
      boolean tooLong = false;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME && namesAnExpression(parser.currentName())) {
          return Verdict.EXPRESSION;
        }
        if (token == JsonToken.START_OBJECT) {
          objects.push(new Variable());
        } else if (token == JsonToken.END_OBJECT) {
          tooLong |= objects.pop().textTooLong();
        } else if (token == JsonToken.VALUE_STRING && !objects.isEmpty()) {
          if ("value".equals(parser.currentName())) {
            objects.peek().valueLength = parser.getTextLength();
          } else if ("type".equals(parser.currentName())) {
            objects.peek().type = parser.getText();
          }
        }
      }
      return tooLong ? Verdict.TEXT_TOO_LONG : Verdict.CLEAN;
    } catch (IOException notJson) {
      return Verdict.MALFORMED;
    }
  }

  /** An object of the body as a variable: its {@code value}'s length if that is text, its {@code type} if named. */
  private static final class Variable {
    int valueLength;
    String type;

    /** A text the engine would keep in its 4,000-character column, and longer. */
    boolean textTooLong() {
      return valueLength > FormText.MAX_LENGTH && (type == null || "string".equalsIgnoreCase(type));
    }
  }

  private static boolean namesAnExpression(String name) {
    return name.toLowerCase(Locale.ROOT).strip().endsWith("expression");
  }
}
