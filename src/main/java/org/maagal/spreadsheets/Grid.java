package org.maagal.spreadsheets;

import java.util.List;
import java.util.Objects;

/**
 * A sheet's rows as text, before any column is known: each row by its spreadsheet number (first row = 1). A CSV
 * file is one sheet without a name; a workbook's sheets carry theirs, and a hidden sheet is listed unread.
 */
record Grid(String sheet, boolean hidden, List<Line> lines) {

  /** The one sheet of a CSV file. */
  Grid(List<Line> lines) {
    this(null, false, lines);
  }

  /** A row: its number, its cells' texts, and whether the workbook hides it. */
  record Line(int number, List<String> cells, boolean hidden) {

    Line {
      cells = cells.stream().map(CellText::trimmed).toList();
    }

    Line(int number, List<String> cells) {
      this(number, cells, false);
    }

    String cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }

    boolean blank() {
      return cells.stream().allMatch(Objects::isNull);
    }
  }
}
