package org.maagal.goals;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One row as the file holds it: its spreadsheet number (header = 1) and its cells, trimmed, null
 * where empty.
 */
record SheetRow(int number, List<String> cells) {

  // Hebrew text pasted from the web or Word often carries no-break spaces and direction marks at its ends.
  private static final String SPACE = "[\\s\\p{Z}\\u200E\\u200F\\uFEFF]+";
  private static final Pattern EDGE_SPACE = Pattern.compile("^" + SPACE + "|" + SPACE + "$");

  SheetRow {
    cells = cells.stream().map(SheetRow::trimmed).toList();
  }

  String cell(GoalTreeColumn column) {
    return cell(column.ordinal());
  }

  String cell(int index) {
    return index < cells.size() ? cells.get(index) : null;
  }

  boolean blank() {
    return cells.stream().allMatch(Objects::isNull);
  }

  /** The first filled cell beyond the last column, if any: usually a sign of shifted columns. */
  String beyondLastColumn() {
    return cells.stream().skip(GoalTreeColumn.HEADERS.size()).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private static String trimmed(String text) {
    if (text == null) {
      return null;
    }
    String value = EDGE_SPACE.matcher(text).replaceAll("");
    return value.isEmpty() ? null : value;
  }
}
