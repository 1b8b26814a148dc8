package org.maagal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our API reads no body larger than {@link #MAX_BYTES}: a declared larger one is answered 413 at
 * once, an undeclared (chunked) one stops being read at the limit, and the request fails as
 * unreadable. Nothing is stored from a body that was cut.
 */
class RequestBodyLimit extends OncePerRequestFilter {

  static final int MAX_BYTES = 5 * 1024 * 1024;

  private final ProblemResponses problems;

  RequestBodyLimit(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > MAX_BYTES) {
      problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE,
          "גוף הבקשה גדול מדי: עד " + MAX_BYTES / (1024 * 1024) + " MB");
      return;
    }
    chain.doFilter(new LimitedBody(request), response);
  }

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
  }
}
