package org.maagal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A path with a dot segment ({@code /public/../engine-rest/task}, also written {@code %2e%2e}) is bent from one part
 * of the site towards another: the server would read it as the part it lands on, and the engine's REST servlet,
 * reached that way, failed with a server error. It is refused first, 400, whatever it names; no page or API of ours
 * writes one.
 */
class DotSegmentRefusal extends OncePerRequestFilter {

  static final String REFUSED = "הבקשה נדחתה: כתובת עם ‎\"..\"‎ או ‎\".\"‎ בין חלקיה אינה מתקבלת.";

  private final ProblemResponses problems;

  DotSegmentRefusal(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (hasDotSegment(request.getRequestURI())) {
      problems.write(request, response, HttpStatus.BAD_REQUEST, REFUSED);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean hasDotSegment(String rawPath) {
    if (rawPath.indexOf('.') < 0 && rawPath.indexOf('%') < 0) {
      return false; // nearly every request: nothing to split
    }
    for (String segment : rawPath.toLowerCase(Locale.ROOT).replace("%2e", ".").split("/", -1)) {
      // a path parameter does not hide the segment's name: "/..;x/"
      String name = segment.contains(";") ? segment.substring(0, segment.indexOf(';')) : segment;
      if (name.equals(".") || name.equals("..")) {
        return true;
      }
    }
    return false;
  }
}
