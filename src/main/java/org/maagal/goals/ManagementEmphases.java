package org.maagal.goals;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The CEO's management emphases as items: the form's text, a line per emphasis, with whatever bullet or number a
 * person puts before each ("• ", "- ", "1. ", "2)"). Activities of work plans serve an emphasis by its number.
 */
final class ManagementEmphases {

  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•\\-–*·]|\\d{1,2}[.)])\\s*");

  private ManagementEmphases() {
  }

  /** The emphases in the order written; an empty list for no text. */
  static List<String> items(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R")).map(line -> BULLET.matcher(line).replaceFirst("").strip())
        .filter(line -> !line.isEmpty()).toList();
  }
}
