package org.maagal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No body larger than {@link #MAX_BYTES} is read, on any path (our API and pages, the engine's REST API, the web
 * apps' copy of it), before anything else reads it:
 * <ul>
 *   <li>a declared larger one is answered 413 at once, unread;</li>
 *   <li>an undeclared (chunked) one is read here, at most {@code MAX_BYTES}, and served again to whoever reads
 *       it next, or answered 413 when it is larger;</li>
 *   <li>but for the multipart uploads and HTML forms of our own API, which the servlet container parses itself
 *       from its own stream (its limits are set in application.yaml, at the same size), the body streams on, and
 *       a reader of the stream gets an error at the limit.</li>
 * </ul>
 * The engine's paths read even their uploads from the stream (deployments, attachments, a variable's binary
 * data), so there every undeclared body is read here. Nothing is stored from a refused body.
 */
class RequestBodyLimit extends OncePerRequestFilter {

  static final int MAX_BYTES = 5 * 1024 * 1024;
  static final String TOO_LARGE = "גוף הבקשה גדול מדי: עד " + MAX_BYTES / (1024 * 1024) + " MB";

  private final ProblemResponses problems;
  private final List<String> enginePaths;

  /** @param enginePatterns the URL patterns ("/engine-rest/*") where the engine reads every body from the stream */
  RequestBodyLimit(ProblemResponses problems, String... enginePatterns) {
    this.problems = problems;
    this.enginePaths = Arrays.stream(enginePatterns).map(pattern -> pattern.substring(0, pattern.length() - 1)).toList();
  }

  static void refuse(ProblemResponses problems, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > MAX_BYTES) {
      refuse(problems, request, response);
      return;
    }
    if (declared >= 0 || request.getHeader("Transfer-Encoding") == null) {
      // the container reads no more than was declared
      chain.doFilter(request, response);
      return;
    }
    if (containerParses(request)) {
      chain.doFilter(new LimitedBody(request), response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
    if (body.length > MAX_BYTES) {
      refuse(problems, request, response);
      return;
    }
    chain.doFilter(new BufferedBody(request, body), response);
  }

  /** A multipart upload or an HTML form to our own API: Spring hands it to the container's own parser. */
  private boolean containerParses(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (enginePaths.stream().anyMatch(path::startsWith)) {
      return false;
    }
    String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    return type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded");
  }

  /** The body as a stream that fails past {@link #MAX_BYTES}: whatever read it gets an error, not more bytes. */
  private static final class LimitedBody extends HttpServletRequestWrapper {

    LimitedBody(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0) {
            count(1);
          }
          return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
          int n = in.read(bytes, offset, length);
          if (n > 0) {
            count(n);
          }
          return n;
        }

        private void count(int n) throws IOException {
          read += n;
          if (read > MAX_BYTES) {
            throw new IOException("request body over " + MAX_BYTES + " bytes");
          }
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(encoding)));
    }
  }
}
