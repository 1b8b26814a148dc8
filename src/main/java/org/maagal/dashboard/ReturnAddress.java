package org.maagal.dashboard;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.util.UriUtils;

/**
 * Where a login may send a person back to ({@code ?maagal-return=}): a path of one of Maagal's own pages or of the
 * engine's web apps, with its query and fragment, and nothing else. An address a browser would read as another
 * site's ({@code //evil.example/}, {@code /\evil.example}, {@code /.//evil.example/}, the same percent-encoded, in any
 * case, or with a tab or line break that a browser drops) is not one of them. Tasklist's {@code maagal/landing.js}
 * keeps a copy of these rules for what this server answers.
 */
final class ReturnAddress {

  static final int MAX_LENGTH = 2000;
  private static final Pattern OWN_PAGES = Pattern.compile(
      "^/(?:(?:goals|work-plans|measurement|review|meetings|budget|picture|control|dashboard|publication|organization)(?:/|$)|camunda/app/(?:tasklist|cockpit|admin|welcome)/)");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1f\\x7f]");
  private static final Pattern BACKSLASH_OR_SPACE = Pattern.compile("[\\\\\\s]");
  private static final int DECODING_ROUNDS = 4;

  private ReturnAddress() {
  }

  /** The address if it is a path of one of our own pages, else empty. */
  static Optional<String> ownPage(String address) {
    if (address == null || address.isEmpty() || address.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Optional<String> plain = decoded(address);
    if (plain.isEmpty() || CONTROL.matcher(address).find() || CONTROL.matcher(plain.get()).find()) {
      return Optional.empty();
    }
    String path = address.split("[?#]", 2)[0];
    Optional<String> plainPath = decoded(path);
    if (plainPath.isEmpty() || !OWN_PAGES.matcher(path).find() || !OWN_PAGES.matcher(plainPath.get()).find()
        || BACKSLASH_OR_SPACE.matcher(plainPath.get()).find() || hasBadSegment(plainPath.get())) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(address);
      return uri.getScheme() == null && uri.getRawAuthority() == null && path.equals(uri.getRawPath())
          ? Optional.of(address) : Optional.empty();
    } catch (URISyntaxException malformed) {
      return Optional.empty();
    }
  }

  /** An empty segment inside the path ({@code //}), or a {@code .} or {@code ..} anywhere. */
  private static boolean hasBadSegment(String path) {
    String[] segments = path.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.equals(".") || segment.equals("..") || (segment.isEmpty() && i < segments.length - 1)) {
        return true;
      }
    }
    return false;
  }

  /** Percent-decoded until nothing changes; empty if it does not settle or is malformed. */
  private static Optional<String> decoded(String text) {
    String current = text;
    for (int round = 0; round < DECODING_ROUNDS; round++) {
      String next;
      try {
        next = UriUtils.decode(current, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        return Optional.empty();
      }
      if (next.equals(current)) {
        return Optional.of(current);
      }
      current = next;
    }
    return Optional.empty();
  }
}
