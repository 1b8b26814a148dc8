package org.maagal.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.maagal.organization.Role;
import org.maagal.forms.FormValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's REST API answers a server error with the exception's type and message: SQL, class
 * names, expression texts. When the engine answers 5xx, its body is held back and:
 * <ul>
 *   <li>if it is one of our forms' refusals (a task listener refused the values, which the engine
 *       wraps as a server error), the caller gets 400 or 403 with the Hebrew reason;</li>
 *   <li>if it is a new password the policy refuses, the caller gets 400 with the policy in Hebrew;</li>
 *   <li>else an admin gets the engine's own answer (a deployment's parse error is theirs to fix);</li>
 *   <li>else the body goes to the log and the caller gets a plain problem detail.</li>
 * </ul>
 * A 400 for a list query without a page, or with one longer than the engine's {@code queryMaxResultsLimit}, is told
 * in Hebrew as a problem detail; the engine's other 4xx answers (not found, not allowed, bad request) pass for
 * everyone as they are.
 */
class EngineErrorMasking extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineErrorMasking.class);
  private static final int KEPT_BYTES = 64 * 1024;
  /** The engine's words when a new password fails the policy, which it answers as a server error. */
  static final String PASSWORD_REFUSED = "Password does not match policy";
  /** The engine's words when a logged-in user's list query asks for no page or too long a one (queryMaxResultsLimit). */
  static final String UNBOUNDED_LIST = "An unbound number of results is forbidden!";
  static final String LIST_OVER_LIMIT = "Max results limit of \\d+ exceeded!";
  static final String QUERY_LIMIT = "רשימה ארוכה מדי: יש לבקש עמוד, עם maxResults של %,d שורות לכל היותר "
      + "(ו-firstResult לעמוד הבא).";

  private final ProblemResponses problems;
  private final IdentityService identity;
  private final int passwordMinLength;
  private final int queryMaxResults;
  private final ObjectMapper json = new ObjectMapper();

  EngineErrorMasking(ProblemResponses problems, IdentityService identity, int passwordMinLength,
      int queryMaxResults) {
    this.problems = problems;
    this.identity = identity;
    this.passwordMinLength = passwordMinLength;
    this.queryMaxResults = queryMaxResults;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var held = new ServerErrorHold(response, this::callerIsAdmin);
    chain.doFilter(request, held);
    held.flushWriter();
    if (!held.withholding || response.isCommitted()) {
      return;
    }
    String body = held.withheld.toString(StandardCharsets.UTF_8);
    String message = engineMessage(body);
    if (held.status == HttpStatus.BAD_REQUEST.value()) {
      if (message.equals(UNBOUNDED_LIST) || message.matches(LIST_OVER_LIMIT)) {
        response.reset();
        problems.write(request, response, HttpStatus.BAD_REQUEST,
            String.format(Locale.ROOT, QUERY_LIMIT, queryMaxResults));
      } else {
        response.getOutputStream().write(held.withheld.toByteArray()); // the engine's own answer, as it was
      }
      return;
    }
    response.reset();
    if (message.contains(FormValues.REFUSED)) {
      problems.write(request, response, HttpStatus.BAD_REQUEST, message.substring(message.indexOf(FormValues.REFUSED)));
    } else if (message.contains(FormValues.FORBIDDEN)) {
      problems.write(request, response, HttpStatus.FORBIDDEN, message.substring(message.indexOf(FormValues.FORBIDDEN)));
    } else if (message.contains(PASSWORD_REFUSED)) {
      problems.write(request, response, HttpStatus.BAD_REQUEST, MaagalPasswordPolicy.describe(passwordMinLength));
    } else if (held.adminCaller) {
      response.setStatus(held.status);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getOutputStream().write(held.withheld.toByteArray());
    } else {
      log.warn("The engine answered {} to {} {}; its body, withheld from the caller: {}", held.status,
          request.getMethod(), request.getRequestURI(), body);
      problems.write(request, response, HttpStatus.INTERNAL_SERVER_ERROR,
          "אירעה שגיאה במערכת. הפרטים נרשמו ביומן, ולא בוצע שינוי שלא הושלם.");
    }
  }

  private String engineMessage(String body) {
    try {
      return json.readTree(body).path("message").asText("");
    } catch (IOException notJson) {
      return "";
    }
  }

  /** Asked while the engine still holds the caller's login, that is, inside the request's handling. */
  private boolean callerIsAdmin() {
    var caller = identity.getCurrentAuthentication();
    return caller != null && caller.getGroupIds() != null && caller.getGroupIds().contains(Role.ADMIN.groupId());
  }

  /** Passes everything through until the status says server error or bad request; then it holds the body back. */
  private static final class ServerErrorHold extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream withheld = new ByteArrayOutputStream();
    private final BooleanSupplier callerIsAdmin;
    private boolean serverError;
    private boolean withholding;
    private boolean adminCaller;
    private int status = SC_OK;
    private ServletOutputStream stream;
    private PrintWriter writer;

    ServerErrorHold(HttpServletResponse response, BooleanSupplier callerIsAdmin) {
      super(response);
      this.callerIsAdmin = callerIsAdmin;
    }

    @Override
    public void setStatus(int status) {
      record(status, false);
      super.setStatus(status);
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      record(status, true);
      if (withholding) {
        super.setStatus(status);
      } else if (message == null) {
        super.sendError(status);
      } else {
        super.sendError(status, message);
      }
    }

    /** A 400 is held back only with a body of the engine's (a list query's refusal comes with one). */
    private void record(int status, boolean sentAsError) {
      this.status = status;
      this.serverError = status >= 500;
      this.withholding = serverError || (status == SC_BAD_REQUEST && !sentAsError);
      if (serverError) {
        adminCaller = callerIsAdmin.getAsBoolean();
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (stream == null) {
        ServletOutputStream real = super.getOutputStream();
        stream = new ServletOutputStream() {
          @Override
          public void write(int b) throws IOException {
            if (!withholding) {
              real.write(b);
            } else if (withheld.size() < KEPT_BYTES) {
              withheld.write(b);
            }
          }

          @Override
          public void write(byte[] bytes, int offset, int length) throws IOException {
            if (!withholding) {
              real.write(bytes, offset, length);
            } else {
              withheld.write(bytes, offset, Math.min(length, Math.max(0, KEPT_BYTES - withheld.size())));
            }
          }

          @Override
          public void flush() throws IOException {
            if (!withholding) {
              real.flush();
            }
          }

          @Override
          public boolean isReady() {
            return real.isReady();
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            real.setWriteListener(listener);
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer == null) {
        String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), encoding));
      }
      return writer;
    }

    void flushWriter() {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      flushWriter();
      if (!withholding) {
        super.flushBuffer();
      }
    }

    @Override
    public void setContentLength(int length) {
      if (!withholding) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (!withholding) {
        super.setContentLengthLong(length);
      }
    }
  }
}
