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
 * The engine's 4xx answers (not found, not allowed, bad request) pass for everyone.
 */
class EngineErrorMasking extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineErrorMasking.class);
  private static final int KEPT_BYTES = 64 * 1024;
  /** The engine's words when a new password fails the policy, which it answers as a server error. */
  static final String PASSWORD_REFUSED = "Password does not match policy";

  private final ProblemResponses problems;
  private final IdentityService identity;
  private final int passwordMinLength;
  private final ObjectMapper json = new ObjectMapper();

  EngineErrorMasking(ProblemResponses problems, IdentityService identity, int passwordMinLength) {
    this.problems = problems;
    this.identity = identity;
    this.passwordMinLength = passwordMinLength;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var held = new ServerErrorHold(response, this::callerIsAdmin);
    chain.doFilter(request, held);
    held.flushWriter();
    if (!held.serverError || response.isCommitted()) {
      return;
    }
    String body = held.withheld.toString(StandardCharsets.UTF_8);
    String message = engineMessage(body);
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

  /** Passes everything through until the status says server error; from then on it holds the body back. */
  private static final class ServerErrorHold extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream withheld = new ByteArrayOutputStream();
    private final BooleanSupplier callerIsAdmin;
    private boolean serverError;
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
      record(status);
      super.setStatus(status);
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      record(status);
      if (serverError) {
        super.setStatus(status);
      } else if (message == null) {
        super.sendError(status);
      } else {
        super.sendError(status, message);
      }
    }

    private void record(int status) {
      this.status = status;
      this.serverError = status >= 500;
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
            if (!serverError) {
              real.write(b);
            } else if (withheld.size() < KEPT_BYTES) {
              withheld.write(b);
            }
          }

          @Override
          public void write(byte[] bytes, int offset, int length) throws IOException {
            if (!serverError) {
              real.write(bytes, offset, length);
            } else {
              withheld.write(bytes, offset, Math.min(length, Math.max(0, KEPT_BYTES - withheld.size())));
            }
          }

          @Override
          public void flush() throws IOException {
            if (!serverError) {
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
      if (!serverError) {
        super.flushBuffer();
      }
    }

    @Override
    public void setContentLength(int length) {
      if (!serverError) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (!serverError) {
        super.setContentLengthLong(length);
      }
    }
  }
}
