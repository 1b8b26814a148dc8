package org.maagal.goals;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The city's vision at the head of the goal tree: in a sheet, a line above the header that starts with "חזון"
 * ("חזון העיר: עיר צעירה ...", "חזון - ..."), as municipalities write it above their trees.
 */
final class GoalTreeVision {

  static final String PREFIX = "חזון העיר: ";
  static final int MAX_LENGTH = 1000;
  private static final Pattern LINE = Pattern.compile("^\\s*חזון(?:\\s+(?:העיר|הרשות|העירייה))?\\s*[:\\-–—]\\s*(.+)$",
      Pattern.DOTALL);

  private GoalTreeVision() {
  }

  /** The vision of the first line that gives one; null when none does. */
  static String in(List<String> linesAbove) {
    for (String line : linesAbove) {
      var matcher = LINE.matcher(line);
      if (matcher.matches()) {
        return matcher.group(1).strip();
      }
    }
    return null;
  }

  /** The refusal of a vision too long to keep whole, or none. */
  static RowProblem tooLong(String vision) {
    return vision != null && vision.length() > MAX_LENGTH
        ? new RowProblem(0, "החזון שמעל הכותרות ארוך מ-" + MAX_LENGTH + " תווים") : null;
  }
}
