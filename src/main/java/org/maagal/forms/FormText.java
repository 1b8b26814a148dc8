package org.maagal.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * A text a task's form shows (a summary, last year's results, the gaps), kept within what a process variable
 * holds: the engine stores a string in a column of 4,000 characters, and a longer one fails the whole
 * transaction that sets it. Lines that do not fit are left out and counted, and the reader is told where the
 * whole text is (the feature's page).
 */
public final class FormText {

  /** The engine's column for a string variable ({@code ACT_RU_VARIABLE.TEXT_}). */
  public static final int MAX_LENGTH = 4000;

  private FormText() {
  }

  /** The engine's column for a task's name ({@code ACT_RU_TASK.NAME_}). */
  public static final int MAX_TASK_NAME = 255;

  /** A task's name that fits its column: a longer one (a long indicator in it) ends in "…". */
  public static String taskName(String name) {
    return name.length() <= MAX_TASK_NAME ? name : name.substring(0, MAX_TASK_NAME - 1) + "…";
  }

  /** The lines, one under the other; if they are too long, as many as fit and "…and N more: see where". */
  public static String of(List<String> lines, String whereTheRestIs) {
    String whole = String.join("\n", lines);
    if (whole.length() <= MAX_LENGTH) {
      return whole;
    }
    var kept = new ArrayList<String>();
    int length = 0;
    for (String line : lines) {
      String rest = more(lines.size() - kept.size(), whereTheRestIs);
      if (length + line.length() + 1 + rest.length() > MAX_LENGTH) {
        break;
      }
      kept.add(line);
      length += line.length() + 1;
    }
    kept.add(more(lines.size() - kept.size(), whereTheRestIs));
    String fitted = String.join("\n", kept);
    return fitted.length() <= MAX_LENGTH ? fitted : fitted.substring(0, MAX_LENGTH);
  }

  private static String more(int left, String whereTheRestIs) {
    return "…ועוד " + left + " שורות: " + whereTheRestIs;
  }
}
